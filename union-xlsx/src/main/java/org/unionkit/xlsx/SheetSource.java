package org.unionkit.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;
import org.unionkit.io.TableCell;
import org.unionkit.io.TableSource;

/**
 * A workbook's sheet as rows of typed cells, streamed by fastexcel's reader: each cell's kind as the person
 * typing it meant it (a number formatted as a date is a date, in the workbook's 1900 or 1904 date system; a
 * formula is its last computed value), text trimmed, empty cells left out, and a cell below the first row of
 * cells merged down a {@link TableCell.Kind#MERGED} cell ({@link MergedCells}).
 */
final class SheetSource implements TableSource {
  /** The codes a formula's error shows. */
  private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
      "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!");
  /** Day 0 of the 1900 date system as serials count from day 61 on (Excel counts a 29 February 1900). */
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
  /** The serial Excel gives its 29 February 1900, a day that never was. */
  private static final int LEAP_BUG = 60;
  /** 9999-12-31 in the 1900 system, past which no date cell goes. */
  private static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(2_958_465);

  /** A failure of the sheet's XML, located at a row. */
  @FunctionalInterface
  interface Failures {
    IOException at(long row, String reason);
  }

  private final ReadableWorkbook workbook;
  private final Stream<org.dhatim.fastexcel.reader.Row> stream;
  private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
  private final boolean date1904;
  private final MergedCells merged;
  private final Failures failures;
  private long last;

  /**
   * The rows of one of the workbook's sheets; closing the source closes the workbook.
   *
   * @param date1904 whether the workbook counts dates from 1904 ({@link Xlsx} reads the flag itself)
   * @param merged the sheet's cells merged down over rows ({@link Xlsx} scans the sheet's part for them)
   */
  SheetSource(ReadableWorkbook workbook, Stream<org.dhatim.fastexcel.reader.Row> stream, boolean date1904,
      MergedCells merged, Failures failures) {
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
    this.date1904 = date1904;
    this.merged = merged;
    this.failures = failures;
  }

  @Override
  public @Nullable Row next() throws IOException {
    // fastexcel's rows: this class's own rows are TableSource.Row.
    for (org.dhatim.fastexcel.reader.Row row; (row = fetch()) != null; ) {
      last = row.getRowNum();
      SortedMap<Integer, TableCell> cells = new TreeMap<>();
      for (int i = 0; i < row.getCellCount(); i++) {
        Cell cell = row.getCell(i);
        TableCell typed = cell == null ? null : typed(cell, i + 1);
        if (typed != null) {
          cells.put(typed.column(), typed);
        }
      }
      for (TableCell below : merged.below(last)) {
        cells.putIfAbsent(below.column(), below);
      }
      if (!cells.isEmpty()) {
        return new Row(last, List.copyOf(cells.values()));
      }
    }
    return null;
  }

  /** fastexcel's next row, parsed from the sheet's XML, or null at the end. */
  private org.dhatim.fastexcel.reader.@Nullable Row fetch() throws IOException {
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (RuntimeException e) {
      throw failures.at(last + 1, "the sheet cannot be read past row " + last + " (" + Xlsx.failure(e) + ")");
    }
  }

  /** The cell as the person typing it meant it, or null for an empty one. */
  private @Nullable TableCell typed(Cell cell, int column) {
    Object value = cell.getValue();
    String raw = cell.getRawValue();
    CellType type = cell.getType();
    if (type == CellType.FORMULA && raw == null) {
      return new TableCell(column, TableCell.Kind.UNCOMPUTED_FORMULA, cell.getFormula());
    }
    if (type == CellType.ERROR || value instanceof String s && type == CellType.FORMULA && ERRORS.contains(s)) {
      return new TableCell(column, TableCell.Kind.ERROR, String.valueOf(raw));
    }
    if (value instanceof BigDecimal number) {
      LocalDate day = DateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString()) ? day(number) : null;
      // A serial that is no day (negative, Excel's 29 February 1900) stays the number it is.
      return day != null ? new TableCell(column, TableCell.Kind.DATE, day.toString())
          : new TableCell(column, TableCell.Kind.NUMBER, number.stripTrailingZeros().toPlainString());
    }
    if (value instanceof Boolean b) {
      return new TableCell(column, TableCell.Kind.BOOLEAN, b ? "TRUE" : "FALSE");
    }
    String text = value == null ? "" : value.toString().strip();
    return text.isEmpty() ? null : TableCell.text(column, text);
  }

  /**
   * The day a date cell's serial stands for, its time of day set aside, or null for none: in the 1900
   * system serial 1 is 1900-01-01 and 61 is 1900-03-01 (60, Excel's 29 February 1900, is none); in the 1904
   * system serial 0 is 1904-01-01; the last is 9999-12-31.
   */
  private @Nullable LocalDate day(BigDecimal serial) {
    if (serial.signum() < 0 || serial.compareTo(LAST_SERIAL) > 0) {
      return null;
    }
    long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
    if (date1904) {
      return EPOCH_1904.plusDays(days);
    }
    if (days == 0 || days == LEAP_BUG) {
      return null;
    }
    return days < LEAP_BUG ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      workbook.close();
    }
  }
}
