package org.unionkit.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Tallies' longs ({@code Tally.toLongs()}) added up exactly, as a typed aggregate whose buffer is a plain
 * array of longs ({@link SparkTallies.Counts}, a SQL {@code ARRAY<BIGINT>}): what the partitions' tallies
 * of one organisation become. The version and length are the same in every input; an empty buffer is the
 * identity.
 */
final class TallySum extends Aggregator<SparkTallies.Counts, SparkTallies.Counts, SparkTallies.Counts> {
  private static final long serialVersionUID = 1;

  /** The aggregate of an {@code ARRAY<BIGINT>} column of tallies' longs. */
  static final UserDefinedFunction FUNCTION =
      functions.udaf(new TallySum(), Encoders.bean(SparkTallies.Counts.class));

  @Override
  public SparkTallies.Counts zero() {
    return new SparkTallies.Counts(new long[0]);
  }

  @Override
  public SparkTallies.Counts reduce(SparkTallies.Counts sum, SparkTallies.Counts tally) {
    return merge(sum, tally);
  }

  @Override
  public SparkTallies.Counts merge(SparkTallies.Counts a, SparkTallies.Counts b) {
    if (a.getCounts().length == 0) {
      return new SparkTallies.Counts(b.getCounts().clone());
    }
    if (b.getCounts().length == 0) {
      return a;
    }
    // The first two longs are the version and the number of counts, the same in both.
    SparkTallies.Counts.add(a.getCounts(), b.getCounts(), 2);
    return a;
  }

  @Override
  public SparkTallies.Counts finish(SparkTallies.Counts sum) {
    return sum;
  }

  @Override
  public Encoder<SparkTallies.Counts> bufferEncoder() {
    return Encoders.bean(SparkTallies.Counts.class);
  }

  @Override
  public Encoder<SparkTallies.Counts> outputEncoder() {
    return Encoders.bean(SparkTallies.Counts.class);
  }
}
