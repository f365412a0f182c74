package org.unionkit.stats;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of cells aligned in columns for a terminal, such as a report's figures or an
 * {@link IndicatorTable}: East Asian wide and full-width characters count as two columns, so Chinese
 * labels line up. The first column aligns left, the others right, unless told otherwise.
 */
public final class TextTable {
  private final List<List<String>> lines = new ArrayList<>();
  private final int leftAligned;

  private TextTable(int leftAligned) {
    this.leftAligned = leftAligned;
  }

  /**
   * An empty table whose first {@code leftAligned} columns align left (labels) and the rest right (figures).
   *
   * @param leftAligned how many leading columns align left, 0 or more
   * @return the table, not null
   */
  public static TextTable withLeftColumns(int leftAligned) {
    return new TextTable(leftAligned);
  }

  /**
   * Adds a line of cells.
   *
   * @param cells the cells; not null
   * @return this table
   */
  @CanIgnoreReturnValue
  public TextTable add(List<String> cells) {
    lines.add(List.copyOf(cells));
    return this;
  }

  /**
   * Terminal columns a text takes, such as 6 for 高技能 and 3 for abc.
   *
   * @param text the text; not null
   * @return the width
   */
  public static int width(String text) {
    return text.codePoints().map(TextTable::columnsOf).sum();
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

  /**
   * The lines with their cells padded to each column's width, two spaces between columns, each line ending
   * in a line break.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    int columns = lines.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    lines.forEach(line -> {
      for (int c = 0; c < line.size(); c++) {
        widths[c] = Math.max(widths[c], width(line.get(c)));
      }
    });
    StringBuilder text = new StringBuilder();
    for (List<String> line : lines) {
      for (int c = 0; c < line.size(); c++) {
        String cell = line.get(c);
        boolean last = c == line.size() - 1;
        String pad = " ".repeat(widths[c] - width(cell));
        // No padding after the last cell: lines end without trailing blanks.
        text.append(c < leftAligned ? (last ? cell : cell + pad) : pad + cell).append(last ? "" : "  ");
      }
      text.append('\n');
    }
    return text.toString();
  }
}
