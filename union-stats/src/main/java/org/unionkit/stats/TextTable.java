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
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Lines of cells aligned in columns for a terminal, such as a report's figures or an
 * {@link IndicatorTable}: columns counted after Unicode's East Asian Width ({@link #width(String, boolean)}),
 * so Chinese labels line up. The leading columns align left (text), the others right (figures), as
 * {@link #withLeftColumns(int)} says. Given a {@link #maxWidth(int) maximum width}, such as a terminal's 80
 * columns, long text cells wrap inside their own column. Not thread-safe while lines are added.
 */
public final class TextTable {
  /** Columns between two cells. */
  private static final int GAP = 2;
  /** The narrowest a column wraps to: five Chinese characters or a short English word. */
  static final int NARROWEST = 10;

  private final List<List<String>> lines = new ArrayList<>();
  /** Whether each line is a heading, whose cells may wrap in figure columns too. */
  private final List<Boolean> headings = new ArrayList<>();
  private final int leftAligned;
  private boolean ambiguousWide;
  private int maxWidth = Integer.MAX_VALUE;

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
    headings.add(false);
    return this;
  }

  /**
   * Adds a line of headings, such as the names of the indicators above their figures: where the table is
   * too wide even with its text columns narrowed, a heading wraps inside its column, a figure column's too,
   * down to the width of the widest figure below it.
   *
   * @param cells the cells; not null
   * @return this table
   */
  @CanIgnoreReturnValue
  public TextTable addHeading(List<String> cells) {
    lines.add(List.copyOf(cells));
    headings.add(true);
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

  /**
   * Fits the table into a number of terminal columns, such as 80: when its lines are wider, long text cells
   * wrap inside their own column, so that a line of cells takes several lines of text, the other cells on
   * the first of them. Without it (by default) nothing wraps.
   *
   * <p>Which columns wrap: left-aligned ones (text), and in right-aligned ones (figures) only the
   * {@link #addHeading headings}, never a figure. The long text columns first, those wider than a third of
   * {@code columns}: the widest of them narrow to a common width (the widest first), leaving the others as
   * they are. If that is not enough, the figure columns' headings wrap too, the columns narrowing with the
   * long ones to a common width; then every column does. No column wraps narrower than ten columns (or than
   * it is), nor a figure column narrower than its widest figure: when even the narrowest do not fit, the
   * table keeps them and its lines are wider than {@code columns}.
   *
   * <p>How a cell wraps: at a space (Latin text), which is then dropped; between two characters either of
   * which is wide (CJK text), except before closing punctuation (” ） ， 。) and after opening punctuation
   * (“ （); and, where a word is wider than its column, inside the word. A surrogate pair
   * and a character with the marks that follow it (zero columns wide) are never split. So joining a cell's
   * lines, with one space where a line ended at a space and nothing elsewhere, gives the cell back.
   *
   * @param columns the most terminal columns a line takes, 1 or more
   * @return this table
   * @throws IllegalArgumentException if {@code columns} is less than 1
   */
  @CanIgnoreReturnValue
  public TextTable maxWidth(int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("maximum width (" + columns + ") must be 1 column or more");
    }
    this.maxWidth = columns;
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
   * in a line break; the lines of a wrapped cell below its first, with the columns before it left blank.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    int columns = lines.stream().mapToInt(List::size).max().orElse(0);
    int[] natural = new int[columns];
    lines.forEach(line -> {
      for (int c = 0; c < line.size(); c++) {
        natural[c] = Math.max(natural[c], width(line.get(c), ambiguousWide));
      }
    });
    int[] widths = fit(natural);
    StringBuilder text = new StringBuilder();
    for (List<String> line : lines) {
      List<List<String>> pieces = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < line.size(); c++) {
        String cell = line.get(c);
        pieces.add(widths[c] < width(cell, ambiguousWide) ? wrap(cell, widths[c], ambiguousWide) : List.of(cell));
        height = Math.max(height, pieces.get(c).size());
      }
      for (int k = 0; k < height; k++) {
        // A line of text ends with the last cell that has a piece on it.
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < line.size(); c++) {
          cells.add(k < pieces.get(c).size() ? pieces.get(c).get(k) : "");
        }
        int last = cells.size() - 1;
        while (k > 0 && last > 0 && pieces.get(last).size() <= k) {
          last--;
        }
        append(text, cells.subList(0, last + 1), widths);
      }
    }
    return text.toString();
  }

  /** One line of text: the cells padded to their columns, without blanks after the last. */
  private void append(StringBuilder text, List<String> cells, int[] widths) {
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      boolean last = c == cells.size() - 1;
      String pad = " ".repeat(widths[c] - width(cell, ambiguousWide));
      // No padding after the last cell: lines end without trailing blanks.
      text.append(c < leftAligned ? (last ? cell : cell + pad) : pad + cell).append(last ? "" : " ".repeat(GAP));
    }
    text.append('\n');
  }

  /** The columns' widths within {@link #maxWidth}: the natural ones when they fit, else narrowed as it says. */
  private int[] fit(int[] natural) {
    long total = Arrays.stream(natural).asLongStream().sum() + (long) GAP * Math.max(0, natural.length - 1);
    if (total <= maxWidth) {
      return natural;
    }
    // The narrowest each column may be: ten (or less if it is narrower), and a figure column no narrower than
    // its widest figure (only its headings wrap).
    int[] narrowest = natural.clone();
    for (int c = 0; c < natural.length; c++) {
      narrowest[c] = Math.min(natural[c], NARROWEST);
      if (c >= leftAligned) {
        narrowest[c] = Math.max(narrowest[c], figures(c));
      }
    }
    IntPredicate longText = c -> c < leftAligned && natural[c] > maxWidth / 3;
    return narrowed(natural, narrowest, longText)
        .or(() -> narrowed(natural, narrowest, c -> longText.test(c) || c >= leftAligned))
        .or(() -> narrowed(natural, narrowest, c -> true))
        .orElse(narrowest);
  }

  /** The width of the widest cell of a column outside the headings. */
  private int figures(int column) {
    int widest = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!headings.get(i) && column < lines.get(i).size()) {
        widest = Math.max(widest, width(lines.get(i).get(column), ambiguousWide));
      }
    }
    return widest;
  }

  /**
   * The widths with the chosen columns narrowed to one common width, none below its narrowest (and one
   * column more for the first few, to use the width up), the widest such that the lines fit; empty if even
   * the narrowest do not.
   */
  private Optional<int[]> narrowed(int[] natural, int[] narrowest, IntPredicate chosen) {
    long budget = maxWidth - (long) GAP * (natural.length - 1);
    int widest = 0;
    for (int c = 0; c < natural.length; c++) {
      if (chosen.test(c)) {
        widest = Math.max(widest, natural[c]);
      } else {
        budget -= natural[c];
      }
    }
    if (taken(natural, narrowest, chosen, 0) > budget) {
      return Optional.empty();
    }
    // The widest common width that fits, by bisection: taken(...) grows with the width.
    int low = 0;
    int high = widest;
    while (low < high) {
      int mid = low + (high - low + 1) / 2;
      if (taken(natural, narrowest, chosen, mid) <= budget) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    long spare = budget - taken(natural, narrowest, chosen, low);
    int[] widths = natural.clone();
    for (int c = 0; c < natural.length; c++) {
      if (chosen.test(c) && natural[c] > Math.max(low, narrowest[c])) {
        widths[c] = Math.max(low, narrowest[c]) + (spare-- > 0 ? 1 : 0);
      }
    }
    return Optional.of(widths);
  }

  /** The columns the chosen columns take when none is wider than {@code level} (or its narrowest). */
  private static long taken(int[] natural, int[] narrowest, IntPredicate chosen, int level) {
    long taken = 0;
    for (int c = 0; c < natural.length; c++) {
      if (chosen.test(c)) {
        taken += Math.min(natural[c], Math.max(level, narrowest[c]));
      }
    }
    return taken;
  }

  /**
   * A cell's lines in a column this wide (two or more), as {@link #maxWidth(int)} says: at the last space or
   * wide character that leaves the line no wider than the column, else inside the word.
   */
  static List<String> wrap(String cell, int columns, boolean ambiguousWide) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int used = 0;
    // Where the line may end at the latest, and where the next then starts (after a dropped space); -1: nowhere.
    int breakAt = -1;
    int resume = -1;
    boolean wideBefore = false;
    boolean opensBefore = false;
    for (int i = 0; i < cell.length(); ) {
      int end = i + Character.charCount(cell.codePointAt(i));
      int width = width(cell.substring(i, end), ambiguousWide);
      // Marks and other characters of no width stay with the character before them.
      while (end < cell.length() && Widths.columns(cell.codePointAt(end)) == 0) {
        end += Character.charCount(cell.codePointAt(end));
      }
      if (end == i + 1 && cell.charAt(i) == ' ') {
        if (used + 1 > columns) {
          pieces.add(cell.substring(start, i));
          start = end;
          used = 0;
          breakAt = -1;
          i = end;
          wideBefore = false;
          opensBefore = false;
          continue;
        }
        if (i > start) {
          breakAt = i;
          resume = end;
        }
        wideBefore = false;
        opensBefore = false;
      } else {
        boolean wide = width == 2;
        int type = Character.getType(cell.codePointAt(i));
        // Closing punctuation such as ” ） ， stays after the character before it, opening such as “ （ before the next.
        boolean closes = type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
            || type == Character.OTHER_PUNCTUATION;
        if ((wide || wideBefore) && i > start && !closes && !opensBefore) {
          breakAt = i;
          resume = i;
        }
        if (used + width > columns && i > start) {
          if (breakAt > start) {
            pieces.add(cell.substring(start, breakAt));
            start = resume;
            used = width(cell.substring(start, i), ambiguousWide);
          }
          if (used + width > columns && i > start) {
            pieces.add(cell.substring(start, i));
            start = i;
            used = 0;
          }
          breakAt = -1;
        }
        wideBefore = wide;
        opensBefore = type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
      }
      used += width;
      i = end;
    }
    pieces.add(cell.substring(start));
    return pieces;
  }
}
