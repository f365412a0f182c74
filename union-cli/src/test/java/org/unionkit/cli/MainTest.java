package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command on the seed review, on broken input and on a wrong command line. */
class MainTest {
  /** The seed, from union-cli's directory (surefire's working directory). */
  private static final Path SEED = Path.of("..", "seeds", "hebei-2020.json");

  private static Run run(String... args) {
    return Run.of(args);
  }

  @Test
  void theSeedReportShowsFiguresBySectionAndTheAudit() {
    Run r = run("report", SEED.toString());
    assertThat(r.status()).as("exit status; stderr: %s", r.err()).isZero();
    assertThat(r.out()).as("report")
        .contains("Section 第1部分", "Section 第4部分", "909万人", "14万余人", "[140000, 150000)")
        .containsPattern("27\\.2%\\s+\\[27\\.15, 27\\.25\\)")
        .containsPattern("高技能人才占技能人才的比例\\s+占比\\s+\\(27\\.10%, 27\\.25%\\)\\s+CONSISTENT")
        .doesNotContain("INCONSISTENT");
    assertThat(r.err()).as("stderr").isEmpty();
  }

  @Test
  void jsonHoldsTheSameFiguresAndAudit() throws IOException {
    Run r = run("report", SEED.toString(), "--json");
    assertThat(r.status()).as("exit status").isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    long figures = 0;
    for (JsonNode section : json.get("figures")) {
      figures += section.size();
    }
    assertThat(figures).as("figures in all sections").isEqualTo(66);
    assertThat(json.at("/audit/0/verdict").asText()).as("the high-skill share").isEqualTo("CONSISTENT");
    assertThat(json.at("/audit/0/computed").asText()).as("its range").isEqualTo("(27.10%, 27.25%)");
  }

  @Test
  void brokenInputFailsWithFileLineAndNoStackTrace(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1.1\",\n\"metadata\": {\"title\": \"t\", \"source\": "
        + "{\"document\": \"d\"}, \"period\": \"2020\"},\n\"figures\": [{\"id\": \"x\", \"quantity\": \"12.5人\"}]}");
    Run r = run("report", broken.toString());
    assertThat(r.status()).as("exit status").isEqualTo(1);
    assertThat(r.err()).as("message").startsWith("unionkit: " + broken + ":3:").contains("/figures/0/quantity")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run("report", dir.resolve("missing.json").toString()).err()).as("missing file").contains("no such file");
  }

  @Test
  void aWrongCommandLinePrintsUsage() {
    Run r = run("reprot", "x.json");
    assertThat(r.status()).as("exit status").isEqualTo(2);
    assertThat(r.err()).as("one line saying what is wrong, then the usage")
        .startsWith("unionkit: ").contains("'reprot'", "did you mean report or compare?")
        .containsPattern("\\Rusage: unionkit report ").contains("unionkit generate [-hV] --members N")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void generateWritesAProvinceThatTheReportRollsUp(@TempDir Path dir) throws IOException {
    Run generated = run("generate", "--members", "3000", "--seed", "11", "--out", dir.toString());
    assertThat(generated.status()).as("generate's exit status; stderr: %s", generated.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("members.ndjson"))).as("one member per line").hasSize(3000);

    Run report = run("report", dir.resolve("dataset.json").toString(), "--members",
        dir.resolve("members.ndjson").toString(), "--json");
    assertThat(report.status()).as("report's exit status; stderr: %s", report.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(report.out());
    assertThat(json.at("/indicators/rows")).as("the province and its 11 cities").hasSize(12);
    JsonNode skill = json.at("/indicators/rows/0/cells/0");
    assertThat(skill.get("indicator").asText()).as("first column").isEqualTo("high-skill-ratio");
    assertThat(skill.get("value").decimalValue()).as("the province's high-skill share, calibrated near 27.2%")
        .isBetween(new BigDecimal("24.0"), new BigDecimal("30.5"));
    assertThat(run("generate", "--members", "0").status()).as("no members").isEqualTo(2);
  }

  @Test
  void aMemberFileWithCitizenIdNumbersReportsThemNowhere(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("province");
    assertThat(run("generate", "--members", "300", "--seed", "5", "--out", out.toString()).status())
        .as("generate").isZero();
    Path members = out.resolve("members.ndjson");
    String text = Files.readString(members);
    Matcher id = Pattern.compile("\"citizenId\":\"([0-9X]{18})\"").matcher(text);
    assertThat(id.find()).as("the generated members carry citizen ID numbers").isTrue();
    String number = id.group(1);
    // The number misplaced where a reader quotes what it refuses: the member's organisation.
    Files.writeString(members, text.replaceFirst("\"organisation\":\"[^\"]+\"", "\"organisation\":\"" + number + "\""));

    Run r = run("report", out.resolve("dataset.json").toString(), "--members", members.toString());

    assertThat(r.status()).as("exit status: printed, with a record rejected").isEqualTo(3);
    assertThat(r.out()).as("the reject names the line").contains("members.ndjson:1:", "/organisation", "***")
        .doesNotContain(number, number.substring(6, 14));
    assertThat(r.err()).as("nor does anything on stderr").doesNotContain(number, number.substring(6, 14));
  }
}
