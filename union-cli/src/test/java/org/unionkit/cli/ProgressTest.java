package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines on stderr, timed by a clock the tests step: their rate and time left, and lines counted as read. */
class ProgressTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  /** A clock that stands where it is set. */
  private static final class Clock implements LongSupplier {
    long now;

    @Override
    public long getAsLong() {
      return now;
    }
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLineASecondWithTheRateAndTheTimeLeft() {
    Clock clock = new Clock();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress progress = Progress.start(new PrintStream(err, true, StandardCharsets.UTF_8), 100, clock,
        (count, done) -> count + " lines, " + done + " of 100 bytes");
    clock.now = SECOND / 2;
    progress.update(10, 10);
    assertThat(text(err)).as("nothing within the first second").isEmpty();
    clock.now = 2 * SECOND;
    progress.update(50, 25);
    assertThat(text(err)).as("after two seconds, a quarter done")
        .isEqualTo("unionkit: 50 lines, 25 of 100 bytes, 25 a second, about 6.0 s left\n");
    clock.now = 2 * SECOND + SECOND / 2;
    progress.update(60, 30);
    assertThat(text(err).lines()).as("at most one line a second").hasSize(1);
    clock.now = 50 * SECOND;
    progress.update(1_200_000, 40);
    assertThat(text(err).lines().toList()).as("the second line").last()
        .isEqualTo("unionkit: 1200000 lines, 40 of 100 bytes, 24,000 a second, about 1 min 15 s left");
    clock.now = 60 * SECOND;
    progress.finish(1_500_000, 100);
    assertThat(text(err).lines().toList()).as("the last line").last()
        .isEqualTo("unionkit: 1500000 lines, 100 of 100 bytes in 1 min 00 s, 25,000 a second");
  }

  @Test
  void withoutAKnownTotalNoTimeLeft() {
    Clock clock = new Clock();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress progress = Progress.start(new PrintStream(err, true, StandardCharsets.UTF_8), 0, clock,
        (count, done) -> count + " read");
    clock.now = 4 * SECOND;
    progress.update(2_000, 2_000);
    assertThat(text(err)).as("rate only").isEqualTo("unionkit: 2000 read, 500 a second\n");
  }

  @Test
  void durationsAndSizesReadAsAShellUserExpects() {
    assertThat(Progress.duration(SECOND * 4 / 10)).as("under ten seconds").isEqualTo("0.4 s");
    assertThat(Progress.duration(14 * SECOND)).as("seconds").isEqualTo("14 s");
    assertThat(Progress.duration(185 * SECOND)).as("minutes").isEqualTo("3 min 05 s");
    assertThat(Progress.duration(7800 * SECOND)).as("hours").isEqualTo("2 h 10 min");
    assertThat(Progress.megabytes(360_200_000, 1_500_000_000)).as("of a size").isEqualTo("360.2 of 1,500.0 MB");
    assertThat(Progress.megabytes(360_200_000, 0)).as("without a size").isEqualTo("360.2 MB");
  }

  /** Lines counted as NDJSON ends them, read whole, in pieces, and a byte at a time. */
  @Test
  void theStreamCountsLinesAndBytesAsRead() throws IOException {
    record Case(String text, long lines) {}
    List<Case> cases = List.of(new Case("", 0), new Case("a", 1), new Case("a\n", 1), new Case("a\nb", 2),
        new Case("a\r\nb\r\n", 2), new Case("a\rb\r", 2), new Case("\n\n\n", 3), new Case("a\r\n\rb\n\r", 4),
        new Case("成员\n", 1));
    for (Case c : cases) {
      byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
      for (int piece : new int[] {1, 2, 3, 8192}) {
        ProgressInputStream in = stream(bytes);
        byte[] buffer = new byte[piece];
        while (in.read(buffer, 0, piece) >= 0) {
          // reads to the end
        }
        assertThat(in.lines()).as("lines of %s in pieces of %s", c.text().replace("\r", "\\r").replace("\n", "\\n"),
            piece).isEqualTo(c.lines());
        assertThat(in.bytes()).as("bytes of %s", c.text()).isEqualTo(bytes.length);
      }
      ProgressInputStream in = stream(bytes);
      while (in.read() >= 0) {
        // reads to the end
      }
      assertThat(in.lines()).as("lines of %s a byte at a time", c.text().replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(c.lines());
    }
  }

  private static ProgressInputStream stream(byte[] bytes) {
    return new ProgressInputStream(new ByteArrayInputStream(bytes),
        Progress.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), bytes.length,
            () -> 0, (count, done) -> ""));
  }

  @Test
  void theStreamReportsEachReadToItsProgress() throws IOException {
    Clock clock = new Clock();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    byte[] bytes = "one\ntwo\nthree\nfour\n".getBytes(StandardCharsets.UTF_8);
    Progress progress = Progress.start(new PrintStream(err, true, StandardCharsets.UTF_8), bytes.length, clock,
        (lines, read) -> lines + " lines, " + read + " bytes");
    try (InputStream in = new ProgressInputStream(new ByteArrayInputStream(bytes), progress)) {
      clock.now = SECOND;
      assertThat(in.read(new byte[8])).as("first read").isEqualTo(8);
      clock.now = 3 * SECOND;
      assertThat(in.read(new byte[14])).as("second read").isEqualTo(11);
    }
    assertThat(text(err).lines()).as("one line a read").containsExactly(
        "unionkit: 2 lines, 8 bytes, 2 a second, about 1.4 s left",
        "unionkit: 4 lines, 19 bytes, 1 a second, about 0.0 s left");
  }

  /** A clock that moves a second each time it is read: every progress update shows. */
  private static LongSupplier steppingClock() {
    AtomicLong now = new AtomicLong();
    return () -> now.addAndGet(SECOND);
  }

  @Test
  void generateAndReportShowTheirProgressOnStderrOnly(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int generated = Main.run(new String[] {"generate", "--members", "3000", "--seed", "3", "--out", dir.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        steppingClock(), Map.of());
    assertThat(generated).as("generate's exit status; stderr: %s", text(err)).isZero();
    assertThat(text(err).lines()).as("generate's progress, then where it wrote").startsWith(
        "unionkit: 1,000 of 3,000 members written, 1,000 a second, about 2.0 s left",
        "unionkit: 2,000 of 3,000 members written, 1,000 a second, about 1.0 s left");
    assertThat(text(out)).as("generate's stdout").isEmpty();

    out.reset();
    err.reset();
    Path members = dir.resolve("members.ndjson");
    int reported = Main.run(new String[] {"report", dir.resolve("dataset.json").toString(), "--members",
        members.toString(), "--json"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), steppingClock(), Map.of());
    assertThat(reported).as("report's exit status; stderr: %s", text(err)).isZero();
    List<String> lines = text(err).lines().toList();
    assertThat(lines).as("report's progress: lines read, bytes of the file's size, rate, time left")
        .anyMatch(l -> l.matches("unionkit: " + java.util.regex.Pattern.quote(members.toString())
            + ": [0-9,]+ lines read \\([0-9.]+ of [0-9.]+ MB\\), [0-9,]+ a second, about [0-9.]+ s left"));
    assertThat(lines).as("the last line counts every member")
        .last().asString().startsWith("unionkit: " + members + ": 3,000 lines read (");
    JsonNode json = new ObjectMapper().readTree(text(out));
    assertThat(json.at("/indicators/rows")).as("stdout is the report alone: the province and its 11 cities").hasSize(12);
    assertThat(Files.size(members)).as("the file read").isPositive();
  }
}
