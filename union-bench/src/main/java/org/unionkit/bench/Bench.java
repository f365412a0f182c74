package org.unionkit.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.unionkit.model.Member;

/**
 * The side-by-side harness: runs each workload and its peers in one process, on one generated province
 * per size, and prints a table of throughput with the ratio of unionkit to each peer. Every way of doing a
 * workload reports what it counted, and the run fails unless they all agree, so that all do the same work.
 * Each runs {@code --rounds} times to warm up (and for two seconds at least), then {@code --rounds} times
 * measured; the best round counts.
 *
 * <pre>
 * Bench [--members N[,N...]] [--rounds R] [--threads T] [--dir DIR] [--workloads W1,W2,W3,W4,W5] [--lines compact,other]
 * </pre>
 *
 * <p>Defaults: 1,000,000 members, 3 rounds, every core, {@code target/bench-data}, W1 to W3 (W4, on Spark,
 * and W5, registers from workbooks, when asked for), W1 on
 * both forms of the member file (the writer's compact lines, and other writers' lines:
 * {@link Province#otherWritersFile}). W2 holds
 * the members in memory and runs up to 2,000,000 members; W3 holds a whole document and runs up to
 * 1,000,000.
 */
public final class Bench {
  static final long MOST_IN_MEMORY = 2_000_000;
  static final long MOST_IN_A_DOCUMENT = 1_000_000;
  private static final long WARM_UP_NANOS = 2_000_000_000L;

  private Bench() {}

  /** A way of doing a workload: what it counted, for the cross-check. */
  @FunctionalInterface
  interface Run {
    long[] run() throws Exception;
  }

  /** One workload's way of doing it, with the cores it may use. */
  record Peer(String name, int threads, Run run) {}

  /** One row of a table. */
  record Result(String workload, long members, String name, int threads, double bestSeconds, long[] counted) {
    double membersPerSecond() {
      return members / bestSeconds;
    }
  }

  /** The command line. */
  record Options(List<Long> sizes, int rounds, int threads, Path dir, List<String> workloads, List<String> lines) {
    static Options parse(String... args) {
      List<Long> sizes = List.of(1_000_000L);
      int rounds = 3;
      int threads = Runtime.getRuntime().availableProcessors();
      Path dir = Province.DEFAULT_DIR;
      List<String> workloads = List.of("W1", "W2", "W3");
      List<String> lines = List.of("compact", "other");
      for (int i = 0; i + 1 < args.length; i += 2) {
        String value = args[i + 1];
        switch (args[i]) {
          case "--members" -> sizes = Arrays.stream(value.split(",")).map(Long::parseLong).toList();
          case "--rounds" -> rounds = Integer.parseInt(value);
          case "--threads" -> threads = Integer.parseInt(value);
          case "--dir" -> dir = Path.of(value);
          case "--workloads" -> workloads = List.of(value.split(","));
          case "--lines" -> lines = List.of(value.split(","));
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + "; usage: Bench [--members N[,N...]] [--rounds R] [--threads T] [--dir DIR] [--workloads W1,W2,W3,W4,W5] [--lines compact,other]");
        }
      }
      if (args.length % 2 != 0) {
        throw new IllegalArgumentException("option " + args[args.length - 1] + " has no value");
      }
      return new Options(sizes, rounds, threads, dir, workloads, lines);
    }
  }

  public static void main(String[] args) throws Exception {
    run(Options.parse(args), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Runs every workload at every size, printing progress and the tables; returns every row. */
  static List<Result> run(Options options, PrintStream out) throws Exception {
    out.printf(Locale.ROOT, "machine: %d cores, %s %s; %d rounds after as many (and 2 s) to warm up, the best counts%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), options.rounds());
    List<Result> results = new ArrayList<>();
    for (long size : options.sizes()) {
      Province province = Province.of(size, options.dir(), out);
      if (options.workloads().contains("W1")) {
        results.addAll(ingest(province, options, out));
      }
      boolean inMemory = size <= MOST_IN_MEMORY && options.workloads().contains("W2");
      boolean document = size <= MOST_IN_A_DOCUMENT && options.workloads().contains("W3");
      if (options.workloads().contains("W4")) {
        results.addAll(spark(province, options, out));
      }
      if (options.workloads().contains("W5")) {
        results.addAll(registers(province, options, out));
      }
      if (inMemory || document) {
        List<Member> members = province.readMembers();
        if (inMemory) {
          results.addAll(rollUp(province, members, options, out));
        }
        if (document) {
          results.addAll(roundTrip(province, members, options, out));
        }
      }
    }
    if (options.sizes().size() > 1 && options.workloads().contains("W1")) {
      scaling(results, out);
    }
    return results;
  }

  /** W1 on each form of the member file asked for: the writer's compact lines, other writers' lines. */
  private static List<Result> ingest(Province province, Options options, PrintStream out) throws Exception {
    List<Result> rows = new ArrayList<>();
    if (options.lines().contains("compact")) {
      rows.addAll(ingest(province, province.membersFile(), "compact lines", options, out));
    }
    if (options.lines().contains("other")) {
      rows.addAll(ingest(province, province.otherWritersFile(out), "other writers' lines", options, out));
    }
    return rows;
  }

  private static List<Result> ingest(Province province, Path file, String form, Options options, PrintStream out)
      throws Exception {
    Ingest w1 = new Ingest(province, file);
    int t = options.threads();
    String title = String.format(Locale.ROOT, "W1 ingest: %,d members, %,d MB of NDJSON, %s", province.members(),
        Files.size(w1.file()) >> 20, form);
    List<Result> rows = measure("W1 " + form, province.members(), title, List.of(
        new Peer("unionkit Ndjson.rollUp + member indicators of every node", t, () -> w1.unionkit(t)),
        new Peer("unionkit, one decoding thread", 1, () -> w1.unionkit(1)),
        new Peer("DuckDB read_json + GROUP BY organisation", t, () -> w1.duckdb(t)),
        new Peer("Jackson token scan (a parser's speed limit)", 1, w1::tokenScan),
        new Peer("Jackson databind into records + map per organisation", 1, w1::databind)), options, out);
    out.printf(Locale.ROOT, "  per core: unionkit on one thread runs at %.2fx the Jackson token scan%n%n",
        rows.get(1).membersPerSecond() / rows.get(3).membersPerSecond());
    return rows;
  }

  private static List<Result> rollUp(Province province, List<Member> members, Options options, PrintStream out)
      throws Exception {
    int t = options.threads();
    out.printf(Locale.ROOT, "W2: loading %,d members into MemberColumns and into DuckDB (not timed)%n",
        members.size());
    try (Hierarchy w2 = new Hierarchy(province.document().dataset().tree(), members, t)) {
      String title = String.format(Locale.ROOT, "W2 roll-up: %,d members in memory, %,d organisations in 5 levels",
          members.size(), province.document().dataset().organisations().size());
      List<Result> rows = measure("W2", members.size(), title, List.of(
          new Peer("unionkit RollUp.of(MemberColumns) + table of every indicator of every node", t, w2::unionkit),
          new Peer("unionkit RollUp.of over Member objects, one thread + table", t, w2::unionkitObjects),
          new Peer("DuckDB GROUP BY ROLLUP over the same rows", t, w2::duckdb)), options, out);
      out.println();
      return rows;
    }
  }

  private static List<Result> roundTrip(Province province, List<Member> members, Options options, PrintStream out)
      throws Exception {
    RoundTrip w3 = new RoundTrip(province.documentWith(members));
    String title = String.format(Locale.ROOT, "W3 round trip: a document of %,d members, %,d MB", members.size(),
        w3.size() >> 20);
    List<Result> rows = measure("W3", members.size(), title, List.of(
        new Peer("unionkit writeDataset + readDataset (strict, validated)", 1, w3::unionkit),
        new Peer("Jackson databind of plain records (no checks)", 1, w3::databind)), options, out);
    out.println();
    return rows;
  }

  /** W4: unionkit on a local Spark of the same cores, against itself on one machine and Spark SQL's ROLLUP. */
  private static List<Result> spark(Province province, Options options, PrintStream out) throws Exception {
    int t = options.threads();
    out.printf(Locale.ROOT, "W4: starting Spark on %d cores, writing the members as Parquet once (not timed)%n", t);
    try (SparkRollUps w4 = new SparkRollUps(province, t)) {
      String title = String.format(Locale.ROOT, "W4 roll-up on Spark: %,d members, %,d organisations",
          province.members(), province.document().dataset().organisations().size());
      List<Result> rows = measure("W4", province.members(), title, List.of(
          new Peer("unionkit SparkRollUp.ofNdjson + table of every indicator of every node", t, w4::unionkitNdjson),
          new Peer("unionkit Ndjson.rollUp on one machine + the same table", t, () -> w4.unionkitLocal(t)),
          new Peer("unionkit SparkRollUp.ofTable over Parquet + the same table", t, w4::unionkitTable),
          new Peer("Spark SQL GROUP BY ROLLUP over the same Parquet (no checks)", t, w4::sparkSql)), options, out);
      out.printf(Locale.ROOT, "  Spark's cost: SparkRollUp.ofNdjson takes %.2fx the time of Ndjson.rollUp; over Parquet,"
          + " unionkit runs at %.2fx Spark SQL%n%n", rows.get(1).membersPerSecond() / rows.get(0).membersPerSecond(),
          rows.get(2).membersPerSecond() / rows.get(3).membersPerSecond());
      return rows;
    }
  }

  /**
   * W5: the register read and rolled up from a workbook and from CSV, and the workbook's rows read by two
   * streaming readers alone; one thread each, as these readers have.
   */
  private static List<Result> registers(Province province, Options options, PrintStream out) throws Exception {
    Registers w5 = Registers.of(province, out);
    String title = String.format(Locale.ROOT, "W5 registers from workbooks: %,d members, %,d MB of XLSX, %,d MB of CSV",
        province.members(), Files.size(w5.xlsx()) >> 20, Files.size(w5.csv()) >> 20);
    List<Result> reads = measure("W5 read", province.members(), title + "; every member read", List.of(
        new Peer("unionkit Xlsx.members", 1, w5::xlsxMembers),
        new Peer("unionkit Csv.members", 1, w5::csvMembers),
        new Peer("fastexcel-reader 0.19.0 rows alone, no record (union-xlsx's reader)", 1, w5::fastexcelRows),
        new Peer("excel-streaming-reader 5.1.1 over POI, rows alone, no record", 1, w5::streamingReaderRows)),
        options, out);
    List<Result> rollUps = measure("W5 roll-up", province.members(), title + "; rolled up", List.of(
        new Peer("unionkit Xlsx.rollUp", 1, w5::xlsxRollUp),
        new Peer("unionkit Csv.rollUp", 1, w5::csvRollUp)), options, out);
    out.printf(Locale.ROOT, "  XLSX/CSV: reading the members takes %.2fx the time, rolling them up %.2fx%n%n",
        reads.get(0).bestSeconds() / reads.get(1).bestSeconds(),
        rollUps.get(0).bestSeconds() / rollUps.get(1).bestSeconds());
    List<Result> rows = new ArrayList<>(reads);
    rows.addAll(rollUps);
    return rows;
  }

  /** Runs the peers, checks that they counted the same, and prints the table: unionkit is the first peer. */
  private static List<Result> measure(String workload, long members, String title, List<Peer> peers, Options options,
      PrintStream out) throws Exception {
    out.println(title);
    List<Result> rows = new ArrayList<>();
    for (Peer peer : peers) {
      long[] counted = peer.run().run();
      // Warm up for as many rounds as are measured, and at least two seconds: a workload of milliseconds
      // needs hundreds of runs before the compiler is done with it.
      long warmUpStart = System.nanoTime();
      for (int warmUp = 1; warmUp < options.rounds() || System.nanoTime() - warmUpStart < WARM_UP_NANOS; warmUp++) {
        peer.run().run();
      }
      double best = Double.MAX_VALUE;
      for (int round = 1; round <= options.rounds(); round++) {
        long start = System.nanoTime();
        counted = peer.run().run();
        double seconds = (System.nanoTime() - start) / 1e9;
        best = Math.min(best, seconds);
        out.printf(Locale.ROOT, "  %-84s round %d: %.3f s%n", peer.name() + ", " + threads(peer.threads()), round,
            seconds);
      }
      rows.add(new Result(workload, members, peer.name(), peer.threads(), best, counted));
    }
    for (Result row : rows) {
      if (!agrees(rows.get(0).counted(), row.counted())) {
        throw new IllegalStateException(workload + ": " + row.name() + " counted " + Arrays.toString(row.counted())
            + ", unionkit " + Arrays.toString(rows.get(0).counted()));
      }
    }
    out.printf(Locale.ROOT, "  %-70s %8s %7s %14s %12s%n", "", "threads", "best s", "members/s", "unionkit is");
    for (Result row : rows) {
      out.printf(Locale.ROOT, "  %-70s %8d %7.3f %,14.0f %11.2fx%n", row.name(), row.threads(), row.bestSeconds(),
          row.membersPerSecond(), rows.get(0).membersPerSecond() / row.membersPerSecond());
    }
    return rows;
  }

  /** Whether two ways counted the same; a count of -1 is one a peer does not make. */
  private static boolean agrees(long[] unionkit, long[] peer) {
    if (unionkit.length != peer.length) {
      return false;
    }
    for (int i = 0; i < peer.length; i++) {
      if (peer[i] != -1 && peer[i] != unionkit[i]) {
        return false;
      }
    }
    return true;
  }

  private static String threads(int n) {
    return n == 1 ? "1 thread" : n + " threads";
  }

  /** W1's throughput at each size, unionkit against DuckDB. */
  private static void scaling(List<Result> results, PrintStream out) {
    out.println("W1 by size");
    out.printf(Locale.ROOT, "  %12s %-24s %18s %18s %12s%n", "members", "lines", "unionkit members/s",
        "DuckDB members/s", "unionkit is");
    List<Result> w1 = results.stream().filter(r -> r.workload().startsWith("W1")).toList();
    for (int i = 0; i + 4 < w1.size(); i += 5) {
      Result unionkit = w1.get(i);
      Result duckdb = w1.get(i + 2);
      out.printf(Locale.ROOT, "  %,12d %-24s %,18.0f %,18.0f %11.2fx%n", unionkit.members(),
          unionkit.workload().substring("W1 ".length()), unionkit.membersPerSecond(), duckdb.membersPerSecond(),
          unionkit.membersPerSecond() / duckdb.membersPerSecond());
    }
  }
}
