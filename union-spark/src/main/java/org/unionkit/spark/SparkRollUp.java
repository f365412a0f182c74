package org.unionkit.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.unionkit.io.Collected;
import org.unionkit.io.Csv;
import org.unionkit.io.Ndjson;
import org.unionkit.io.RecordWriter;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RecordCounts;
import org.unionkit.stats.RecordRule;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Tally;
import scala.Tuple2;

/**
 * The roll-up of {@link Ndjson#rollUp} on Apache Spark, for member registers kept in a data lake: the
 * members decoded and checked on the executors, one tally per organisation brought to the driver and
 * rolled up there over the tree. The same figures, accounting and rejects as {@code Ndjson.rollUp} on one
 * machine, for any partitioning and order of the lines, such as
 * {@code SparkRollUp.ofNdjson(spark, "s3a://lake/members/2020/*.ndjson", tree, contracts,
 * CountOptions.of(ReportingPeriod.ofYear(2020)))}.
 *
 * <p>How: each partition's lines are decoded, held to every {@link RecordRule} and counted on an executor
 * by union-io's own line counter ({@link Ndjson#memberCounter}, the one {@code Ndjson.rollUp} runs), into a
 * {@link RollUp.Accumulator} over the tree (broadcast once as the library's NDJSON); each partition then
 * gives its organisations' member tallies ({@link Tally#toLongs()}), which Spark adds up by organisation
 * ({@code TallySum}, a typed aggregate over arrays of longs); the driver rolls them up
 * ({@link RollUp#ofMemberTallies}). Repeated member ids are found across partitions by a shuffle of the ids
 * kept (an id, a file name and a position a member): the first in (file name, position) order keeps the
 * id, as the first line does on one machine; the lines of repeated ids are gathered on the driver (a
 * register read twice over gathers all of them), and only then are the later ones read again, to take
 * them back out of the counts.
 *
 * <p>Runs on the class path (Spark's jars split packages, so no module path) with Spark's
 * {@code --add-opens} options. Nothing of Spark reaches union-io or union-stats, and no model or stats
 * object is serialised: lines, ids and longs travel.
 */
public final class SparkRollUp {
  /**
   * The columns of {@link Result#rejects()}: {@code file} (empty for a table without files),
   * {@code position} (the line's first byte in its file, or the table row's id), {@code column} (in the
   * line, from 1; 0 for the whole line or a record rule), {@code path} (the JSON Pointer at fault) and
   * {@code reason} (a rule's code first); never a member's value.
   */
  public static final StructType REJECTS = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("position", DataTypes.LongType, false)
      .add("column", DataTypes.LongType, false)
      .add("path", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false);

  private SparkRollUp() {}

  /**
   * What a roll-up on Spark gives.
   *
   * @param collected the roll-up, with the lines (or rows) read and what became of them: the same as
   *     {@link Ndjson#rollUp} gives for the same lines; {@code collected.value().members()} counts the
   *     members decoded, as there
   * @param rejects every bad line or row, in the {@link #REJECTS} columns, ordered by file and position;
   *     already computed, and kept by Spark until unpersisted
   */
  public record Result(Collected<RollUp> collected, Dataset<Row> rejects) {}

  /**
   * Rolls up the members of NDJSON files, one member a line (the form {@link Ndjson#members} reads), at
   * any path Spark's Hadoop file system reads (a file, a directory, a glob; {@code hdfs:}, {@code s3a:},
   * {@code file:}), split across partitions as Hadoop splits text. A reject's position is its line's
   * first byte in the file.
   *
   * @param spark the session; not null
   * @param path the files; not null
   * @param tree the organisations; not null
   * @param contracts the contracts, counted on the driver; not null
   * @param counting the period, scope and as-of date; not null
   * @return the roll-up, the counts and the rejects; not null
   */
  public static Result ofNdjson(SparkSession spark, String path, OrganisationTree tree,
      Iterable<CollectiveContract> contracts, CountOptions counting) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaNewHadoopRDD<LongWritable, Text> text = (JavaNewHadoopRDD<LongWritable, Text>) context.newAPIHadoopFile(
        path, TextInputFormat.class, LongWritable.class, Text.class, context.hadoopConfiguration());
    JavaRDD<Line> lines = text.mapPartitionsWithInputSplit((split, pairs) -> {
      String file = ((FileSplit) split).getPath().toString();
      return new Iterator<Line>() {
        @Override
        public boolean hasNext() {
          return pairs.hasNext();
        }

        @Override
        public Line next() {
          // Hadoop hands the same key and value objects on: each line is copied out of them.
          Tuple2<LongWritable, Text> pair = pairs.next();
          return new Line(file, pair._1().get(), pair._2().copyBytes());
        }
      };
    }, false);
    return rollUp(spark, lines, "byte", tree, contracts, counting);
  }

  /**
   * Rolls up the members of a table, such as a Parquet or Hive table, whose columns are the member
   * fields ({@link Csv#memberColumns()}) with their JSON types: {@code birthYear} an integer, dates as
   * {@code DATE} or ISO text, {@code honours} an array of strings. Other columns are not read. Each row is
   * written as one JSON object (Spark's {@code to_json}, which leaves out nulls) and decoded as an NDJSON
   * line is, so a row is checked exactly as a line; a reject's path names the column at fault and its
   * position is the row's id ({@code monotonically_increasing_id}), its file the row's file if any.
   *
   * @param members the table; not null
   * @param tree the organisations; not null
   * @param contracts the contracts, counted on the driver; not null
   * @param counting the period, scope and as-of date; not null
   * @return the roll-up, the counts and the rejects; not null
   */
  public static Result ofTable(Dataset<Row> members, OrganisationTree tree, Iterable<CollectiveContract> contracts,
      CountOptions counting) {
    Set<String> present = new HashSet<>(Arrays.asList(members.columns()));
    Column[] fields = Csv.memberColumns().stream().filter(present::contains).map(functions::col).toArray(Column[]::new);
    JavaRDD<Line> lines = members
        .select(input_file_name(), monotonically_increasing_id(), to_json(struct(fields)))
        .javaRDD()
        .map(row -> new Line(row.getString(0), row.getLong(1), row.getString(2).getBytes(StandardCharsets.UTF_8)));
    return rollUp(members.sparkSession(), lines, "row", tree, contracts, counting);
  }

  private static Result rollUp(SparkSession spark, JavaRDD<Line> lines, String unit, OrganisationTree tree,
      Iterable<CollectiveContract> contracts, CountOptions counting) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    PartitionCounter counter = new PartitionCounter(context.broadcast(organisations(tree)), counting);
    Dataset<Row> outcomes = spark.createDataFrame(lines.mapPartitions(counter), Outcomes.SCHEMA)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long[] ledger = ledger(outcomes);
    Map<String, long[]> tallies = tallies(outcomes);

    List<Repeat> repeats = repeats(outcomes.filter(col("kind").equalTo(Outcomes.KEPT)));
    long acceptedAgain = 0;
    long outsideAgain = 0;
    if (!repeats.isEmpty()) {
      // The later lines of repeated ids were counted with the rest: read them again and take them out. A
      // table's row ids come out the same on a second read of the same plan over the same files.
      Broadcast<Set<Line.Place>> places = context.broadcast(repeats.stream().map(Repeat::place)
          .collect(Collectors.toCollection(HashSet::new)));
      Dataset<Row> again = spark.createDataFrame(lines.filter(l -> places.value().contains(l.place()))
          .mapPartitions(counter), Outcomes.SCHEMA);
      long[] twice = ledger(again);
      acceptedAgain = twice[Outcomes.ACCEPTED];
      outsideAgain = twice[Outcomes.OUTSIDE];
      // The first two longs of a tally are its version and number of counts (Tally.toLongs).
      tallies(again).forEach((organisation, counts) -> tallies.merge(organisation, counts,
          (all, repeated) -> SparkTallies.Counts.minus(all, repeated, 2)));
    }

    Dataset<Row> rejects = outcomes.filter(col("kind").equalTo(Outcomes.BAD))
        .select("file", "position", "column", "path", "reason")
        .union(spark.createDataFrame(repeats.stream().map(r -> r.row(unit)).toList(), REJECTS))
        .orderBy("file", "position").persist(StorageLevel.MEMORY_AND_DISK());
    long rejectCount = rejects.count();
    outcomes.unpersist();

    Map<OrganisationId, Tally> byOrganisation = new LinkedHashMap<>();
    tallies.forEach((id, counts) -> {
      OrganisationId organisation = OrganisationId.parse(id);
      if (counting.scope().includes(tree.get(organisation).orElseThrow())) {
        byOrganisation.put(organisation, Tally.fromLongs(counts));
      }
    });
    long accepted = ledger[Outcomes.ACCEPTED] - acceptedAgain;
    long outside = ledger[Outcomes.OUTSIDE] - outsideAgain;
    RecordCounts members = new RecordCounts(ledger[Outcomes.READ], accepted, outside,
        ledger[Outcomes.REFUSED] + repeats.size());
    RollUp rollUp = RollUp.ofMemberTallies(tree, byOrganisation, members, contracts, counting);
    return new Result(new Collected<>(rollUp, ledger[Outcomes.LINES], accepted, outside, rejectCount), rejects);
  }

  /** The partitions' ledgers added up: one row a partition. */
  private static long[] ledger(Dataset<Row> outcomes) {
    long[] sum = new long[Outcomes.REFUSED + 1];
    for (Row row : outcomes.filter(col("kind").equalTo(Outcomes.LEDGER)).select("counts").collectAsList()) {
      List<Long> counts = row.getList(0);
      for (int i = 0; i < sum.length; i++) {
        sum[i] = Math.addExact(sum[i], counts.get(i));
      }
    }
    return sum;
  }

  /** Each organisation's member counts, added up over the partitions by Spark ({@link TallySum}). */
  private static Map<String, long[]> tallies(Dataset<Row> outcomes) {
    Map<String, long[]> tallies = new LinkedHashMap<>();
    for (Row row : outcomes.filter(col("kind").equalTo(Outcomes.COUNTED)).groupBy("organisation")
        .agg(TallySum.FUNCTION.apply(col("counts"))).collectAsList()) {
      List<Long> counts = row.getStruct(1).getList(0);
      tallies.put(row.getString(0), counts.stream().mapToLong(Long::longValue).toArray());
    }
    return tallies;
  }

  /**
   * The later lines of every member id read more than once: the ids shuffled once to count them, then the
   * lines of those read more than once (few) gathered on the driver.
   */
  private static List<Repeat> repeats(Dataset<Row> kept) {
    Dataset<Row> ids = kept.select("id", "file", "position");
    Dataset<Row> repeated = ids.groupBy("id").count().filter(col("count").gt(1)).select("id");
    Map<String, List<Line.Place>> places = new LinkedHashMap<>();
    for (Row row : ids.join(broadcast(repeated), "id").collectAsList()) {
      places.computeIfAbsent(row.getString(0), id -> new ArrayList<>())
          .add(new Line.Place(row.getString(1), row.getLong(2)));
    }
    List<Repeat> repeats = new ArrayList<>();
    places.values().forEach(lines -> repeats.addAll(Repeat.of(lines)));
    return repeats;
  }

  /** The tree as the library's NDJSON, for the executors. */
  private static byte[] organisations(OrganisationTree tree) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (RecordWriter<Organisation> writer = Ndjson.writer(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
        Organisation.class)) {
      for (Organisation organisation : tree.preOrder()) {
        writer.write(organisation);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
