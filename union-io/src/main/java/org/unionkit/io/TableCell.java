package org.unionkit.io;

/**
 * One cell of a row a {@link TableSource} reads, such as a spreadsheet's {@code C5}: its column, what
 * kind of value a person typed there, and the value as text. {@link Tables} reads each kind by the field
 * its column holds: a {@link Kind#DATE date} where a day belongs, its year for a birth year; a
 * {@link Kind#NUMBER number} where a count or an identifier belongs, but not where a day does, and never
 * one of more than 15 significant digits (a spreadsheet has already lost the rest: an ID number stored as a
 * number).
 *
 * @param column the column, from 1 (A is 1)
 * @param kind the kind of value
 * @param text the value: the text typed ({@link Kind#TEXT}); a number in plain decimal digits, such as
 *     {@code 1984} or {@code 0.25} ({@link Kind#NUMBER}); an ISO day or date-time, such as
 *     {@code 2020-05-01} ({@link Kind#DATE}); {@code TRUE} or {@code FALSE} ({@link Kind#BOOLEAN}); the
 *     error's code, such as {@code #N/A} ({@link Kind#ERROR}); the formula ({@link Kind#UNCOMPUTED_FORMULA}); the
 *     merged cells' first cell, such as {@code E3} ({@link Kind#MERGED})
 */
public record TableCell(int column, Kind kind, String text) {

  /** What kind of value a cell holds; a formula's computed value is the kind of that value. */
  public enum Kind {
    /** Text, as typed. */
    TEXT,
    /** A number. */
    NUMBER,
    /** A date or a date and time. */
    DATE,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** A formula's error, such as {@code #N/A} or {@code #DIV/0!}. */
    ERROR,
    /** A formula whose value was never computed (written by a program that does not compute formulas). */
    UNCOMPUTED_FORMULA,
    /**
     * A cell below the first row of merged cells, such as {@code E4} of {@code E3:E4}: the merge shows the
     * first row's value in it, but the sheet holds that value in the first cell only.
     */
    MERGED
  }

  /**
   * Checks the cell.
   *
   * @throws IllegalArgumentException if the column is below 1
   */
  public TableCell {
    if (column < 1) {
      throw new IllegalArgumentException("column (" + column + ") must be 1 or more");
    }
  }

  /**
   * A cell of text, as typed.
   *
   * @param column the column, from 1
   * @param text the text; not null
   * @return the cell, not null
   */
  public static TableCell text(int column, String text) {
    return new TableCell(column, Kind.TEXT, text);
  }
}
