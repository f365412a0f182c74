package org.unionkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark runs end to end on tiny provinces, so that none can rot: the harness with all its
 * workloads and peers (which fails unless they all count the same), and each JMH benchmark once. No
 * timing is asserted.
 */
class BenchSmokeTest {

  @Test
  void theHarnessRunsEveryWorkloadAndPeerAtTwoSizes(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Bench.Result> results = Bench.run(Bench.Options.parse("--members", "700,1400", "--rounds", "1",
        "--threads", "2", "--dir", dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(results).as("W1: 5 ways on 2 forms of the file, W2: 3, W3: 2, at each of 2 sizes").hasSize(30);
    assertThat(results.stream().filter(r -> r.workload().startsWith("W1")))
        .as("members counted in W1: the lines, less the one in twenty whose spell has ended (the token scan counts none)")
        .allSatisfy(r -> assertThat(r.counted()[0]).satisfiesAnyOf(
            counted -> assertThat(counted).isEqualTo(-1),
            counted -> assertThat(counted).isBetween(r.members() * 9L / 10, r.members() - 1L)));
    assertThat(results.stream().filter(r -> r.workload().equals("W3")))
        .as("members read back in W3").allSatisfy(r -> assertThat(r.counted()[1]).isEqualTo(r.members()));
    assertThat(out.toString(StandardCharsets.UTF_8)).as("the tables")
        .contains("W1 ingest: 700 members", "other writers' lines", "W2 roll-up: 1,400 members", "W3 round trip", "unionkit is",
            "per core", "W1 by size");
  }

  @Test
  void theSparkWorkloadRunsEveryPeer(@TempDir Path dir) throws Exception {
    assumeTrue(Runtime.version().feature() < 24,
        "Spark 4.1.1's Hadoop 3.4 client calls Subject.getSubject, which JDK 24 and later refuse");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Bench.Result> results = Bench.run(Bench.Options.parse("--members", "700", "--rounds", "1", "--threads", "2",
        "--dir", dir.toString(), "--workloads", "W4"), new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(results).as("W4: 4 ways, which the harness checks count the same").hasSize(4);
    assertThat(results.get(0).counted()[results.get(0).counted().length - 1]).as("nodes counted").isPositive();
    assertThat(out.toString(StandardCharsets.UTF_8)).as("the table")
        .contains("W4 roll-up on Spark: 700 members", "Spark SQL GROUP BY ROLLUP", "Spark's cost");
  }

  @Test
  void theRegisterWorkloadReadsTheWorkbookAndTheCsvAlike(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Bench.Result> results = Bench.run(Bench.Options.parse("--members", "700", "--rounds", "1", "--dir",
        dir.toString(), "--workloads", "W5"), new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(results).as("W5: 4 ways of reading and 2 roll-ups, which the harness checks count the same").hasSize(6);
    assertThat(results.get(0).counted()[0]).as("members read from the workbook").isEqualTo(700);
    assertThat(results.get(0).counted()[1]).as("members whose spell goes on: all but about one in twenty")
        .isBetween(700L * 9 / 10, 699L);
    assertThat(results.get(4).counted()[0]).as("members counted by the roll-up of the workbook")
        .isEqualTo(results.get(0).counted()[1]);
    assertThat(out.toString(StandardCharsets.UTF_8)).as("the tables")
        .contains("W5 registers from workbooks: 700 members", "excel-streaming-reader", "Csv.rollUp", "XLSX/CSV");
  }

  @Test
  void theRegisterHeapMeasuresEveryRead(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    RegisterHeap.run(print, "budget", "700", "1", dir.toString());
    RegisterHeap.run(print, "plain", "700", "1", dir.toString());

    assertThat(out.toString(StandardCharsets.UTF_8)).as("each read, with its rows")
        .containsPattern("members, Xlsx\\.members +700 in")
        .containsPattern("members, Csv\\.members +700 in")
        .contains("members rolled up, Xlsx.rollUp", "members rolled up, Csv.rollUp", "at the last member, reader open")
        .containsPattern("rows of the member workbook, fastexcel-reader alone +700 in")
        .containsPattern("organisations, Xlsx\\.organisations +700 in");
  }

  @Test
  void everyJmhBenchmarkRunsOnce(@TempDir Path dir) throws Exception {
    System.setProperty("unionkit.bench.dir", dir.toString());
    try {
      var results = new Runner(new OptionsBuilder().include("org\\.unionkit\\.bench\\..*Benchmark")
          .param("members", "500").forks(0).warmupIterations(0).measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(20)).shouldFailOnError(true).build()).run();

      assertThat(results).as("W1: 5, W2: 3, W3: 2 benchmarks").hasSize(10);
      assertThat(results).extracting(RunResult::getPrimaryResult).as("scores")
          .allSatisfy(r -> assertThat(r.getScore()).isPositive());
    } finally {
      System.clearProperty("unionkit.bench.dir");
    }
  }
}
