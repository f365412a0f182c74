package org.unionkit.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unionkit.io.Ndjson;
import org.unionkit.io.Rejects;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Scope;
import org.unionkit.stats.Tally;
import org.unionkit.testkit.UnionGenerators;

/**
 * Workload W1 (ingest) side by side, in one process on one generated file: unionkit streams an NDJSON
 * member file and rolls every member measure up a Hebei-shaped tree; its peers read the same file as a
 * raw Jackson token scan (the parser's speed limit), as Jackson databind into maps, and as DuckDB's
 * {@code read_json} with a GROUP BY. Each workload runs {@code rounds} times after one warm-up; the best
 * time counts. Every peer also reports the members and high-skill members it counted, and the run fails
 * unless they agree, so that all do the same work.
 *
 * <p>Usage: {@code Bench MEMBERS [ROUNDS]}; prints a table of throughput and the ratio to unionkit.
 */
public final class Bench {
  private static final String HIGH_SKILL = "('SENIOR_WORKER','TECHNICIAN','SENIOR_TECHNICIAN','PRINCIPAL_TECHNICIAN',"
      + "'CHIEF_TECHNICIAN')";

  /** One workload's outcome: what it counted, for the cross-check. */
  record Counts(long members, long highSkill) {}

  /** A workload over the member file. */
  @FunctionalInterface
  interface Workload {
    Counts run(Path members) throws Exception;
  }

  /** One row of the results table. */
  record Result(String name, double bestSeconds, Counts counts) {}

  private final OrganisationTree tree;

  private Bench(OrganisationTree tree) {
    this.tree = tree;
  }

  public static void main(String[] args) throws Exception {
    long members = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    run(members, rounds, System.out);
  }

  /** Generates the file, runs every workload and prints the table; returns the results, unionkit first. */
  static List<Result> run(long members, int rounds, PrintStream out) throws Exception {
    Path dir = Files.createTempDirectory("unionkit-bench");
    Path file = dir.resolve("members.ndjson");
    UnionGenerators generators = UnionGenerators.seeded(2020);
    List<Organisation> organisations = generators.province(11, 10, (int) Math.max(1, members / 60 / 110));
    List<Organisation> unions = organisations.stream().filter(o -> o.kind().isGrassroots()).toList();
    out.printf(Locale.ROOT, "generating %,d members over %,d organisations in %s%n", members, organisations.size(), file);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
         Ndjson.RecordWriter<Member> writer = Ndjson.writer(w, Member.class)) {
      for (long i = 0; i < members; i++) {
        writer.write(generators.member(unions.get((int) (i % unions.size())).id()));
      }
    }
    out.printf(Locale.ROOT, "file: %,d bytes; %d cores; %s%n", Files.size(file),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    Bench bench = new Bench(OrganisationTree.of(organisations));
    List<Result> results = new ArrayList<>();
    results.add(measure("unionkit: NDJSON stream + roll-up of every member measure", bench::unionkit, file, rounds, out));
    results.add(measure("Jackson token scan (parser speed limit)", Bench::tokenScan, file, rounds, out));
    results.add(measure("Jackson databind into maps", Bench::databind, file, rounds, out));
    results.add(measure("DuckDB read_json + GROUP BY organisation", Bench::duckdb, file, rounds, out));
    for (Result r : results) {
      if (r.counts().members() != members
          || (r.counts().highSkill() >= 0 && r.counts().highSkill() != results.get(0).counts().highSkill())) {
        throw new IllegalStateException(r.name() + " counted " + r.counts() + ", unionkit " + results.get(0).counts());
      }
    }
    out.printf(Locale.ROOT, "%n%-60s %10s %14s %12s%n", "workload W1 (ingest)", "best s", "members/s", "vs unionkit");
    for (Result r : results) {
      out.printf(Locale.ROOT, "%-60s %10.3f %,14.0f %11.2fx%n", r.name(), r.bestSeconds(), members / r.bestSeconds(),
          results.get(0).bestSeconds() / r.bestSeconds());
    }
    Files.delete(file);
    Files.delete(dir);
    return results;
  }

  private static Result measure(String name, Workload workload, Path file, int rounds, PrintStream out)
      throws Exception {
    Counts counts = workload.run(file);
    double best = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      counts = workload.run(file);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    out.printf(Locale.ROOT, "  %-58s best of %d: %.3f s%n", name, rounds, best);
    return new Result(name, best, counts);
  }

  private Counts unionkit(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      RollUp rollUp = Ndjson.rollUp(in, file.toString(), tree, List.of(), Scope.all(), Rejects.FAIL,
          Runtime.getRuntime().availableProcessors()).value();
      Tally province = rollUp.subtree(tree.roots().get(0).id());
      return new Counts(province.get(Measure.MEMBERS), province.get(Measure.HIGH_SKILL_MEMBERS));
    }
  }

  /** Every token of the file, records counted at depth one; the high-skill count is not computed (-1). */
  private static Counts tokenScan(Path file) throws IOException {
    long records = 0;
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT && depth++ == 0) {
          records++;
        } else if (t == JsonToken.END_OBJECT) {
          depth--;
        }
      }
    }
    return new Counts(records, -1);
  }

  private static Counts databind(Path file) throws IOException {
    long records = 0;
    long high = 0;
    try (MappingIterator<Map<String, Object>> it = new ObjectMapper().readerForMapOf(Object.class).readValues(file.toFile())) {
      while (it.hasNext()) {
        Object level = it.next().get("skillLevel");
        records++;
        if (level != null && HIGH_SKILL.contains("'" + level + "'")) {
          high++;
        }
      }
    }
    return new Counts(records, high);
  }

  private static Counts duckdb(Path file) throws SQLException {
    // The per-organisation GROUP BY is the work; the outer sums check it against unionkit's counts.
    String grouped = "SELECT sum(m), sum(h) FROM (SELECT organisation, count(*) AS m, count(*) FILTER (WHERE skillLevel IN "
        + HIGH_SKILL + ") AS h, count(*) FILTER (WHERE workRelation = 'EMPLOYEE') AS e,"
        + " count(*) FILTER (WHERE skillLevel IS NOT NULL AND skillLevel <> 'APPRENTICE') AS s"
        + " FROM read_json('" + file + "', format = 'newline_delimited', columns = {id: 'VARCHAR',"
        + " organisation: 'VARCHAR', sex: 'VARCHAR', birthYear: 'INTEGER', joined: 'VARCHAR', workRelation: 'VARCHAR',"
        + " employmentForm: 'VARCHAR', skillLevel: 'VARCHAR', honours: 'VARCHAR[]', hardship: 'VARCHAR',"
        + " citizenId: 'VARCHAR'}) GROUP BY organisation)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement s = c.createStatement();
         ResultSet r = s.executeQuery(grouped)) {
      r.next();
      return new Counts(r.getLong(1), r.getLong(2));
    }
  }
}
