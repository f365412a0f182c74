package org.unionkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;
import org.unionkit.spark.SparkRollUp;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RollUp;

/**
 * Workload W4, the roll-up on Spark: the province's member file rolled up by {@link SparkRollUp} on a local
 * Spark of the same cores, against {@link Ndjson#rollUp} on as many threads (the cost of Spark), and the
 * same members as a Parquet table rolled up by {@link SparkRollUp#ofTable} against Spark SQL's own
 * {@code GROUP BY ROLLUP} over that table (the peer a Spark user writes by hand, without any check). Each
 * gives {@link Hierarchy#totals()} of every member indicator of every node, which must agree. The Parquet
 * table (the member columns and each member's path of five organisation ids) is written once, not timed.
 */
final class SparkRollUps implements AutoCloseable {
  private final Path file;
  private final OrganisationTree tree;
  private final SparkSession spark;
  private final String parquet;

  SparkRollUps(Province province, int threads) throws IOException {
    this.file = province.membersFile();
    this.tree = province.document().dataset().tree();
    this.spark = SparkSession.builder().master("local[" + threads + "]").appName("union-bench W4")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(4 * threads))
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Path table = file.resolveSibling(file.getFileName() + ".parquet");
    this.parquet = table.toUri().toString();
    if (!Files.exists(table)) {
      spark.read().json(file.toUri().toString()).join(paths(), "organisation").write().parquet(parquet);
    }
    Dataset<Row> members = spark.read().parquet(parquet);
    // Over all recorded time a spell that ended is in no stock; a small file may hold no such member.
    (Arrays.asList(members.columns()).contains("left") ? members.filter("`left` IS NULL") : members)
        .createOrReplaceTempView("m");
  }

  /** Each organisation's path of five ids, as a table to join the members to. */
  private Dataset<Row> paths() {
    StructType schema = new StructType().add("organisation", DataTypes.StringType, false);
    for (int level = 1; level <= 5; level++) {
      schema = schema.add("l" + level, DataTypes.StringType, true);
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<OrganisationId, String[]> path : Hierarchy.paths(tree).entrySet()) {
      Object[] values = new Object[6];
      values[0] = path.getKey().toString();
      System.arraycopy(path.getValue(), 0, values, 1, 5);
      rows.add(RowFactory.create(values));
    }
    return spark.createDataFrame(rows, schema);
  }

  /** unionkit on Spark: the NDJSON file decoded and checked on the executors. */
  long[] unionkitNdjson() {
    return Hierarchy.totals(SparkRollUp.ofNdjson(spark, file.toUri().toString(), tree, List.of(),
        CountOptions.allTime()).collected().value(), tree);
  }

  /** unionkit on Spark: the Parquet table, each row checked as a line. */
  long[] unionkitTable() {
    return Hierarchy.totals(SparkRollUp.ofTable(spark.read().parquet(parquet), tree, List.of(),
        CountOptions.allTime()).collected().value(), tree);
  }

  /** unionkit on one machine: {@link Ndjson#rollUp} on {@code threads} threads. */
  long[] unionkitLocal(int threads) throws IOException {
    RollUp rollUp;
    try (InputStream in = Files.newInputStream(file)) {
      rollUp = Ndjson.rollUp(in, file.toString(), tree, List.of(), ReadOptions.defaults().withThreads(threads)).value();
    }
    return Hierarchy.totals(rollUp, tree);
  }

  /** Spark SQL: the same GROUP BY ROLLUP as DuckDB's in W2, over the Parquet table. */
  long[] sparkSql() {
    Row row = spark.sql(Hierarchy.rollUpQuery("m")).first();
    long[] totals = Hierarchy.totals();
    for (int i = 0; i < totals.length; i++) {
      totals[i] = row.isNullAt(i) ? 0 : ((Number) row.get(i)).longValue();
    }
    return totals;
  }

  @Override
  public void close() {
    spark.stop();
  }
}
