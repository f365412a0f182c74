package org.unionkit.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.MemberColumns;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.Scope;

/**
 * Workload W2, roll-up: every indicator for every node of a five-level tree, over members held in memory.
 * unionkit holds them as {@link MemberColumns} (built beforehand, as DuckDB's table is loaded beforehand)
 * and, for comparison, as Member objects counted on a parallel stream with {@link RollUp#collector}; both
 * end with {@link RollUp#table} of every catalogue indicator for every node. DuckDB runs a
 * {@code GROUP BY ROLLUP} over the same rows, loaded beforehand into a table with each member's path of
 * five organisation ids. Both return, per member-based indicator, the sums of its numerators and of its
 * denominators over all nodes, and the number of nodes, which must agree.
 */
final class Hierarchy implements AutoCloseable {
  private static final int LEVELS = 5;

  private final OrganisationTree tree;
  private final List<Member> members;
  private final MemberColumns columns;
  private final Connection duckdb;

  Hierarchy(OrganisationTree tree, List<Member> members, int threads) throws SQLException {
    this.tree = tree;
    this.members = members;
    this.columns = MemberColumns.of(tree, members, CountOptions.allTime());
    Map<OrganisationId, String[]> paths = paths(tree);
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duckdb.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("CREATE TABLE m (l1 VARCHAR, l2 VARCHAR, l3 VARCHAR, l4 VARCHAR, l5 VARCHAR, workRelation VARCHAR,"
          + " employmentForm VARCHAR, skillLevel VARCHAR)");
    }
    try (DuckDBAppender rows = duckdb.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
        "m")) {
      for (Member m : members) {
        if (m.left().isPresent()) {
          continue; // over all recorded time, a spell that ended is in no stock
        }
        rows.beginRow();
        for (String id : paths.get(m.organisation())) {
          if (id == null) {
            rows.appendNull();
          } else {
            rows.append(id);
          }
        }
        rows.append(m.workRelation().name()).append(m.employmentForm().name());
        if (m.skillLevel().isPresent()) {
          rows.append(m.skillLevel().get().name());
        } else {
          rows.appendNull();
        }
        rows.endRow();
      }
    }
  }

  /** Each organisation's path of five ids from the root down to it, null below its own level. */
  static Map<OrganisationId, String[]> paths(OrganisationTree tree) {
    Map<OrganisationId, String[]> paths = new HashMap<>();
    for (Organisation o : tree.preOrder()) {
      String[] path = new String[LEVELS];
      List<Organisation> above = tree.ancestors(o.id());
      for (int i = 0; i < above.size(); i++) {
        path[above.size() - 1 - i] = above.get(i).id().toString();
      }
      path[above.size()] = o.id().toString();
      paths.put(o.id(), path);
    }
    return paths;
  }

  /** Per member indicator: numerators summed over the nodes, then denominators; last, the number of nodes. */
  static long[] totals() {
    return new long[2 * MemberMeasures.INDICATORS.size() + 1];
  }

  /** unionkit: the member columns rolled up, then the table of every catalogue indicator for every node. */
  long[] unionkit() {
    return totals(RollUp.of(columns, List.of(), Scope.all()));
  }

  /** unionkit on the Member objects: one pass on one thread, every record rule checked, then the table. */
  long[] unionkitObjects() {
    return totals(RollUp.of(tree, members, List.of(), CountOptions.allTime()));
  }

  private long[] totals(RollUp rollUp) {
    return totals(rollUp, tree);
  }

  /** The totals of the table of every catalogue indicator for every node of the tree. */
  static long[] totals(RollUp rollUp, OrganisationTree tree) {
    IndicatorTable table = rollUp.table(tree.preOrder(), Indicators.all());
    long[] totals = totals();
    int n = MemberMeasures.INDICATORS.size();
    for (int c = 0; c < table.columns().size(); c++) {
      int i = MemberMeasures.INDICATORS.indexOf(table.columns().get(c));
      if (i >= 0) {
        for (int r = 0; r < table.rows().size(); r++) {
          Ratio ratio = table.cell(r, c);
          totals[i] += ratio.numerator();
          totals[n + i] += ratio.denominator();
        }
      }
    }
    totals[2 * n] = table.rows().size();
    return totals;
  }

  /**
   * The GROUP BY ROLLUP over the five levels of a table of members still in their spell ({@code l1 ... l5},
   * {@code workRelation}, {@code employmentForm}, {@code skillLevel}): per node every count and member ratio,
   * summed into the totals, in SQL that DuckDB and Spark both run.
   */
  static String rollUpQuery(String table) {
    int n = MemberMeasures.INDICATORS.size();
    // Per node, each indicator's numerator and denominator as the catalogue defines them over the counts.
    String parts = IntStream.range(0, n).mapToObj(i -> "sum(" + MemberMeasures.sql(MemberMeasures.INDICATORS.get(i)
        .numerator()) + ")").collect(Collectors.joining(", "))
        + ", " + IntStream.range(0, n).mapToObj(i -> "sum(" + MemberMeasures.sql(MemberMeasures.INDICATORS.get(i)
        .denominator()) + ")").collect(Collectors.joining(", "));
    String ratios = IntStream.range(0, n).mapToObj(i -> "sum(r" + i + ")").collect(Collectors.joining(", "));
    return "SELECT " + parts + ", count(*), " + ratios + " FROM (SELECT l1, l2, l3, l4, l5, " + MemberMeasures.countColumns() + ", "
        + MemberMeasures.ratioColumns() + " FROM " + table + " GROUP BY ROLLUP (l1, l2, l3, l4, l5)"
        + " HAVING GROUPING(l1) = 0 AND (GROUPING(l2) = 1 OR l2 IS NOT NULL) AND (GROUPING(l3) = 1 OR l3 IS NOT NULL)"
        + " AND (GROUPING(l4) = 1 OR l4 IS NOT NULL) AND (GROUPING(l5) = 1 OR l5 IS NOT NULL))";
  }

  /** DuckDB: GROUP BY ROLLUP over the five levels, every count and member ratio for every node. */
  long[] duckdb() throws SQLException {
    try (Statement s = duckdb.createStatement(); ResultSet r = s.executeQuery(rollUpQuery("m"))) {
      r.next();
      long[] totals = totals();
      for (int i = 0; i < totals.length; i++) {
        totals[i] = r.getLong(i + 1);
      }
      return totals;
    }
  }

  @Override
  public void close() throws SQLException {
    duckdb.close();
  }
}
