package org.unionkit.xlsx;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts by row, such as each city's new members and new unions within a year, with Chinese and English column
 * names: what {@link XlsxWorkbook#withCounts} writes as whole numbers. Built with
 * {@code CountTable.builder(List.of("新入会会员数"), List.of("new members")).addRow("石家庄市", List.of(1200L)).build()}.
 * Immutable and thread-safe.
 */
public final class CountTable {
  private final List<String> chinese;
  private final List<String> english;
  private final List<String> rows;
  private final List<List<Long>> counts;

  private CountTable(Builder builder) {
    this.chinese = builder.chinese;
    this.english = builder.english;
    this.rows = List.copyOf(builder.rows);
    this.counts = List.copyOf(builder.counts);
  }

  /**
   * A builder of a table with these count columns.
   *
   * @param chinese the columns' Chinese names, such as 新入会会员数; not null
   * @param english the columns' English names, as many; not null
   * @return the builder, not null
   * @throws IllegalArgumentException if the names differ in number
   */
  public static Builder builder(List<String> chinese, List<String> english) {
    if (chinese.size() != english.size()) {
      throw new IllegalArgumentException("Chinese names (" + chinese.size() + ") and English names ("
          + english.size() + ") must match in number");
    }
    return new Builder(List.copyOf(chinese), List.copyOf(english));
  }

  /**
   * The columns' Chinese names.
   *
   * @return the names, not null
   */
  public List<String> chinese() {
    return chinese;
  }

  /**
   * The columns' English names.
   *
   * @return the names, not null
   */
  public List<String> english() {
    return english;
  }

  /**
   * The row labels, such as 石家庄市.
   *
   * @return the labels, not null
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * A row's counts, one a column.
   *
   * @param row the row index, from 0
   * @return the counts, not null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public List<Long> counts(int row) {
    return counts.get(row);
  }

  /** Builds a {@link CountTable} row by row. Not thread-safe. */
  public static final class Builder {
    private final List<String> chinese;
    private final List<String> english;
    private final List<String> rows = new ArrayList<>();
    private final List<List<Long>> counts = new ArrayList<>();

    private Builder(List<String> chinese, List<String> english) {
      this.chinese = chinese;
      this.english = english;
    }

    /**
     * Adds a row.
     *
     * @param label the row's label, such as 石家庄市; not null
     * @param counts one count a column; not null
     * @return this builder
     * @throws IllegalArgumentException if the counts are not one a column
     */
    @CanIgnoreReturnValue
    public Builder addRow(String label, List<Long> counts) {
      if (counts.size() != chinese.size()) {
        throw new IllegalArgumentException("row " + label + " has " + counts.size() + " counts for "
            + chinese.size() + " columns");
      }
      rows.add(label);
      this.counts.add(List.copyOf(counts));
      return this;
    }

    /**
     * The table of the rows added.
     *
     * @return the table, not null
     */
    public CountTable build() {
      return new CountTable(this);
    }
  }
}
