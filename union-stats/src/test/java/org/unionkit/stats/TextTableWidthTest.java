package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Widths by example: the characters the seed's figure names hold, emoji, marks and zero-width ones. */
class TextTableWidthTest {
  @Test
  void countsAsUnicodesEastAsianWidthSays() {
    assertThat(TextTable.width("高技能")).isEqualTo(6);
    assertThat(TextTable.width("abc")).isEqualTo(3);
    assertThat(TextTable.width("😀")).as("an emoji is drawn wide").isEqualTo(2);
    assertThat(TextTable.width("e\u0301")).as("a combining acute takes no column").isEqualTo(1);
    assertThat(TextTable.width("a\u200Bb")).as("a zero-width space takes none").isEqualTo(2);
    assertThat(TextTable.width("１２３")).as("full-width digits").isEqualTo(6);
  }

  @Test
  void ambiguousCharactersAreWideOnlyWhenAsked() {
    String ambiguous = "“”—…·×①";
    assertThat(TextTable.width(ambiguous)).as("narrow by default").isEqualTo(7);
    assertThat(TextTable.width(ambiguous, true)).as("wide, as CJK terminals draw them").isEqualTo(14);
    String wide = TextTable.withLeftColumns(1).ambiguousWide(true).add(List.of("“大学习”", "1"))
        .add(List.of("课堂", "2")).toString();
    assertThat(wide.lines().toList()).as("the first column 10 wide, the quotes counted two each")
        .containsExactly("“大学习”  1", "课堂        2");
  }
}
