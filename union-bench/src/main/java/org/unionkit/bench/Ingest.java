package org.unionkit.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Tally;

/**
 * Workload W1, ingest: stream the NDJSON member file and compute every member-based indicator per
 * organisation and for the province. Each way of doing it returns the province's member measures (in the
 * order of {@link MemberMeasures#MEASURES}; -1 where a peer does not count one), which must agree.
 */
final class Ingest {
  private final Path file;
  private final OrganisationTree tree;

  /** W1 over one of the province's member files: {@link Province#membersFile()} or another writer's form of it. */
  Ingest(Province province, Path file) {
    this.file = file;
    this.tree = province.document().dataset().tree();
  }

  Path file() {
    return file;
  }

  /** unionkit: {@link Ndjson#rollUp} on {@code threads} threads, then the indicators of every organisation. */
  long[] unionkit(int threads) throws IOException {
    RollUp rollUp;
    try (InputStream in = Files.newInputStream(file)) {
      rollUp = Ndjson.rollUp(in, file.toString(), tree, List.of(), ReadOptions.defaults().withThreads(threads)).value();
    }
    long defined = 0;
    for (Organisation o : tree.preOrder()) {
      Tally tally = rollUp.subtree(o.id());
      for (Indicator indicator : MemberMeasures.INDICATORS) {
        Ratio ratio = indicator.compute(tally);
        defined += ratio.isDefined() ? 1 : 0;
      }
    }
    if (defined == 0) {
      throw new IllegalStateException("no indicator was defined: the roll-up counted nothing");
    }
    return MemberMeasures.of(rollUp.subtree(tree.roots().get(0).id()));
  }

  /** Every token of the file, members counted at depth one: the speed limit of a Jackson parser. */
  long[] tokenScan() throws IOException {
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
    if (records == 0) {
      throw new IllegalStateException(file + " holds no record");
    }
    // Tokens say nothing of a spell's end: no count here is comparable with the members counted.
    long[] counts = new long[MemberMeasures.MEASURES.size()];
    Arrays.fill(counts, -1);
    return counts;
  }

  /** Jackson databind into plain records, counted per organisation in a map, as an application might. */
  long[] databind() throws IOException {
    int n = MemberMeasures.MEASURES.size();
    Map<String, long[]> byOrganisation = new HashMap<>();
    try (MappingIterator<Plain.Member> it = Plain.MAPPER.readerFor(Plain.Member.class).readValues(file.toFile())) {
      while (it.hasNext()) {
        Plain.Member m = it.next();
        if (m.left() != null) {
          continue;
        }
        long[] counts = byOrganisation.computeIfAbsent(m.organisation(), o -> new long[n]);
        for (int i = 0; i < n; i++) {
          if (MemberMeasures.counts(MemberMeasures.MEASURES.get(i), m.workRelation(), m.employmentForm(),
              m.skillLevel())) {
            counts[i]++;
          }
        }
      }
    }
    long[] province = new long[n];
    byOrganisation.values().forEach(c -> IntStream.range(0, n).forEach(i -> province[i] += c[i]));
    return province;
  }

  /** DuckDB: {@code read_json} and a GROUP BY organisation with every count and ratio, on {@code threads} threads. */
  long[] duckdb(int threads) throws SQLException {
    int n = MemberMeasures.MEASURES.size();
    String sums = IntStream.range(0, n).mapToObj(i -> "sum(m" + i + ")").collect(Collectors.joining(", "));
    String ratioSums = IntStream.range(0, MemberMeasures.INDICATORS.size()).mapToObj(i -> "sum(r" + i + ")")
        .collect(Collectors.joining(", "));
    // The outer sums check the counts against unionkit's; summing the ratios keeps them from being optimised away.
    String query = "SELECT " + sums + ", " + ratioSums + " FROM (SELECT organisation, " + MemberMeasures.countColumns()
        + ", " + MemberMeasures.ratioColumns() + " FROM (SELECT organisation, workRelation, employmentForm,"
        + " skillLevel FROM read_json('" + file + "', format = 'newline_delimited', columns = {id: 'VARCHAR',"
        + " organisation: 'VARCHAR', sex: 'VARCHAR', birthYear: 'INTEGER', joined: 'DATE', workRelation: 'VARCHAR',"
        + " employmentForm: 'VARCHAR', skillLevel: 'VARCHAR', honours: 'VARCHAR[]', hardship: 'VARCHAR',"
        + " citizenId: 'VARCHAR', entry: 'VARCHAR', transferredFrom: 'VARCHAR', \"left\": 'DATE',"
        + " leaveReason: 'VARCHAR', transferredTo: 'VARCHAR', underageExemption: 'VARCHAR'})"
        + " WHERE \"left\" IS NULL) GROUP BY organisation)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      try (ResultSet r = s.executeQuery(query)) {
        r.next();
        long[] province = new long[n];
        for (int i = 0; i < n; i++) {
          province[i] = r.getLong(i + 1);
        }
        return province;
      }
    }
  }
}
