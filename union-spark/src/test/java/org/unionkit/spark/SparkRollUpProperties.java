package org.unionkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.io.Collected;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordWriter;
import org.unionkit.io.Reject;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Scope;
import org.unionkit.testkit.UnionGenerators;

/**
 * The roll-up on Spark ({@code local[2]}) gives what {@link Ndjson#rollUp} gives on one machine for the
 * same lines, however Hadoop splits the file (1, 2 or 7 partitions, or one a line) and in whatever order
 * the lines come: the same tallies for every organisation, the same accounting and the same rejects, a
 * reject's byte position being its line's.
 */
class SparkRollUpProperties {
  private static final List<CountOptions> COUNTINGS = List.of(CountOptions.of(ReportingPeriod.ofYear(2020)),
      CountOptions.allTime(), CountOptions.of(ReportingPeriod.ofYear(2019)).withScope(Scope.all().withNonPublic()));
  @RegisterExtension
  static final LocalSpark SPARK = new LocalSpark();

  @TempDir
  Path dir;



  /** A province's members as NDJSON, shuffled, with some lines broken, moved or repeated. */
  record Register(Dataset dataset, byte[] bytes) {}

  static Register register(long seed) {
    Random random = new Random(seed);
    Dataset d = UnionGenerators.seeded(seed).dataset(3, 3, 6);
    List<String> lines = new ArrayList<>(write(d.members()));
    Collections.shuffle(lines, random);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      int roll = random.nextInt(12);
      out.add(switch (roll) {
        case 0 -> line.substring(0, line.length() / 2);
        case 1 -> line.replaceFirst("\"organisation\":\"[^\"]+\"", "\"organisation\":\"ZZ-unknown\"");
        case 2 -> line.replaceFirst("\"birthYear\":\\d+", "\"birthYear\":\"1980\"");
        case 3 -> "";
        default -> line;
      });
      if (roll == 4 || roll == 5) {
        out.add(random.nextBoolean() ? line : out.get(random.nextInt(out.size())));
      }
    }
    String separator = List.of("\n", "\r\n").get(random.nextInt(2));
    return new Register(d, (String.join(separator, out) + separator).getBytes(StandardCharsets.UTF_8));
  }

  static List<String> write(List<Member> members) {
    StringWriter text = new StringWriter();
    try (RecordWriter<Member> writer = Ndjson.writer(text, Member.class)) {
      for (Member m : members) {
        writer.write(m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().lines().toList();
  }

  @Test
  void anyPartitioningGivesTheOneMachineRollUpAndRejects() {
    qt().withExamples(12).forAll(longs().all(), integers().between(0, 3), integers().between(0, COUNTINGS.size() - 1))
        .checkAssert((seed, split, c) -> {
          Register r = register(seed);
          CountOptions counting = COUNTINGS.get(c);
          Path file = write(r.bytes());
          long splitBytes = switch (split) {
            case 0 -> r.bytes().length + 1L;
            case 1 -> r.bytes().length / 2 + 1L;
            case 2 -> r.bytes().length / 7 + 1L;
            default -> shortestLine(r.bytes());
          };
          SPARK.session().sparkContext().hadoopConfiguration()
              .setLong("mapreduce.input.fileinputformat.split.maxsize", splitBytes);
          SparkRollUp.Result onSpark = SparkRollUp.ofNdjson(SPARK.session(), file.toUri().toString(), r.dataset().tree(),
              r.dataset().contracts(), counting);
          List<Reject> rejects = new ArrayList<>();
          Collected<RollUp> local = local(r, counting, rejects);

          assertThat(onSpark.collected().rowsRead()).as("lines read").isEqualTo(local.rowsRead());
          assertThat(onSpark.collected().accepted()).as("accepted").isEqualTo(local.accepted());
          assertThat(onSpark.collected().outsidePeriod()).as("outside").isEqualTo(local.outsidePeriod());
          assertThat(onSpark.collected().rejected()).as("rejected").isEqualTo(local.rejected());
          assertSameRollUp(onSpark.collected().value(), local.value());
          assertThat(asLines(onSpark.rejects().collectAsList(), r.bytes(), file))
              .as("the rejects, by line").isEqualTo(rejects.stream().map(SparkRollUpProperties::text).toList());
        });
  }

  /** A split no longer than the shortest line holds at most one line's start: a partition a line. */
  static long shortestLine(byte[] bytes) {
    long shortest = bytes.length;
    long start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        if (i - start > 1) {
          shortest = Math.min(shortest, i - start);
        }
        start = i + 1;
      }
    }
    return Math.max(1, shortest);
  }

  static Collected<RollUp> local(Register r, CountOptions counting, List<Reject> rejects) {
    try {
      return Ndjson.rollUp(new ByteArrayInputStream(r.bytes()), "m.ndjson", r.dataset().tree(),
          r.dataset().contracts(), ReadOptions.defaults().withCounting(counting).withRejects(rejects::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertSameRollUp(RollUp actual, RollUp expected) {
    for (Organisation o : expected.tree().preOrder()) {
      assertThat(actual.own(o.id())).as("own of %s", o.id()).isEqualTo(expected.own(o.id()));
      assertThat(actual.subtree(o.id())).as("subtree of %s", o.id()).isEqualTo(expected.subtree(o.id()));
    }
    assertThat(actual.members()).as("the members' accounting").isEqualTo(expected.members());
  }

  private Path write(byte[] bytes) {
    try {
      Path file = Files.createTempFile(dir, "members", ".ndjson");
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern AT_BYTE = Pattern.compile("the line at byte (\\d+) of \\S+,");

  /** Spark's rejects as the one-machine reader words them: a line number for each byte position. */
  static List<String> asLines(List<Row> rows, byte[] bytes, Path file) {
    List<Long> starts = new ArrayList<>();
    starts.add(0L);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        starts.add(i + 1L);
      }
    }
    List<String> lines = new ArrayList<>();
    for (Row row : rows) {
      assertThat(row.getString(0)).as("the file").endsWith(file.getFileName().toString());
      long line = Collections.binarySearch(starts, row.getLong(1)) + 1;
      Matcher first = AT_BYTE.matcher(row.getString(4));
      String reason = first.find()
          ? first.replaceFirst("line " + (Collections.binarySearch(starts, Long.parseLong(first.group(1))) + 1) + ",")
          : row.getString(4);
      lines.add(line + ":" + row.getLong(2) + ":" + row.getString(3) + ": " + reason);
    }
    return lines;
  }

  static String text(Reject reject) {
    return reject.line() + ":" + reject.column() + ":" + reject.path() + ": " + reject.reason();
  }
}
