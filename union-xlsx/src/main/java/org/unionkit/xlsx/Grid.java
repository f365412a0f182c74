package org.unionkit.xlsx;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.unionkit.stats.TextTable;

/**
 * One worksheet being written row by row: typed cells with their formats, bold header rows, frozen panes, and
 * column widths that fit the widest text seen before the rows are first passed on to the stream (CJK
 * characters counted as two columns, {@link TextTable#width(String)}). Rows go to the stream every
 * {@value #ROWS_A_FLUSH} rows, so a sheet of a million rows holds only that many in memory; widths and panes
 * are written before the first rows, so they are fixed by then.
 */
final class Grid {
  /** Text: typed again into the cell, it stays text (an ID number keeps its 18 digits). */
  static final String TEXT = "@";
  static final String DATE = "yyyy-mm-dd";
  /** A whole number without grouping, such as a birth year 1984. */
  static final String WHOLE = "0";
  /** A count with thousands grouped, such as 2,470,000. */
  static final String COUNT = "#,##0";

  private static final int ROWS_A_FLUSH = 1000;
  /** Room either side of the widest text, in widths of a digit. */
  private static final int PADDING = 2;
  private static final int NARROWEST = 6;

  private final Worksheet sheet;
  private int[] widths = new int[0];
  private boolean flushed;

  /**
   * A grid whose first {@code rows} rows and {@code columns} columns stay in view when scrolling.
   *
   * @param sheet the new, empty worksheet
   */
  Grid(Worksheet sheet, int columns, int rows) {
    this.sheet = sheet;
    sheet.freezePane(columns, rows);
  }

  /** A header row: bold texts from column 0. */
  void header(int row, List<String> names) {
    for (int c = 0; c < names.size(); c++) {
      text(row, c, names.get(c));
      sheet.style(row, c).bold().format(TEXT).set();
    }
  }

  /** A text cell, never read as a number or date; an empty text leaves the cell empty. */
  void text(int row, int column, String text) {
    if (text.isEmpty()) {
      return;
    }
    // Inline, not in the workbook's table of shared texts, which would hold every ID number of a register.
    sheet.inlineString(checked(row), column, text);
    sheet.style(row, column).format(TEXT).set();
    fit(column, text);
  }

  /** A number cell shown by an Excel number format, {@code shown} being about what the format shows. */
  void number(int row, int column, Number value, String format, String shown) {
    sheet.value(checked(row), column, value);
    sheet.style(row, column).format(format).set();
    fit(column, shown);
  }

  /** A date cell shown {@code yyyy-mm-dd}. */
  void date(int row, int column, LocalDate date) {
    sheet.value(checked(row), column, date);
    sheet.style(row, column).format(DATE).set();
    fit(column, DATE);
  }

  /** Passes the rows so far on to the stream every {@value #ROWS_A_FLUSH} rows; call after each row. */
  void ended(int row) throws IOException {
    if ((row + 1) % ROWS_A_FLUSH == 0) {
      flush();
    }
  }

  /** Writes what remains and closes the sheet. */
  void finish() throws IOException {
    setWidths();
    sheet.finish();
  }

  private void flush() throws IOException {
    setWidths();
    sheet.flush();
  }

  private void setWidths() {
    if (!flushed) {
      for (int c = 0; c < widths.length; c++) {
        if (widths[c] > 0) {
          sheet.width(c, Math.min(Worksheet.MAX_COL_WIDTH, Math.max(NARROWEST, widths[c] + PADDING)));
        }
      }
      flushed = true;
    }
  }

  private void fit(int column, String shown) {
    if (flushed) {
      return;
    }
    if (column >= widths.length) {
      widths = Arrays.copyOf(widths, column + 1);
    }
    widths[column] = Math.max(widths[column], TextTable.width(shown));
  }

  private int checked(int row) {
    if (row >= Worksheet.MAX_ROWS) {
      throw new IllegalArgumentException("sheet " + sheet.getName() + " is full: a sheet holds "
          + Worksheet.MAX_ROWS + " rows, header rows included");
    }
    return row;
  }
}
