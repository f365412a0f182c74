package org.unionkit.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Indicators for several rows (organisations or groups), such as every city's high-skill ratio and
 * density, printable at a JShell prompt with Chinese and English headers.
 *
 * <p>Cells keep the exact {@link Ratio}; {@code toString} shows each as its indicator displays it
 * (half-up, the unit's decimals), with columns aligned for a terminal (CJK characters count as two
 * columns). Immutable and thread-safe.
 */
public final class IndicatorTable {
  private final List<String> rows;
  private final List<Indicator> columns;
  private final List<List<Ratio>> cells;

  private IndicatorTable(List<String> rows, List<Indicator> columns, List<List<Ratio>> cells) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.cells = List.copyOf(cells);
  }

  /**
   * Computes every indicator for every row's tally.
   *
   * @param rows the row labels; not null
   * @param tallies one tally per row, in the same order; not null
   * @param indicators the columns; not null
   * @return the table, not null
   * @throws IllegalArgumentException if the labels and tallies differ in number
   */
  public static IndicatorTable of(List<String> rows, List<Tally> tallies, List<Indicator> indicators) {
    if (rows.size() != tallies.size()) {
      throw new IllegalArgumentException("rows (" + rows.size() + ") and tallies (" + tallies.size()
          + ") must match in number");
    }
    List<List<Ratio>> cells = new ArrayList<>();
    for (Tally tally : tallies) {
      cells.add(indicators.stream().map(i -> i.compute(tally)).toList());
    }
    return new IndicatorTable(rows, indicators, cells);
  }

  /**
   * The row labels.
   *
   * @return the labels, not null
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * The indicators, one per column.
   *
   * @return the columns, not null
   */
  public List<Indicator> columns() {
    return columns;
  }

  /**
   * The exact ratio in a cell.
   *
   * @param row the row index, from 0
   * @param column the column index, from 0
   * @return the ratio, not null
   * @throws IndexOutOfBoundsException if either index is out of range
   */
  public Ratio cell(int row, int column) {
    return cells.get(row).get(column);
  }

  /**
   * The table as aligned text: a Chinese header line, an English header line, then one line per row.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    List<List<String>> lines = new ArrayList<>();
    List<String> chinese = new ArrayList<>(List.of(""));
    List<String> english = new ArrayList<>(List.of(""));
    columns.forEach(c -> {
      chinese.add(c.chinese());
      english.add(c.english());
    });
    lines.add(chinese);
    lines.add(english);
    for (int r = 0; r < rows.size(); r++) {
      List<String> line = new ArrayList<>(List.of(rows.get(r)));
      for (int c = 0; c < columns.size(); c++) {
        line.add(columns.get(c).display(cell(r, c)));
      }
      lines.add(line);
    }
    int[] widths = new int[columns.size() + 1];
    lines.forEach(line -> {
      for (int c = 0; c < line.size(); c++) {
        widths[c] = Math.max(widths[c], width(line.get(c)));
      }
    });
    StringBuilder text = new StringBuilder();
    for (List<String> line : lines) {
      for (int c = 0; c < line.size(); c++) {
        String cell = line.get(c);
        String pad = " ".repeat(widths[c] - width(cell));
        // Labels align left, figures right.
        text.append(c == 0 ? cell + pad : pad + cell).append(c == line.size() - 1 ? "" : "  ");
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Terminal columns a text takes: East Asian wide and full-width characters take two. */
  static int width(String text) {
    return text.codePoints().map(IndicatorTable::columnsOf).sum();
  }

  /**
   * Two for the wide and full-width ranges of Unicode's East Asian Width property (Hangul, CJK and its
   * extensions, kana, Yi, full-width forms), one otherwise: the approximation terminals use.
   */
  private static int columnsOf(int c) {
    boolean wide = (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
