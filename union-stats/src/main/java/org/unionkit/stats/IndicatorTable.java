package org.unionkit.stats;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Indicators for several rows (organisations or groups), such as every city's high-skill ratio and
 * density, printable at a JShell prompt with Chinese and English headers.
 *
 * <p>Cells keep the exact {@link Ratio}; {@code toString} shows each as its indicator displays it
 * (half-up, the unit's decimals), with columns aligned for a terminal (CJK characters count as two
 * columns). Immutable and thread-safe.
 */
public final class IndicatorTable {
  /** From this many cells on, the rows are computed in parallel (the common fork-join pool). */
  private static final int PARALLEL_CELLS = 50_000;

  private final List<String> rows;
  private final List<Indicator> columns;
  /** Cell (r, c) is numerators[r × columns + c] over denominators[...]: two arrays, not an object a cell. */
  private final long[] numerators;
  private final long[] denominators;

  private IndicatorTable(List<String> rows, List<Indicator> columns, long[] counts, int[] bases) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    int width = columns.size();
    numerators = new long[rows.size() * width];
    denominators = new long[rows.size() * width];
    // Rows fill their own cells, so a table as large as a province's is computed on every core.
    List<Indicator> indicators = this.columns;
    IntStream rowNumbers = IntStream.range(0, rows.size());
    (numerators.length >= PARALLEL_CELLS ? rowNumbers.parallel() : rowNumbers).forEach(r -> {
      for (int c = 0; c < width; c++) {
        Indicator indicator = indicators.get(c);
        denominators[r * width + c] = indicator.denominator(counts, bases[r]);
        numerators[r * width + c] = indicator.numerator().evaluate(counts, bases[r]);
      }
    });
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
    int size = Measure.values().length;
    long[] counts = new long[tallies.size() * size];
    int[] bases = new int[tallies.size()];
    for (int r = 0; r < tallies.size(); r++) {
      System.arraycopy(tallies.get(r).counts(), 0, counts, r * size, size);
      bases[r] = r * size;
    }
    return new IndicatorTable(rows, indicators, counts, bases);
  }

  /** A table over tallies laid out in one array, row {@code r}'s from {@code counts[bases[r]]}, as a roll-up keeps them. */
  static IndicatorTable of(List<String> rows, List<Indicator> indicators, long[] counts, int[] bases) {
    return new IndicatorTable(rows, indicators, counts, bases);
  }

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
    Objects.checkIndex(row, rows.size());
    int i = row * columns.size() + Objects.checkIndex(column, columns.size());
    return Ratio.of(numerators[i], denominators[i]);
  }


  /**
   * The table as aligned text: a Chinese header line, an English header line, then one line per row
   * (labels aligned left, figures right, CJK characters counted as two columns); the same as
   * {@code toTextTable(EnumSet.allOf(Language.class)).toString()}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return toTextTable(EnumSet.allOf(Language.class)).toString();
  }

  /**
   * The table as a {@link TextTable} with a header line in each language asked for, such as only the
   * Chinese names of the indicators for {@code EnumSet.of(Language.CHINESE)}: the Chinese line first, then
   * one line per row (labels left, figures right). Its width or ambiguous width can be set before it prints.
   *
   * @param languages the header lines' languages; not null, not empty
   * @return a new table, not null
   * @throws IllegalArgumentException if {@code languages} is empty
   */
  public TextTable toTextTable(Set<Language> languages) {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("languages of the header must not be empty");
    }
    TextTable text = TextTable.withLeftColumns(1);
    for (Language language : EnumSet.copyOf(languages)) {
      List<String> header = new ArrayList<>(List.of(""));
      columns.forEach(c -> header.add(language == Language.CHINESE ? c.chinese() : c.english()));
      text.addHeading(header);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> line = new ArrayList<>(List.of(rows.get(r)));
      for (int c = 0; c < columns.size(); c++) {
        line.add(columns.get(c).display(cell(r, c)));
      }
      text.add(line);
    }
    return text;
  }
}
