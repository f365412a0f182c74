package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --members} on a register with bad lines: the report is printed all the same, with what
 * was read and rejected before the tables, exit status 3; on a clean register, exit status 0.
 */
class ReportRejectsTest {
  @TempDir
  static Path dir;
  private static Path dataset;
  private static Path clean;
  private static List<String> lines;

  private static Run run(String... args) {
    return Run.of(args);
  }

  @BeforeAll
  static void generate() throws IOException {
    Path out = dir.resolve("province");
    assertThat(run("generate", "--members", "400", "--seed", "3", "--out", out.toString()).status()).isZero();
    dataset = out.resolve("dataset.json");
    clean = out.resolve("members.ndjson");
    lines = Files.readAllLines(clean);
  }

  /** The register with line 1 repeated as line 401 and a member who joined in 2099 as line 402. */
  private static Path withBadLines() throws IOException {
    Path bad = dir.resolve("bad.ndjson");
    String late = lines.get(1).replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"LATE1\"")
        .replaceFirst("\"joined\":\"[0-9-]+\"", "\"joined\":\"2099-01-01\"");
    Files.writeString(bad, String.join("\n", lines) + "\n" + lines.get(0) + "\n" + late + "\n");
    return bad;
  }

  @Test
  void aCleanRegisterPrintsWhatItReadAndExitsZero() {
    Run r = run("report", dataset.toString(), "--members", clean.toString());

    assertThat(r.status()).as("exit status").isZero();
    assertThat(r.out()).as("what was read").containsPattern(
        "members\\.ndjson: 400 lines, [0-9]+ counted, [0-9]+ outside 2020, 0 rejected")
        .contains("Indicators 指标 (rolled up over the tree, 2020)");
  }

  @Test
  void badLinesAreRejectedNamedAndCountedAndTheReportExitsThree() throws IOException {
    Path bad = withBadLines();
    Path rejects = dir.resolve("rejects.ndjson");

    Run r = run("report", dataset.toString(), "--members", bad.toString(), "--rejects", rejects.toString());

    assertThat(r.status()).as("exit status: printed, with rejects").isEqualTo(3);
    assertThat(r.out()).as("the counts and the rejects, before the tables")
        .containsPattern("bad\\.ndjson: 402 lines, [0-9]+ counted, [0-9]+ outside 2020, 2 rejected")
        .contains("bad.ndjson:401: /id: duplicate-id: repeats the member id of line 1, which is counted instead")
        .contains("bad.ndjson:402: /joined: after-as-of: a date of the record is after the register's as-of date "
            + "(2020-12-31)")
        .contains("Indicators 指标");
    List<String> written = Files.readAllLines(rejects);
    assertThat(written).as("every reject, as NDJSON").hasSize(2);
    JsonNode first = new ObjectMapper().readTree(written.get(0));
    assertThat(first.get("line").asLong()).as("line").isEqualTo(401);
    assertThat(first.get("rule").asText()).as("rule").isEqualTo("duplicate-id");
    assertThat(first.get("path").asText()).as("path").isEqualTo("/id");
    assertThat(new ObjectMapper().readTree(written.get(1)).get("rule").asText()).as("second rule")
        .isEqualTo("after-as-of");
  }

  @Test
  void theSameFiguresWithTheBadLinesRejectedAsWithoutThem() throws IOException {
    Run good = run("report", dataset.toString(), "--members", clean.toString());
    Run bad = run("report", dataset.toString(), "--members", withBadLines().toString());

    assertThat(tables(bad.out())).as("the indicators").isEqualTo(tables(good.out()));
  }

  private static String tables(String report) {
    return report.substring(report.indexOf("Indicators 指标"));
  }

  @Test
  void pastMaxRejectsTheReadStopsWithStatusOne() throws IOException {
    Run r = run("report", dataset.toString(), "--members", withBadLines().toString(), "--max-rejects", "1");

    assertThat(r.status()).as("exit status").isEqualTo(1);
    assertThat(r.err()).as("the reject past the limit").contains("bad.ndjson:402", "after-as-of",
        "more than --max-rejects 1");
  }

  @Test
  void jsonCarriesTheSameCountsAndRejects() throws IOException {
    Run r = run("report", dataset.toString(), "--members", withBadLines().toString(), "--json");

    assertThat(r.status()).as("exit status").isEqualTo(3);
    JsonNode read = new ObjectMapper().readTree(r.out()).get("read");
    assertThat(read.get("lines").asLong()).as("lines").isEqualTo(402);
    assertThat(read.get("rejected").asLong()).as("rejected").isEqualTo(2);
    assertThat(read.get("counted").asLong() + read.get("outsidePeriod").asLong() + read.get("rejected").asLong())
        .as("counted + outside + rejected").isEqualTo(402);
    assertThat(read.get("rejects").get(0).get("rule").asText()).as("first rule").isEqualTo("duplicate-id");
  }

  @Test
  void anotherPeriodOrADayCountsThereAndSaysSo() {
    Run y2019 = run("report", dataset.toString(), "--members", clean.toString(), "--period", "2019");
    Run day = run("report", dataset.toString(), "--members", clean.toString(), "--as-of", "2020-06-30");

    assertThat(y2019.status()).as("2019: exit status").isZero();
    assertThat(y2019.out()).as("2019").containsPattern("400 lines, [0-9]+ counted, [0-9]+ outside 2019, 0 rejected")
        .contains("(rolled up over the tree, 2019)");
    assertThat(day.out()).as("a day").contains("outside 2020-06-30/2020-06-30");
    assertThat(run("report", dataset.toString(), "--period", "2019", "--as-of", "2020-06-30").status())
        .as("both").isEqualTo(2);
    assertThat(run("report", dataset.toString(), "--period", "20x9").status()).as("a bad period").isEqualTo(2);
  }
}
