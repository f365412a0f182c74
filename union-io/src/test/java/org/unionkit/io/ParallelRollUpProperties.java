package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RecordRule;
import org.unionkit.stats.Rejection;
import org.unionkit.stats.RollUp;

/**
 * A member stream rolled up on several threads, cut into chunks of any size, gives what one thread gives
 * reading one member at a time: the same tallies for every organisation, and the same bad lines with the
 * same line, column, path and reason, in line order.
 */
class ParallelRollUpProperties {

  /** A dataset's members as NDJSON with some lines broken and some members moved to an unknown union. */
  private record Stream(Dataset dataset, byte[] bytes) {}

  private static Stream stream(Dataset d, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    try {
      for (String line : NdjsonProperties.write(d.members()).lines().toList()) {
        int roll = random.nextInt(10);
        lines.add(roll == 0 ? MemberLineDecoderProperties.mutate(line, random)
            : roll == 1 ? line.replaceFirst("\"organisation\":\"[^\"]+\"", "\"organisation\":\"ZZ-unknown\"")
            : line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String separator = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
    String text = String.join(separator, lines) + (random.nextBoolean() ? separator : "");
    return new Stream(d, text.getBytes(StandardCharsets.UTF_8));
  }

  /** What one thread makes of the stream: the sequential reader, then each member counted if in the tree. */
  private static Collected<RollUp> oneAtATime(Stream s, List<Reject> rejects) throws IOException {
    RollUp.Accumulator accumulator = RollUp.accumulator(s.dataset().tree(), CountOptions.allTime());
    try (RecordReader<Member> reader = Ndjson.members(new ByteArrayInputStream(s.bytes()), "m.ndjson",
        ReadOptions.defaults().withRejects(rejects::add))) {
      long accepted = 0;
      while (reader.hasNext()) {
        Member m = reader.next();
        Rejection rejection = accumulator.add(m);
        if (rejection == null) {
          accepted++;
        } else {
          // The roll-up finds the line bad only once it is read: its reject comes after any before it.
          rejects.add(new Reject(reader.rowsRead(), 0, "/organisation",
              rejection.rule().code() + ": " + rejection.reason()));
        }
      }
      RollUp rollUp = accumulator.finish(s.dataset().contracts());
      long outside = rollUp.members().outsidePeriod();
      return new Collected<>(rollUp, reader.rowsRead(), accepted - outside, outside, reader.rowsRead() - accepted);
    }
  }

  @Test
  void anyThreadsAndChunksGiveTheOneThreadRollUpAndRejects() {
    qt().withExamples(150).forAll(Generated.datasets(), longs().all(), integers().between(1, 4),
        integers().between(4, 300)).checkAssert((d, seed, threads, chunk) -> {
          try {
            Stream s = stream(d, seed);
            List<Reject> expectedRejects = new ArrayList<>();
            Collected<RollUp> expected = oneAtATime(s, expectedRejects);
            List<Reject> rejects = new ArrayList<>();
            Collected<RollUp> parallel = Ndjson.rollUp(new ByteArrayInputStream(s.bytes()), "m.ndjson", d.tree(),
                d.contracts(), ReadOptions.defaults().withRejects(rejects::add).withThreads(threads), chunk);

            assertThat(rejects).as("bad lines, in order").isEqualTo(expectedRejects);
            assertThat(parallel.rowsRead()).as("lines").isEqualTo(expected.rowsRead());
            assertThat(parallel.accepted()).as("accepted").isEqualTo(expected.accepted());
            assertThat(parallel.outsidePeriod()).as("outside the period").isEqualTo(expected.outsidePeriod());
            assertThat(parallel.accepted() + parallel.outsidePeriod() + parallel.rejected())
                .as("accepted + outside + rejected").isEqualTo(parallel.rowsRead());
            for (Organisation o : d.tree().preOrder()) {
              assertThat(parallel.value().subtree(o.id())).as("subtree of %s", o.id())
                  .isEqualTo(expected.value().subtree(o.id()));
              assertThat(parallel.value().own(o.id())).as("own of %s", o.id()).isEqualTo(expected.value().own(o.id()));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void failStopsAtTheFirstBadLineOfTheInputWhateverTheThreads() {
    qt().withExamples(100).forAll(Generated.datasets(), longs().all(), integers().between(1, 4),
        integers().between(4, 100)).checkAssert((d, seed, threads, chunk) -> {
          Stream s = stream(d, seed);
          List<Reject> rejects = new ArrayList<>();
          try {
            var unused = oneAtATime(s, rejects);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (rejects.isEmpty()) {
            return;
          }
          Reject first = rejects.get(0);
          assertThatThrownBy(() -> Ndjson.rollUp(new ByteArrayInputStream(s.bytes()), "m.ndjson", d.tree(),
              d.contracts(), ReadOptions.defaults().withThreads(threads), chunk)).as("the first bad line")
              .isInstanceOfSatisfying(UnionFormatException.class, e -> {
                assertThat(e.line()).as("line").isEqualTo(first.line());
                assertThat(e.path()).as("path").isEqualTo(first.path());
                assertThat(e.reason()).as("reason").isEqualTo(first.reason());
              });
        });
  }

  /**
   * Under a record limit, any threads and chunks hand on the same bad lines as one thread before failing at
   * the same first line past the limit, or read the whole input alike when it is within the limit.
   */
  @Test
  void theRecordLimitStopsAtTheSameLineWhateverTheThreads() {
    qt().withExamples(100).forAll(Generated.datasets(), longs().all(), integers().between(1, 4),
        integers().between(4, 300)).checkAssert((d, seed, threads, chunk) -> {
          Stream s = stream(d, seed);
          ReadLimits limits = ReadLimits.defaults().withMaxRecords(1 + new Random(~seed).nextInt(40));
          List<Reject> expected = new ArrayList<>();
          Throwable oneThread = catchThrowable(() -> {
            try (RecordReader<Member> reader = Ndjson.members(new ByteArrayInputStream(s.bytes()), "m.ndjson",
                ReadOptions.defaults().withLimits(limits).withRejects(expected::add))) {
              reader.forEachRemaining(m -> { });
            }
          });
          // The roll-up's rejects, without those of its record rules, which the sequential reader does not
          // hold members to (but the repeated id, which both check).
          List<Reject> rejects = new ArrayList<>();
          Throwable parallel = catchThrowable(() -> Ndjson.rollUp(new ByteArrayInputStream(s.bytes()), "m.ndjson",
              d.tree(), d.contracts(), ReadOptions.defaults().withLimits(limits).withThreads(threads)
                  .withRejects(rejects::add), chunk));
          rejects.removeIf(ParallelRollUpProperties::byRecordRule);

          assertThat(rejects).as("bad lines before the limit").isEqualTo(expected);
          if (oneThread == null) {
            assertThat(parallel).as("within the limit").isNull();
          } else {
            UnionFormatException expectedFailure = (UnionFormatException) oneThread.getCause();
            assertThat(parallel).as("past the limit").isInstanceOfSatisfying(UnionFormatException.class,
                e -> assertThat(e.getMessage()).isEqualTo(expectedFailure.getMessage()));
          }
        });
  }

  /**
   * Whether a roll-up's reject is for a record rule that a plain reader does not hold members to: every
   * rule but the repeated id, which both check.
   */
  static boolean byRecordRule(Reject reject) {
    return Arrays.stream(RecordRule.values())
        .anyMatch(rule -> rule != RecordRule.DUPLICATE_ID && reject.reason().startsWith(rule.code() + ":"));
  }
}
