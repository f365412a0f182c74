package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.Metadata;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.UnionJson;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RollUp;
import org.unionkit.testkit.UnionGenerators;

/** {@code unionkit report --html}: the page of the seed and of a generated province, read as text. */
class HtmlReportTest {
  /** The seed, from union-cli's directory (surefire's working directory). */
  static final Path SEED = Path.of("..", "seeds", "hebei-2020.json");

  @TempDir
  static Path province;

  @BeforeAll
  static void generate() {
    generate(province);
  }

  /** Generates a province of 3,000 members (11 cities; members who joined from 1973 on) into {@code dir}. */
  static void generate(Path dir) {
    Run generated = Run.of("generate", "--members", "3000", "--seed", "11", "--out", dir.toString());
    assertThat(generated.status()).as("generate; stderr: %s", generated.err()).isZero();
  }

  /** The report of the province generated into {@code dir}, with its member file, the page written to {@code page}. */
  static Run reportProvince(Path dir, Path page) {
    return Run.of("report", dir.resolve("dataset.json").toString(), "--members",
        dir.resolve("members.ndjson").toString(), "--html", page.toString());
  }

  private static Path provinceDataset() {
    return province.resolve("dataset.json");
  }

  @Test
  void theSeedsPageHoldsTheAuditAndLoadsNothing(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("seed.html");
    Run r = Run.of("report", SEED.toString(), "--html", page.toString());

    assertThat(r.status()).as("exit status; stderr: %s", r.err()).isZero();
    assertThat(r.out()).as("the text report, as without --html").isEqualTo(Run.of("report", SEED.toString()).out());
    String html = Files.readString(page);
    assertThat(html).as("the page's head")
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">")
        .contains("font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", "
            + "sans-serif;", "content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    assertThat(html).as("the title, source, period and a figure with its interval")
        .contains("<h1>河北省总工会2020年工作回顾 (Hebei Federation of Trade Unions, review of 2020)</h1>",
            "period 期间: 2020", "region 地区: 130000 河北省", "[8185000, 8195000)", "819万人次");
    assertThat(html).as("the high-skill share's audit: published, computed, verdict and its strip")
        .containsPattern("<td class=\"num\">27\\.2% \\[27\\.15, 27\\.25\\)</td><td class=\"num\">\\(27\\.10%, 27\\.25%\\)"
            + "</td><td class=\"verdict-CONSISTENT\">CONSISTENT</td><td><svg class=\"strip consistent\" role=\"img\"");
    assertThat(count(html, "<svg class=\"strip ")).as("a strip for each relation with a published value to hold "
        + "its range against: only the high-skill share (the other share publishes no counts)").isEqualTo(1);
    assertNothingLoadedAndEverythingLabelled(html);
    assertThat(html).as("no members: no indicators, no charts").doesNotContain("id=\"indicators\"", "class=\"bars\"",
        "class=\"lines\"");
  }

  @Test
  void aProvincesPageChartsTheCitiesAndTheYearsAsTheReportAndTheRegisterCountThem(@TempDir Path dir)
      throws IOException {
    Path page = dir.resolve("province.html");
    Run r = reportProvince(province, page);
    assertThat(r.status()).as("exit status; stderr: %s", r.err()).isZero();
    String html = Files.readString(page);
    assertNothingLoadedAndEverythingLabelled(html);

    String bars = between(html, "<svg class=\"bars\"", "</svg>");
    assertThat(count(bars, "<rect class=\"bar\"")).as("one bar a city").isEqualTo(11);
    JsonNode json = new ObjectMapper().readTree(Run.of("report", provinceDataset().toString(), "--members",
        province.resolve("members.ndjson").toString(), "--json").out());
    Map<String, String> barTable = rows(between(html, "<figure id=\"bars\">", "</figure>"));
    Map<String, String> expected = new LinkedHashMap<>();
    for (JsonNode row : json.at("/indicators/rows")) {
      JsonNode cell = row.at("/cells/0");
      expected.put(row.get("label").asText(), cell.get("value").decimalValue().toPlainString() + "%|"
          + cell.get("numerator").asLong() + "|" + cell.get("denominator").asLong());
    }
    expected.remove("河北省总工会");
    assertThat(barTable).as("the bars' table: each city's high-skill ratio, numerator and denominator, as --json "
        + "gives them").isEqualTo(expected);

    DatasetDocument doc = UnionJson.readDataset(provinceDataset());
    Map<String, String> years = rows(between(html, "<figure id=\"years\">", "</figure>"));
    Map<String, String> counted = new LinkedHashMap<>();
    for (int year = 2016; year <= 2020; year++) {
      RollUp rollUp = Ndjson.rollUp(doc, province.resolve("members.ndjson"), ReadOptions.defaults()
          .withCounting(doc.countOptions().withPeriod(ReportingPeriod.ofYear(year)))).value();
      Organisation root = doc.dataset().tree().roots().get(0);
      counted.put(String.valueOf(year), rollUp.subtree(root.id()).get(Measure.MEMBERS) + "|"
          + rollUp.subtree(root.id()).get(Measure.NEW_MEMBERS));
    }
    assertThat(years).as("members at each year's end and new members in it, 2016-2020: one pass for all five "
        + "years, as a roll-up of the register for each year counts them").isEqualTo(counted);
    assertThat(between(html, "<svg class=\"lines\"", "</svg>")).as("one point a year on each line")
        .containsSubsequence("class=\"point stock\" data-year=\"2016\"", "data-year=\"2020\"",
            "class=\"point flow\" data-year=\"2016\"", "data-year=\"2020\"");
  }

  @Test
  void namesFromTheInputAreEscaped(@TempDir Path dir) throws IOException {
    Path dataset = dir.resolve("dataset.json");
    String name = "<b>O2</b> & 'O2' \\\"x\\\"";
    Files.writeString(dataset, Files.readString(provinceDataset()).replace("市级总工会 O2", name));
    Path page = dir.resolve("page.html");
    Run r = Run.of("report", dataset.toString(), "--members", province.resolve("members.ndjson").toString(), "--html",
        page.toString());

    assertThat(r.status()).as("exit status; stderr: %s", r.err()).isZero();
    assertThat(Files.readString(page)).as("the name as text wherever it is shown")
        .contains("<th scope=\"row\">&lt;b&gt;O2&lt;/b&gt; &amp; &#39;O2&#39; &quot;x&quot;</th>",
            "<title>&lt;b&gt;O2&lt;/b&gt; &amp; &#39;O2&#39; &quot;x&quot;: ")
        .doesNotContain("<b>O2");
  }

  @Test
  void aRegisterOfOneYearHasNoLineChartAndOneOfSeveralInTheDocumentHasOne(@TempDir Path dir) throws IOException {
    UnionGenerators generators = UnionGenerators.seeded(3);
    List<Organisation> organisations = generators.province(3, 1, 2);
    List<Member> spread = new ArrayList<>();
    List<Member> joinedIn2020 = new ArrayList<>();
    for (Organisation union : organisations.stream().filter(o -> o.kind().isGrassroots()).toList()) {
      for (int i = 0; i < 50; i++) {
        Member member = generators.member(union.id());
        spread.add(member);
        if (member.left().isEmpty() && member.birthYear().map(y -> y.getValue() <= 2000).orElse(true)) {
          joinedIn2020.add(member.withJoined(LocalDate.of(2020, 5, 1)));
        }
      }
    }
    for (List<Member> members : List.of(spread, joinedIn2020)) {
      Path document = dir.resolve("document.json");
      UnionJson.writeDataset(DatasetDocument.of(new Metadata("有会员的文件 a document with its members",
          Source.of("HtmlReportTest"), ReportingPeriod.ofYear(2020), Optional.empty()),
          Dataset.builder().addAllOrganisations(organisations).addAllMembers(members).build()), document);
      Path page = dir.resolve("page.html");
      Run r = Run.of("report", document.toString(), "--html", page.toString());
      assertThat(r.status()).as("exit status; stderr: %s", r.err()).isZero();
      String html = Files.readString(page);
      assertThat(count(html, "<rect class=\"bar\"")).as("a bar a city").isEqualTo(3);
      if (members == spread) {
        assertThat(count(html, "class=\"point stock\"")).as("members who joined from 1973 on: five years")
            .isEqualTo(5);
      } else {
        assertThat(html).as("every member joined in 2020: one year, no line chart").doesNotContain("class=\"lines\"");
      }
    }
  }

  @Test
  void aTargetThatCannotBeWrittenIsOneLineBeforeAnythingIsRead(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Map<Path, String> targets = new LinkedHashMap<>();
    targets.put(dir, dir + ": is a directory, not a file: --html names the page to write");
    targets.put(dir.resolve("missing").resolve("page.html"), dir.resolve("missing").resolve("page.html")
        + ": cannot be written: no directory " + dir.resolve("missing"));
    targets.put(file.resolve("page.html"), file.resolve("page.html") + ": cannot be written: no directory " + file);
    for (Map.Entry<Path, String> target : targets.entrySet()) {
      Run r = Run.of("report", SEED.toString(), "--html", target.getKey().toString());
      assertThat(r.status()).as("%s: exit status", target.getKey()).isEqualTo(1);
      assertThat(r.errLines()).as("%s: one line", target.getKey()).containsExactly("unionkit: " + target.getValue());
      assertThat(r.out()).as("%s: nothing printed", target.getKey()).isEmpty();
    }
    assertThat(dir).as("no part file left").isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".part"));
  }

  /** No script, no resource to load (links only within the page); every chart an image with a title and a table. */
  static void assertNothingLoadedAndEverythingLabelled(String html) {
    assertThat(html).as("nothing to run or load").doesNotContain("<script", "src=", "url(", "@import", "<link")
        .doesNotContainPattern("href=\"[^#]");
    assertThat(count(html, "<svg ")).as("every chart an image").isEqualTo(count(html, "<svg class=\"[^\"]*\" role=\"img\" "
        + "aria-labelledby=\"[^\"]+\""));
    assertThat(count(html, "<th[ >]")).as("every header cell with its scope").isEqualTo(count(html, "<th scope=\"(row|col)\""));
    Matcher figure = Pattern.compile("<figure[ >].*?</figure>", Pattern.DOTALL).matcher(html);
    while (figure.find()) {
      assertThat(figure.group()).as("a figure: its caption, then charts and a table of their numbers")
          .containsPattern("^<figure[^>]*>\n<figcaption>").contains("<svg ", "<title", "<table>", "<th scope=\"col\"");
    }
  }

  static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }

  static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    assertThat(start).as("the page holds %s", from).isNotNegative();
    return text.substring(start, text.indexOf(to, start + from.length()) + to.length());
  }

  /** A table's body rows: the row header, then the cells joined by {@code |}, commas left in. */
  private static Map<String, String> rows(String table) {
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher row = Pattern.compile("<tr><th scope=\"row\">([^<]*)</th>(.*?)</tr>").matcher(table);
    while (row.find()) {
      rows.put(row.group(1), String.join("|", Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(2)).results()
          .map(m -> m.group(1).replace(",", "")).toList()));
    }
    return rows;
  }
}
