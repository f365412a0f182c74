package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables fitted to a width by example: which columns wrap, where cells break, and what is kept. */
class TextTableWrapTest {
  @Test
  void aLongLatinCellWrapsAtSpacesInsideItsColumn() {
    // Natural widths 5, 43 and 5 with two gaps of 2 make 57; in 30, the description (the only column wider
    // than 30 / 3) gets 30 - 4 - 5 - 5 = 16.
    TextTable table = TextTable.withLeftColumns(2).add(List.of("name", "description", "count"))
        .add(List.of("alpha", "the quick brown fox jumps over the lazy dog", "12")).maxWidth(30);
    assertThat(table.toString().lines().toList()).as("the row's other cells on its first line")
        .containsExactly(
            "name   description       count",
            "alpha  the quick brown      12",
            "       fox jumps over",
            "       the lazy dog");
  }

  @Test
  void chineseWrapsBetweenCharactersKeepingPunctuationWithItsNeighbour() {
    TextTable table = TextTable.withLeftColumns(1).add(List.of("工会累计举办的“大学习”课堂期数")).maxWidth(10);
    assertThat(table.toString().lines().toList()).as("“ never ends a line, ” never starts one")
        .containsExactly("工会累计举", "办的“大学", "习”课堂期", "数");
  }

  @Test
  void surrogatePairsAndMarksStayWithTheirCharacter() {
    assertThat(TextTable.wrap("𠮷".repeat(6), 10, false)).as("a supplementary CJK character, two columns")
        .containsExactly("𠮷".repeat(5), "𠮷");
    assertThat(TextTable.wrap("e\u0301".repeat(12), 10, false)).as("e with a combining acute, one column")
        .containsExactly("e\u0301".repeat(10), "e\u0301".repeat(2));
    assertThat(TextTable.wrap("ab \u0301cd", 3, false)).as("a space carrying a mark is no place to break")
        .containsExactly("ab \u0301", "cd");
  }

  @Test
  void ambiguousCharactersWrapAsWideOnlyWhenAsked() {
    assertThat(TextTable.withLeftColumns(1).add(List.of("“大学习”课堂")).maxWidth(10).toString())
        .as("quotes one column: “大学习”课 is 10").isEqualTo("“大学习”课\n堂\n");
    assertThat(TextTable.withLeftColumns(1).ambiguousWide(true).add(List.of("“大学习”课堂")).maxWidth(10).toString())
        .as("quotes two columns: “大学习” is 10").isEqualTo("“大学习”\n课堂\n");
  }

  @Test
  void shortTextColumnsKeepTheirWidthWhileLongOnesWrap() {
    String first = "the relation between the two published figures";
    String second = "a second description that is just as long";
    List<String> lines = TextTable.withLeftColumns(3).add(List.of("(27.10%, 27.25%)", first, second)).maxWidth(60)
        .toString().lines().toList();
    assertThat(lines.get(0)).as("the interval, 16 columns of 60, is not long: it stays whole")
        .startsWith("(27.10%, 27.25%)  the");
    assertThat(lines).as("every line within 60 columns").allSatisfy(l -> assertThat(TextTable.width(l)).isLessThanOrEqualTo(60));
    assertThat(String.join(" ", lines.stream().map(l -> l.substring(18).strip()).toList()))
        .as("the long cells' words, in order").contains("the relation", "two published");
  }

  @Test
  void figuresNeverWrapAndATableTooWideKeepsItsMinimum() {
    String table = TextTable.withLeftColumns(1).add(List.of("a long label that wraps", "123456789012345"))
        .maxWidth(12).toString();
    assertThat(table.lines().toList()).as("the label ten columns wide, the figure whole, lines wider than 12")
        .containsExactly("a long      123456789012345", "label that", "wraps");
  }

  @Test
  void headingsWrapInsideFigureColumnsDownToTheirWidestFigure() {
    TextTable table = TextTable.withLeftColumns(1)
        .addHeading(List.of("", "high-skill ratio", "technician-or-above share"))
        .add(List.of("市级总工会 O2", "28.2% (541/1915)", "6.9%"));
    assertThat(table.maxWidth(43).toString().lines().toList())
        .as("the headings wrapped, the figures and the label whole, no line over 43")
        .containsExactly(" ".repeat(13 + 2) + "high-skill ratio  technician", " ".repeat(13 + 2 + 16 + 2 + 1) + "-or-above",
            " ".repeat(13 + 2 + 16 + 2 + 5) + "share", "市级总工会 O2  28.2% (541/1915)        6.9%");
  }

  @Test
  void aTableThatFitsIsPrintedAsWithoutAWidth() {
    TextTable table = TextTable.withLeftColumns(1).add(List.of("高技能人才占比", "27.2%"))
        .add(List.of("workers per contract", "103.1"));
    String unlimited = table.toString();
    assertThat(table.maxWidth(20 + 2 + 5).toString()).as("exactly as wide as the widest line")
        .isEqualTo(unlimited).isEqualTo("高技能人才占比" + " ".repeat(6 + 2) + "27.2%\nworkers per contract  103.1\n");
  }

  @Test
  void aWidthUnderOneColumnIsRejected() {
    assertThatThrownBy(() -> TextTable.withLeftColumns(1).maxWidth(0)).as("0 columns")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0)");
  }
}
