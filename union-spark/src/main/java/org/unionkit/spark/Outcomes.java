package org.unionkit.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.unionkit.io.UnionFormatException;

/**
 * What counting a partition's lines gives, as rows of one table that Spark SQL caches and queries: the id
 * of each member kept (for the check of repeated ids across partitions), each bad line, and at the
 * partition's end one tally per organisation and the partition's ledger. Plain strings and longs: no model
 * or stats type travels.
 */
final class Outcomes {
  static final int KEPT = 0;
  static final int BAD = 1;
  static final int COUNTED = 2;
  static final int LEDGER = 3;

  /**
   * The columns; those a kind does not use are null. {@code counts} holds a tally's longs
   * ({@code Tally.toLongs()}) or the ledger's: lines read, members decoded, counted, outside the period,
   * and refused by a record rule.
   */
  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("id", DataTypes.StringType, true)
      .add("file", DataTypes.StringType, true)
      .add("position", DataTypes.LongType, true)
      .add("column", DataTypes.LongType, true)
      .add("path", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true)
      .add("organisation", DataTypes.StringType, true)
      .add("counts", DataTypes.createArrayType(DataTypes.LongType, false), true);

  /** The ledger's slots in {@code counts}. */
  static final int LINES = 0;
  static final int READ = 1;
  static final int ACCEPTED = 2;
  static final int OUTSIDE = 3;
  static final int REFUSED = 4;

  private Outcomes() {}

  /** A member counted or outside the period, by its id. */
  static Row kept(String id, Line line) {
    return RowFactory.create(KEPT, id, line.file(), line.position(), null, null, null, null, null);
  }

  /** A line that did not decode, or a member a record rule refused; no value of the member is shown. */
  static Row bad(UnionFormatException e, Line line) {
    return RowFactory.create(BAD, null, line.file(), line.position(), e.column(), e.path(), e.reason(), null, null);
  }

  /** One organisation's member counts in the partition. */
  static Row counted(String organisation, long[] tally) {
    return RowFactory.create(COUNTED, null, null, null, null, null, null, organisation, tally);
  }

  /** The partition's ledger, in the slots above. */
  static Row ledger(long[] ledger) {
    return RowFactory.create(LEDGER, null, null, null, null, null, null, null, ledger);
  }
}
