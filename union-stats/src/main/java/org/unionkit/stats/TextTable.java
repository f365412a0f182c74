package org.unionkit.stats;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines of cells aligned in columns for a terminal, such as a report's figures or an
 * {@link IndicatorTable}: columns counted after Unicode's East Asian Width ({@link #width(String, boolean)}),
 * so Chinese labels line up. The first column aligns left, the others right, unless told otherwise. Not
 * thread-safe while lines are added.
 */
public final class TextTable {
  private final List<List<String>> lines = new ArrayList<>();
  private final int leftAligned;
  private boolean ambiguousWide;

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
   * Terminal columns a text takes, such as 6 for 高技能 and 3 for abc, ambiguous-width characters counted
   * as one column (see {@link #width(String, boolean)}).
   *
   * @param text the text; not null
   * @return the width
   */
  public static int width(String text) {
    return width(text, false);
  }

  /**
   * Terminal columns a text takes, after Unicode's East Asian Width (UAX #11, in the table {@code widths.txt}
   * derived from Unicode 16.0): two for wide and full-width characters (CJK, kana, Hangul, full-width forms,
   * emoji drawn as emoji), none for combining and enclosing marks, format characters (zero-width space and
   * joiners) and controls, one for the rest. Ambiguous characters, such as “ ” — … · × ① in Chinese text, take
   * two columns where CJK terminals draw them wide and one elsewhere.
   *
   * @param text the text; not null
   * @param ambiguousWide whether ambiguous characters take two columns
   * @return the width
   */
  public static int width(String text, boolean ambiguousWide) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int columns = Widths.columns(c);
      width += columns == Widths.AMBIGUOUS ? (ambiguousWide ? 2 : 1) : columns;
      i += Character.charCount(c);
    }
    return width;
  }

  /**
   * Counts ambiguous-width characters (such as “ ” — … · ×) as two columns, as terminals set for CJK draw
   * them; one by default.
   *
   * @param wide whether they take two columns
   * @return this table
   */
  @CanIgnoreReturnValue
  public TextTable ambiguousWide(boolean wide) {
    this.ambiguousWide = wide;
    return this;
  }

  /** The columns of each code point, from {@code widths.txt}: ranges of 0, 2 and ambiguous; 1 outside them. */
  private static final class Widths {
    static final int AMBIGUOUS = -1;
    private static final int[] STARTS;
    private static final int[] ENDS;
    private static final int[] COLUMNS;

    static {
      List<int[]> ranges = new ArrayList<>();
      try (InputStream in = TextTable.class.getResourceAsStream("widths.txt")) {
        if (in == null) {
          throw new IllegalStateException("widths.txt is missing from union-stats");
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.startsWith("#") && !line.isBlank()) {
            String[] cells = line.split(" ");
            ranges.add(new int[] {Integer.parseInt(cells[0], 16), Integer.parseInt(cells[1], 16),
                cells[2].equals("A") ? AMBIGUOUS : Integer.parseInt(cells[2])});
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      STARTS = ranges.stream().mapToInt(r -> r[0]).toArray();
      ENDS = ranges.stream().mapToInt(r -> r[1]).toArray();
      COLUMNS = ranges.stream().mapToInt(r -> r[2]).toArray();
    }

    static int columns(int codePoint) {
      int i = Arrays.binarySearch(STARTS, codePoint);
      int range = i >= 0 ? i : -i - 2;
      return range >= 0 && codePoint <= ENDS[range] ? COLUMNS[range] : 1;
    }
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
        widths[c] = Math.max(widths[c], width(line.get(c), ambiguousWide));
      }
    });
    StringBuilder text = new StringBuilder();
    for (List<String> line : lines) {
      for (int c = 0; c < line.size(); c++) {
        String cell = line.get(c);
        boolean last = c == line.size() - 1;
        String pad = " ".repeat(widths[c] - width(cell, ambiguousWide));
        // No padding after the last cell: lines end without trailing blanks.
        text.append(c < leftAligned ? (last ? cell : cell + pad) : pad + cell).append(last ? "" : "  ");
      }
      text.append('\n');
    }
    return text.toString();
  }
}
