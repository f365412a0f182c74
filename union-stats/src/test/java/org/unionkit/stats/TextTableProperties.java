package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * TextTable's widths against ICU4J's Unicode properties (a test oracle), over any code points; and tables fitted
 * to a width, over cells of Latin and CJK text, punctuation, marks, surrogate pairs and ambiguous characters.
 */
class TextTableProperties {
  /** The columns by UAX #11 as ICU4J reads it: marks, format and control characters none, W and F two. */
  private static int icu(int cp, boolean ambiguousWide) {
    int type = UCharacter.getType(cp);
    if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
        || type == UCharacterCategory.FORMAT || type == UCharacterCategory.CONTROL || (cp >= 0x1160 && cp <= 0x11FF)) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) {
      return 2;
    }
    return eaw == UCharacter.EastAsianWidth.AMBIGUOUS && ambiguousWide ? 2 : 1;
  }

  /** Code points from anywhere, and from the blocks where widths change most. */
  private static Gen<Integer> codePoints() {
    return integers().between(0, 0x10FFFF).mix(integers().between(0x1100, 0x33FF), 50)
        .mix(integers().between(0x1F000, 0x1FAFF), 30);
  }

  @Test
  void everyCodePointHasTheColumnsUnicodeGivesIt() {
    qt().withExamples(20_000).forAll(codePoints(), booleans().all()).checkAssert((cp, ambiguous) ->
        assertThat(TextTable.width(new String(Character.toChars(cp)), ambiguous))
            .as("U+%04X, ambiguous wide %s", cp, ambiguous).isEqualTo(icu(cp, ambiguous)));
  }

  @Test
  void aTextIsAsWideAsItsCodePoints() {
    qt().forAll(lists().of(codePoints()).ofSizeBetween(0, 40), booleans().all()).checkAssert((cps, ambiguous) -> {
      StringBuilder text = new StringBuilder();
      cps.forEach(text::appendCodePoint);
      assertThat(TextTable.width(text.toString(), ambiguous))
          .isEqualTo(cps.stream().mapToInt(cp -> icu(cp, ambiguous)).sum());
    });
  }

  @Test
  void cellsOfAnyWidthsLineUp() {
    qt().forAll(lists().of(lists().of(codePoints()).ofSizeBetween(0, 6)).ofSizeBetween(1, 4), booleans().all())
        .checkAssert((cells, ambiguous) -> {
          TextTable table = TextTable.withLeftColumns(0).ambiguousWide(ambiguous);
          for (List<Integer> cell : cells) {
            StringBuilder text = new StringBuilder("x");
            cell.stream().filter(cp -> cp != '\n' && cp != '\r' && icu(cp, ambiguous) > 0).forEach(text::appendCodePoint);
            table.add(List.of(text.toString(), "1"));
          }
          List<String> lines = table.toString().lines().toList();
          assertThat(lines).as("right-aligned lines end in the same column")
              .allSatisfy(l -> assertThat(TextTable.width(l, ambiguous)).isEqualTo(TextTable.width(lines.get(0), ambiguous)));
        });
  }

  /** What cells are made of: Latin letters, spaces, CJK, punctuation, marks, zero-width, pairs, ambiguous ones. */
  private static final int[] PALETTE = {'a', 'b', 'x', '-', '.', '1', ' ', ' ', ' ', '一', '高', '技', '能', '“', '”',
      '，', '（', '）', '\u0301', '\u200B', 0x20BB7, 0x1F600, '·', '×'};

  private static Gen<String> texts(int longest) {
    return lists().of(integers().between(0, PALETTE.length - 1)).ofSizeBetween(0, longest).map(picks -> {
      StringBuilder text = new StringBuilder();
      picks.forEach(p -> text.appendCodePoint(PALETTE[p]));
      return text.toString();
    });
  }

  /** Whether the pieces from the k-th on, joined with one space or nothing between two, are the cell from {@code at}. */
  private static boolean joins(String cell, List<String> pieces, int k, int at) {
    if (!cell.startsWith(pieces.get(k), at)) {
      return false;
    }
    int next = at + pieces.get(k).length();
    if (k == pieces.size() - 1) {
      return next == cell.length();
    }
    return joins(cell, pieces, k + 1, next)
        || (next < cell.length() && cell.charAt(next) == ' ' && joins(cell, pieces, k + 1, next + 1));
  }

  @Test
  void wrappingLosesAndReordersNoCharacter() {
    qt().forAll(texts(60), integers().between(2, 30), booleans().all()).checkAssert((cell, columns, ambiguous) -> {
      List<String> pieces = TextTable.wrap(cell, columns, ambiguous);
      assertThat(joins(cell, pieces, 0, 0)).as("%s in %d columns is %s joined with a space where a line ended at one",
          cell, columns, pieces).isTrue();
      assertThat(pieces).as("each line of %s at most %d columns", cell, columns)
          .allSatisfy(p -> assertThat(TextTable.width(p, ambiguous)).isLessThanOrEqualTo(columns));
      assertThat(pieces.subList(1, pieces.size())).as("no later line of %s starts inside a pair or with a mark", cell)
          .allSatisfy(p -> assertThat(p.isEmpty() || icu(p.codePointAt(0), ambiguous) > 0).isTrue());
      assertThat(pieces.subList(0, pieces.size() - 1)).as("only the last line of %s may be empty", cell)
          .allSatisfy(p -> assertThat(p).isNotEmpty());
    });
  }

  /** A table whose first lines may be headings, which wrap in figure columns too. */
  @Test
  void aTableFitsItsWidthWhenItCanAndKeepsEveryCharacter() {
    qt().forAll(lists().of(lists().of(texts(40)).ofSize(4)).ofSizeBetween(1, 5), integers().between(0, 4),
        integers().between(16, 120), booleans().all()).checkAssert((rows, left, width, ambiguous) -> {
          // The first lines are headings, as many as the width leaves over when divided by three.
          int headings = Math.min(width % 3, rows.size());
          TextTable table = TextTable.withLeftColumns(left).ambiguousWide(ambiguous);
          for (int r = 0; r < rows.size(); r++) {
            var unused = r < headings ? table.addHeading(rows.get(r)) : table.add(rows.get(r));
          }
          String unlimited = table.toString();
          String fitted = table.maxWidth(width).toString();
          // The narrowest the table can be: columns ten wide (or less if narrower), figure columns no narrower
          // than their widest figure (their headings wrap).
          int narrowest = 3 * 2;
          for (int c = 0; c < 4; c++) {
            int column = c;
            int natural = rows.stream().mapToInt(r -> TextTable.width(r.get(column), ambiguous)).max().orElse(0);
            int figures = rows.stream().skip(headings).mapToInt(r -> TextTable.width(r.get(column), ambiguous)).max()
                .orElse(0);
            narrowest += c < left ? Math.min(natural, 10) : Math.max(Math.min(natural, 10), figures);
          }
          if (narrowest <= width) {
            assertThat(fitted.lines()).as("lines within %d columns", width)
                .allSatisfy(l -> assertThat(TextTable.width(l, ambiguous)).isLessThanOrEqualTo(width));
          }
          if (unlimited.lines().allMatch(l -> TextTable.width(l, ambiguous) <= width)) {
            assertThat(fitted).as("a table that fits is printed as without a width").isEqualTo(unlimited);
          }
          assertThat(fitted.codePoints().filter(cp -> cp != ' ' && cp != '\n').sorted().toArray())
              .as("the characters of the cells, spaces aside")
              .isEqualTo(rows.stream().flatMap(List::stream).flatMapToInt(String::codePoints).filter(cp -> cp != ' ')
                  .sorted().toArray());
        });
  }
}
