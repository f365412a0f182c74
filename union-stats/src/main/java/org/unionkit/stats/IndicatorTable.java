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
   * The table as aligned text: a Chinese header line, an English header line, then one line per row
   * (labels aligned left, figures right, CJK characters counted as two columns).
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    TextTable text = TextTable.withLeftColumns(1);
    List<String> chinese = new ArrayList<>(List.of(""));
    List<String> english = new ArrayList<>(List.of(""));
    columns.forEach(c -> {
      chinese.add(c.chinese());
      english.add(c.english());
    });
    text.add(chinese).add(english);
    for (int r = 0; r < rows.size(); r++) {
      List<String> line = new ArrayList<>(List.of(rows.get(r)));
      for (int c = 0; c < columns.size(); c++) {
        line.add(columns.get(c).display(cell(r, c)));
      }
      text.add(line);
    }
    return text.toString();
  }
}
