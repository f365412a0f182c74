package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionkit.stats.TextTable;

/** The report's text fitted to a terminal ({@code --width}, {@code COLUMNS}) and in one language ({@code --lang}). */
class ReportTextTest {
  private static final Path SEED = Path.of("..", "seeds", "hebei-2020.json");
  /** What .ci/run looks for: the high-skill share's interval and verdict on one line. */
  private static final Pattern AUDITED = Pattern.compile("\\(27\\.10%, 27\\.25%\\) +CONSISTENT");

  private static JsonNode figures() throws IOException {
    return new ObjectMapper().readTree(SEED.toFile()).get("figures");
  }

  private static void assertFits(Run r, int width) {
    assertThat(r.status()).as("exit status; stderr: %s", r.err()).isZero();
    assertThat(r.out().lines()).as("every line within %d columns", width)
        .allSatisfy(l -> assertThat(TextTable.width(l)).isLessThanOrEqualTo(width));
    assertThat(r.out().lines().filter(l -> AUDITED.matcher(l).find()).count())
        .as("the high-skill share audits on one line, as .ci/run greps it").isEqualTo(1);
  }

  @Test
  void widthEightyFitsAndKeepsTheAuditedIntervalOnOneLine() {
    assertFits(Run.of("report", SEED.toString(), "--width", "80"), 80);
  }

  @ParameterizedTest(name = "COLUMNS={0}")
  @ValueSource(ints = {80, 120})
  void columnsFromTheEnvironmentAreTheWidth(int columns) {
    Run r = Run.in(Map.of("COLUMNS", Integer.toString(columns)), "report", SEED.toString());
    assertFits(r, columns);
    assertThat(r.out().lines().mapToInt(TextTable::width).max().orElse(0)).as("the widest line uses the width")
        .isGreaterThan(columns - 10);
  }

  @Test
  void ambiguousCharactersTakeTwoColumnsWhenAsked() {
    Run narrow = Run.of("report", SEED.toString(), "--width", "100");
    Run wide = Run.of("report", SEED.toString(), "--width", "100", "--ambiguous-wide");
    assertFits(wide, 100);
    assertThat(wide.out().lines()).as("within 100 columns as a CJK terminal counts them")
        .allSatisfy(l -> assertThat(TextTable.width(l, true)).isLessThanOrEqualTo(100));
    assertThat(narrow.out().lines().anyMatch(l -> TextTable.width(l, true) > 100))
        .as("without the option, the seed's “ ” and … would overflow such a terminal").isTrue();
  }

  @Test
  void withoutAWidthNothingWraps() {
    Run r = Run.in(Map.of("COLUMNS", "many"), "report", SEED.toString());
    assertThat(r.status()).as("exit status").isZero();
    assertThat(r.out()).as("COLUMNS that is no number is no limit").isEqualTo(Run.of("report", SEED.toString()).out());
    assertThat(r.out().lines().mapToInt(TextTable::width).max().orElse(0)).as("both languages side by side")
        .isGreaterThan(250);
    assertThat(r.out()).as("each audit row whole on one line").containsPattern("高技能人才占技能人才的比例\\s+占比\\s+"
        + "\\(27\\.10%, 27\\.25%\\)\\s+CONSISTENT\\s+high-skill workers as a share of skilled workers\\n");
  }

  @Test
  void theOptionBeatsTheEnvironment() {
    assertFits(Run.in(Map.of("COLUMNS", "300"), "report", SEED.toString(), "--width", "100"), 100);
  }

  /**
   * The report in one language: each of the seed's 66 figures on a line of its own with its measure in that
   * language ({@code shown}, a field of the seed's figures), and no measure in the other ({@code hidden}).
   */
  private static List<String> inOneLanguage(String lang, String shown, String hidden) throws IOException {
    Run r = Run.of("report", SEED.toString(), "--lang", lang);
    assertThat(r.status()).as("exit status; stderr: %s", r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    for (JsonNode f : figures()) {
      assertThat(lines).as("figure %s on one line with its %s", f.get("id").asText(), shown)
          .anyMatch(l -> l.contains(f.get(shown).asText()) && l.endsWith(f.get("id").asText()));
      assertThat(r.out()).as("figure %s without its %s", f.get("id").asText(), hidden)
          .doesNotContain(f.get(hidden).asText());
    }
    return lines;
  }

  @Test
  void chineseShowsTheChineseOfEveryFigureAndNoEnglish() throws IOException {
    List<String> lines = inOneLanguage("zh", "measure", "englishMeasure");
    String out = String.join("\n", lines) + "\n";
    assertThat(lines).as("headings in Chinese").contains("数据 (66)", "第1部分 (13)", "第4部分 (17)", "核验 (7 项关系)")
        .noneMatch(l -> l.startsWith("Figures") || l.startsWith("Section") || l.startsWith("Audit"));
    assertThat(out).as("the audit in Chinese").doesNotContain("in English", "figure ", "high-skill workers")
        .containsPattern("高技能人才占技能人才的比例\\s+占比\\s+\\(27\\.10%, 27\\.25%\\)\\s+CONSISTENT\\n");
  }

  @Test
  void englishShowsTheEnglishOfEveryFigureAndNoChineseHeading() throws IOException {
    List<String> lines = inOneLanguage("en", "englishMeasure", "measure");
    String out = String.join("\n", lines) + "\n";
    assertThat(lines).as("headings in English").contains("Figures (66)", "Section 1 (13)", "Section 4 (17)",
        "Audit (7 relations)").noneMatch(l -> l.contains("数据") || l.contains("部分") || l.contains("核验"));
    assertThat(out).as("the audit in English").doesNotContain("in English", "高技能人才占技能人才的比例")
        .containsPattern("high-skill workers as a share of skilled workers\\s+share\\s+\\(27\\.10%, 27\\.25%\\)\\s+"
            + "CONSISTENT\\n");
  }

  @Test
  void oneLanguageAppliesToTheIndicatorsAndFlowsToo(@TempDir Path dir) throws IOException {
    Run generated = Run.of("generate", "--members", "2000", "--seed", "5", "--out", dir.toString());
    assertThat(generated.status()).as("generate's exit status; stderr: %s", generated.err()).isZero();
    String[] report = {"report", dir.resolve("dataset.json").toString(), "--members",
        dir.resolve("members.ndjson").toString(), "--lang", ""};
    report[5] = "en";
    String english = Run.of(report).out();
    report[5] = "zh";
    String chinese = Run.of(report).out();
    assertThat(english).as("English headers only")
        .contains("Indicators (rolled up over the tree, ", "high-skill ratio", "Flows (within ", "new members")
        .doesNotContain("高技能人才占比", "指标", "流量", "其中百人以上非公企业");
    assertThat(chinese).as("Chinese headers only")
        .contains("指标 (按组织树汇总, ", "高技能人才占比", "流量 (", "其中百人以上非公企业")
        .doesNotContain("high-skill ratio", "Indicators", "Flows", "of them non-public");
  }

  @Test
  void jsonIsTheSameWhateverTheWidthAndLanguages() {
    assertThat(Run.in(Map.of("COLUMNS", "80"), "report", SEED.toString(), "--json", "--lang", "zh", "--width", "60")
        .out()).as("--json with --lang and --width").isEqualTo(Run.of("report", SEED.toString(), "--json").out());
  }

  @ParameterizedTest(name = "{0} {1}")
  @org.junit.jupiter.params.provider.CsvSource({"--lang, fr", "--lang, ZH", "--width, 0", "--width, -3", "--width, abc"})
  void aWrongWidthOrLanguageIsAWrongCommandLine(String option, String value) {
    Run r = Run.of("report", SEED.toString(), option, value);
    assertThat(r.status()).as("exit status").isEqualTo(2);
    assertThat(r.errLines().get(0)).as("the message names the option and the value")
        .startsWith("unionkit: Invalid value for option '" + option + "': '" + value + "'");
    assertThat(r.out()).as("no report").isEmpty();
  }
}
