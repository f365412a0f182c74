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

/** TextTable's widths against ICU4J's Unicode properties (a test oracle), over any code points. */
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
}
