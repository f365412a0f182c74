package org.unionkit.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadLimits;
import org.unionkit.io.RecordDecoder;
import org.unionkit.io.UnionFormatException;
import org.unionkit.model.Member;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.Tally;

/**
 * Tallies and indicator tables in Spark SQL, for analysts who group members by a column of their own,
 * such as {@code SELECT region, unionkit_tally(to_json(struct(*))).HIGH_SKILL_MEMBERS FROM members GROUP
 * BY region} once {@link #register} has named the function.
 *
 * <p>The aggregate takes a member as one JSON object (a line of the NDJSON form, or {@code to_json} of a
 * table row whose columns are the member fields) and counts it for a period as
 * {@link Tally#ofMembers(Iterable, ReportingPeriod)} does: stocks on the period's last day, flows within
 * it, no record rule (there is no tree). A member that does not decode counts in {@code REJECTED} only,
 * so {@code ROWS = REJECTED + the members counted}; {@link SparkRollUp} says which rows and why.
 */
public final class SparkTallies {
  /** The SQL name {@link #register} gives the aggregate. */
  public static final String FUNCTION = "unionkit_tally";

  /**
   * The aggregate's result: one {@code BIGINT} a {@link Measure}, named as the measure (member measures
   * counted, the others 0), then {@code ROWS} (rows aggregated) and {@code REJECTED} (rows that did not
   * decode).
   */
  public static final StructType RESULT = result();

  /**
   * The columns of {@link #table}: {@code row} (the table's row label, such as an organisation's name),
   * {@code indicator} (its id, such as {@code high-skill-ratio}), {@code numerator}, {@code denominator}
   * and {@code value}, the ratio as a fraction of one rounded half-up at 10 decimals ({@link Ratio#value}),
   * null where the denominator is 0.
   */
  public static final StructType TABLE = new StructType()
      .add("row", DataTypes.StringType, false)
      .add("indicator", DataTypes.StringType, false)
      .add("numerator", DataTypes.LongType, false)
      .add("denominator", DataTypes.LongType, false)
      .add("value", DataTypes.createDecimalType(38, 10), true);
  private static final int SCALE = 10;

  private SparkTallies() {}

  private static StructType result() {
    StructType result = new StructType();
    for (Measure measure : Measure.values()) {
      result = result.add(measure.name(), DataTypes.LongType, false);
    }
    return result.add("ROWS", DataTypes.LongType, false).add("REJECTED", DataTypes.LongType, false);
  }

  /**
   * Names the aggregate {@value #FUNCTION} in the session, for the period.
   *
   * @param spark the session; not null
   * @param period stocks on its last day, flows within it; not null
   */
  public static void register(SparkSession spark, ReportingPeriod period) {
    UserDefinedFunction unused = spark.udf().register(FUNCTION, aggregate(period));
  }

  /**
   * The aggregate, for {@code members.groupBy("region").agg(SparkTallies.aggregate(period).apply(json))}.
   *
   * @param period stocks on its last day, flows within it; not null
   * @return the function of one string column, not null
   */
  public static UserDefinedFunction aggregate(ReportingPeriod period) {
    return functions.udaf(new TallyAggregator(period.start(), period.end()), Encoders.STRING());
  }

  /**
   * The tally an aggregate's result holds.
   *
   * @param result a value of the {@link #RESULT} columns; not null
   * @return the tally, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Tally tally(Row result) {
    Tally tally = Tally.empty();
    for (Measure measure : Measure.values()) {
      tally = tally.with(measure, result.getLong(result.fieldIndex(measure.name())));
    }
    return tally;
  }

  /**
   * An indicator table as a DataFrame, one row a cell: for a researcher to join, filter or write it as
   * Parquet beside other series.
   *
   * @param spark the session; not null
   * @param table the table; not null
   * @return the cells in the {@link #TABLE} columns, row by row and column by column; not null
   */
  public static Dataset<Row> table(SparkSession spark, IndicatorTable table) {
    List<Row> cells = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      for (int c = 0; c < table.columns().size(); c++) {
        Ratio ratio = table.cell(r, c);
        cells.add(RowFactory.create(table.rows().get(r), table.columns().get(c).id(), ratio.numerator(),
            ratio.denominator(), ratio.value(SCALE).orElse(null)));
      }
    }
    return spark.createDataFrame(cells, TABLE);
  }

  /**
   * Members as JSON counted into a buffer of longs ({@link Counts}): a plain array, which Spark keeps as a
   * SQL {@code ARRAY<BIGINT>}. The period travels as two dates; the decoder is made on each executor.
   */
  static final class TallyAggregator extends Aggregator<String, Counts, Row> {
    private static final long serialVersionUID = 1;
    private final LocalDate start;
    private final LocalDate end;
    private transient @Nullable RecordDecoder<Member> decoder;
    private transient @Nullable ReportingPeriod period;

    TallyAggregator(LocalDate start, LocalDate end) {
      this.start = start;
      this.end = end;
    }

    @Override
    public Counts zero() {
      return new Counts(new long[Counts.ROWS + 2]);
    }

    @Override
    public Counts reduce(Counts buffer, String json) {
      if (decoder == null || period == null) {
        decoder = Ndjson.memberDecoder("members", ReadLimits.defaults());
        period = ReportingPeriod.of(start, end);
      }
      long[] counts = buffer.getCounts();
      counts[Counts.ROWS]++;
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      Member member;
      try {
        member = decoder.decode(bytes, 0, bytes.length, 1);
      } catch (UnionFormatException e) {
        counts[Counts.ROWS + 1]++;
        return buffer;
      }
      long[] one = Tally.ofMembers(List.of(member), period).toLongs();
      for (int i = 0; i < Counts.ROWS; i++) {
        counts[i] += one[2 + i];
      }
      return buffer;
    }

    @Override
    public Counts merge(Counts a, Counts b) {
      Counts.add(a.getCounts(), b.getCounts(), 0);
      return a;
    }

    @Override
    public Row finish(Counts buffer) {
      Object[] values = new Object[buffer.getCounts().length];
      for (int i = 0; i < values.length; i++) {
        values[i] = buffer.getCounts()[i];
      }
      return RowFactory.create(values);
    }

    @Override
    public Encoder<Counts> bufferEncoder() {
      return Encoders.bean(Counts.class);
    }

    @Override
    public Encoder<Row> outputEncoder() {
      return Encoders.row(RESULT);
    }
  }

  /**
   * The aggregate's buffer: each measure's count in {@link Measure} order, then the rows and the rejected
   * rows. A bean, so that Spark SQL holds it as a struct of one {@code ARRAY<BIGINT>}; not for use outside
   * the aggregate.
   */
  public static final class Counts implements Serializable {
    private static final long serialVersionUID = 1;
    /** Where the row count sits, after the measures. */
    static final int ROWS = Measure.values().length;
    private long[] counts;

    /** An empty buffer, for Spark's bean encoder. */
    public Counts() {
      this(new long[ROWS + 2]);
    }

    Counts(long[] counts) {
      this.counts = counts;
    }

    /** Adds {@code other[from ..]} into {@code sum[from ..]}, exactly. */
    static void add(long[] sum, long[] other, int from) {
      for (int i = from; i < sum.length; i++) {
        sum[i] = Math.addExact(sum[i], other[i]);
      }
    }

    /** {@code a} less {@code b} from {@code from} on, in a new array; the slots before are {@code a}'s. */
    static long[] minus(long[] a, long[] b, int from) {
      long[] difference = a.clone();
      for (int i = from; i < difference.length; i++) {
        difference[i] = Math.subtractExact(difference[i], b[i]);
      }
      return difference;
    }

    /**
     * The counts.
     *
     * @return the counts, not null
     */
    public long[] getCounts() {
      return counts;
    }

    /**
     * Replaces the counts, for Spark's bean encoder.
     *
     * @param counts the counts; not null
     */
    public void setCounts(long[] counts) {
      this.counts = counts;
    }
  }
}
