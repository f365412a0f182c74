package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --xlsx}: the report's tables in a workbook, one sheet each, beside the same text report; a
 * workbook that cannot be written is a failure naming it. (The cells themselves are union-xlsx's tests.)
 */
class ReportWorkbookTest {
  private static final Pattern SHEET = Pattern.compile("<sheet name=\"([^\"]+)\"");
  private static final Pattern CHARACTER = Pattern.compile("&#x([0-9a-fA-F]+);");

  @TempDir
  static Path dir;
  private static Path dataset;
  private static Path members;

  @BeforeAll
  static void generate() {
    Path out = dir.resolve("province");
    assertThat(Run.of("generate", "--members", "300", "--seed", "5", "--out", out.toString()).status()).isZero();
    dataset = out.resolve("dataset.json");
    members = out.resolve("members.ndjson");
  }

  /** The tabs of a workbook, from its {@code xl/workbook.xml}. */
  private static List<String> sheets(Path workbook) throws IOException {
    try (ZipFile zip = new ZipFile(workbook.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
      Matcher m = SHEET.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return m.results().map(r -> unescape(r.group(1))).toList();
    }
  }

  /** XML text with its character references, such as {@code &#x6570;}, replaced by the characters. */
  private static String unescape(String xml) {
    return CHARACTER.matcher(xml).replaceAll(r -> Character.toString(Integer.parseInt(r.group(1), 16)));
  }

  @Test
  void withMembersTheWorkbookHasTheFiguresAuditIndicatorsAndFlows() throws IOException {
    Path out = dir.resolve("report.xlsx");
    Run r = Run.of("report", dataset.toString(), "--members", members.toString(), "--xlsx", out.toString());
    assertThat(r.status()).as("exit status, %s", r.err()).isZero();
    assertThat(sheets(out)).as("the sheets").containsExactly("Figures 数据", "Audit 核验", "Indicators 指标",
        "Flows 流量");
    assertThat(r.out()).as("the text report, as without --xlsx")
        .isEqualTo(Run.of("report", dataset.toString(), "--members", members.toString()).out());
  }

  @Test
  void withoutMembersTheWorkbookHasTheFiguresAndAudit() throws IOException {
    Path out = dir.resolve("figures.xlsx");
    assertThat(Run.of("report", "../seeds/hebei-2020.json", "--xlsx", out.toString()).status()).as("exit status")
        .isZero();
    assertThat(sheets(out)).as("the sheets").containsExactly("Figures 数据", "Audit 核验");
  }

  @Test
  void aWorkbookThatCannotBeWrittenFailsNamingItAndPrintsNothing() throws IOException {
    Path out = dir.resolve("no such directory").resolve("report.xlsx");
    Run r = Run.of("report", "../seeds/hebei-2020.json", "--xlsx", out.toString());
    assertThat(r.status()).as("exit status").isEqualTo(1);
    assertThat(r.errLines()).as("one line naming the file").singleElement(STRING).startsWith("unionkit: ").contains(out.toString());
    assertThat(r.out()).as("stdout").isEmpty();
    assertThat(Files.exists(out.getParent())).as("nothing made").isFalse();
  }
}
