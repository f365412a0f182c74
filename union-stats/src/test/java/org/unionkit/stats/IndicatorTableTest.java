package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTableTest {
  /** 247 high-skill of 909 skilled (27.2%); 526万 covered by 5.1万 contracts (103.1 人/份). */
  private static final Tally SHIJIAZHUANG = Tally.empty().with(Measure.HIGH_SKILL_MEMBERS, 247)
      .with(Measure.SKILLED_MEMBERS, 909).with(Measure.CONTRACT_COVERAGE_GROSS, 5_260_000)
      .with(Measure.CONTRACTS, 51_000);
  /** 1 high-skill of 3 skilled (33.3%); no contracts (undefined). */
  private static final Tally TANGSHAN = Tally.empty().with(Measure.HIGH_SKILL_MEMBERS, 1)
      .with(Measure.SKILLED_MEMBERS, 3);
  private static final List<Indicator> COLUMNS = List.of(Indicators.HIGH_SKILL_RATIO,
      Indicators.WORKERS_PER_CONTRACT);

  private final IndicatorTable table = IndicatorTable.of(List.of("石家庄", "唐山"), List.of(SHIJIAZHUANG, TANGSHAN),
      COLUMNS);

  @Test
  void cellsKeepTheExactRatios() {
    assertThat(table.rows()).as("rows").containsExactly("石家庄", "唐山");
    assertThat(table.columns()).as("columns").containsExactlyElementsOf(COLUMNS);
    assertThat(table.cell(0, 0)).as("石家庄 high skill").isEqualTo(Ratio.of(247, 909));
    assertThat(table.cell(0, 1)).as("石家庄 workers per contract").isEqualTo(Ratio.of(5_260_000, 51_000));
    assertThat(table.cell(1, 0)).as("唐山 high skill").isEqualTo(Ratio.of(1, 3));
    assertThat(table.cell(1, 1)).as("唐山 workers per contract").isEqualTo(Ratio.of(0, 0));
  }

  @Test
  void cellOutsideTheTableIsRejected() {
    assertThatThrownBy(() -> table.cell(2, 0)).as("row 2").isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.cell(0, 2)).as("column 2").isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void textHasChineseThenEnglishHeadersAndRightAlignedFigures() {
    // Column widths, CJK characters counting two: labels max(石家庄 6, 唐山 4) = 6;
    // high skill max(高技能人才占比 14, "high-skill ratio" 16, "27.2%" 5) = 16;
    // per contract max(平均每份合同覆盖职工数 22, "workers per contract" 20, "103.1 人/份" 11, "undefined" 9) = 22.
    // Labels align left, figures right, columns are joined by two spaces.
    String expected = " ".repeat(6) + "  " + " ".repeat(2) + "高技能人才占比" + "  " + "平均每份合同覆盖职工数" + "\n"
        + " ".repeat(6) + "  " + "high-skill ratio" + "  " + " ".repeat(2) + "workers per contract" + "\n"
        + "石家庄" + "  " + " ".repeat(11) + "27.2%" + "  " + " ".repeat(11) + "103.1 人/份" + "\n"
        + "唐山" + " ".repeat(2) + "  " + " ".repeat(11) + "33.3%" + "  " + " ".repeat(13) + "undefined" + "\n";

    assertThat(table).as("text").hasToString(expected);
  }

  @Test
  void oneLanguageGivesOneHeaderLine() {
    // Widths as above without the English line: 高技能人才占比 14 wide; 平均每份合同覆盖职工数 22.
    String chinese = " ".repeat(6) + "  " + "高技能人才占比" + "  " + "平均每份合同覆盖职工数" + "\n"
        + "石家庄" + "  " + " ".repeat(9) + "27.2%" + "  " + " ".repeat(11) + "103.1 人/份" + "\n"
        + "唐山" + " ".repeat(2) + "  " + " ".repeat(9) + "33.3%" + "  " + " ".repeat(13) + "undefined" + "\n";
    assertThat(table.toTextTable(EnumSet.of(Language.CHINESE))).as("Chinese only").hasToString(chinese);
    assertThat(table.toTextTable(EnumSet.of(Language.ENGLISH)).toString().lines().toList()).as("English only")
        .hasSize(3).first().asString().isEqualTo(" ".repeat(6) + "  " + "high-skill ratio" + "  "
            + "workers per contract");
    assertThat(table.toTextTable(EnumSet.of(Language.ENGLISH, Language.CHINESE))).as("both, Chinese first")
        .hasToString(table.toString());
    assertThatThrownBy(() -> table.toTextTable(EnumSet.noneOf(Language.class))).as("no language")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("languages");
  }

  @Test
  void everyLineHasTheSameDisplayWidth() {
    List<String> lines = table.toString().lines().toList();

    assertThat(lines).as("two header lines and two rows").hasSize(4);
    assertThat(lines.stream().map(TextTable::width).distinct().toList()).as("widths")
        .containsExactly(6 + 2 + 16 + 2 + 22);
  }

  @ParameterizedTest(name = "\"{0}\" takes {1} columns")
  @CsvSource({
      "高技能,        6",
      "abc,           3",
      "'',            0",
      "103.1 人/份,   11",
      "27.2%,         5",
      "１２,          4",
      "技能人才（人）, 14",
      "。,            2",
      "𠮷野,          4",
      "アイ,          4",
      "한국,          4"})
  void widthCountsCjkCharactersAsTwoColumns(String text, int width) {
    assertThat(TextTable.width(text)).as("width of %s", text).isEqualTo(width);
  }

  /** Unicode 16's East Asian Width at the ends of its ranges, as ICU4J 77.1 gives it (marks and format characters none). */
  @ParameterizedTest(name = "U+{0} takes {1} columns")
  @CsvSource({
      "10FF, 1", "1100, 2", "115F, 2", "1160, 0",
      "2E7F, 1", "2E80, 2", "303E, 2", "303F, 1", "3040, 1", "A4CF, 1", "A4D0, 1",
      "ABFF, 1", "AC00, 2", "D7A3, 2", "D7A4, 1",
      "F8FF, 1", "F900, 2", "FAFF, 2", "FB00, 1",
      "FE2F, 0", "FE30, 2", "FE4F, 2", "FE50, 2",
      "FEFF, 0", "FF00, 1", "FF60, 2", "FF61, 1",
      "FFDF, 1", "FFE0, 2", "FFE6, 2", "FFE7, 1",
      "1FFFF, 1", "20000, 2", "3FFFD, 2", "3FFFE, 1"})
  void wideRangesEndExactlyWhereEastAsianWidthSays(String hex, int width) {
    String text = new String(Character.toChars(Integer.parseInt(hex, 16)));
    assertThat(TextTable.width(text)).as("width of U+%s", hex).isEqualTo(width);
  }

  @Test
  void mismatchedRowsAndTalliesAreRejected() {
    assertThatThrownBy(() -> IndicatorTable.of(List.of("石家庄", "唐山"), List.of(SHIJIAZHUANG), COLUMNS))
        .as("2 rows, 1 tally")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2")
        .hasMessageContaining("1");
    assertThatThrownBy(() -> IndicatorTable.of(List.of(), List.of(SHIJIAZHUANG), COLUMNS))
        .as("0 rows, 1 tally")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyTableHasOnlyItsHeaders() {
    IndicatorTable empty = IndicatorTable.of(List.of(), List.of(), List.of(Indicators.HIGH_SKILL_RATIO));

    // Label column 0 wide, then two spaces; the header column is 16 wide, so 高技能人才占比 (14) gets 2 more.
    assertThat(empty).as("headers only")
        .hasToString("  " + "  高技能人才占比\n" + "  " + "high-skill ratio\n");
  }
}
