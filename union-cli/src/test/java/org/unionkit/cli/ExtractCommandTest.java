package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unionkit extract} on the seed review's text, on its draft read back by {@code report}, and on bad input. */
class ExtractCommandTest {
  private static final String SEED = Path.of("..", "seeds", "hebei-2020.txt").toString();

  @Test
  void printsTheFiguresAndTheAuditOfTheStatedShares() {
    Run run = Run.of("extract", SEED);
    assertThat(run.status()).as("exit status; stderr %s", run.err()).isZero();
    assertThat(run.out()).contains("period 期间: 2020").contains("Figures 数据 (65)")
        .containsPattern("95 +909万人 +\\[9085000, 9095000\\) +全省技能人才")
        .containsPattern("95 +27.2% +247万人 / 909万人 +\\(27.10%, 27.25%\\) +CONSISTENT")
        .containsPattern("85 +79.2% +no counts +no counts published +NOT_DETERMINABLE");
    assertThat(run.err()).as("no progress for a short text").isEmpty();
  }

  @Test
  void writesADraftThatReportReads(@TempDir Path dir) throws IOException {
    Run run = Run.of("extract", SEED, "--json");
    assertThat(run.status()).as("exit status; stderr %s", run.err()).isZero();
    assertThat(run.out()).contains("\"start\" : ").contains("\"line\" : 95");
    Path draft = Files.writeString(dir.resolve("draft.json"), run.out(), StandardCharsets.UTF_8);
    Run report = Run.of("report", draft.toString());
    assertThat(report.status()).as("report exit status; stderr %s", report.err()).isZero();
    assertThat(report.out()).contains("Figures 数据 (65)").contains("(27.10%, 27.25%)").contains("CONSISTENT");
  }

  @Test
  void badInputIsOneLineAndStatusOne(@TempDir Path dir) throws IOException {
    Path binary = Files.write(dir.resolve("a.bin"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1});
    Run run = Run.of("extract", binary.toString());
    assertThat(run.status()).as("exit status").isEqualTo(1);
    assertThat(run.errLines()).as("one line").containsExactly("unionkit: " + binary + ":1:1: is not text: control "
        + "character U+007F");
    Run missing = Run.of("extract", dir.resolve("none.txt").toString());
    assertThat(missing.errLines()).as("missing").containsExactly("unionkit: " + dir.resolve("none.txt") + ": no such file");
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThat(Run.of("extract", empty.toString(), "--json").errLines()).as("empty, as JSON: no year")
        .containsExactly("unionkit: " + empty + ": names no year such as 2020年; give the period with --period");
    Path undecodable = Files.write(dir.resolve("u.txt"), new byte[] {'a', '\n', (byte) 0xFF, (byte) 0xFF});
    assertThat(Run.of("extract", undecodable.toString()).errLines()).as("neither UTF-8 nor GBK")
        .containsExactly("unionkit: " + undecodable + ":2:1: is neither UTF-8 nor GBK: byte 0xFF at byte 2");
    Path big = dir.resolve("big.txt");
    try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(100L << 20);
    }
    assertThat(Run.of("extract", big.toString()).errLines()).as("100 MB, refused before it is read")
        .containsExactly("unionkit: " + big + ": 104,857,600 bytes is more than the 33,554,432 a text may have");
    Run emptyText = Run.of("extract", empty.toString());
    assertThat(emptyText.status()).as("empty text exit status").isZero();
    assertThat(emptyText.out()).contains("Figures 数据 (0)");
  }

  @Test
  void showsProgressForALongText(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("long.txt"), "签订综合集体合同5.1万份，".repeat(100_000));
    long[] now = {0};
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();
    int status = Main.run(new String[] {"extract", text.toString()}, new java.io.PrintStream(out, true,
        StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8), () -> now[0] += 400_000_000L,
        java.util.Map.of());
    assertThat(status).as("exit status").isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).as("progress").contains(text + ": ").contains("characters read");
  }
}
