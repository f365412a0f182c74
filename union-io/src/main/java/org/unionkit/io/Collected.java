package org.unionkit.io;

import java.util.List;

/**
 * What a parallel read of a record stream gives: the collector's result and the lines behind it, such as
 * {@code Collected[value=RollUp[...], rowsRead=1000000, accepted=999995, outsidePeriod=3, rejected=2]}.
 * Always {@code accepted + outsidePeriod + rejected == rowsRead}.
 *
 * @param <R> the collector's result
 * @param value the result of the collector over the accepted records; not null
 * @param rowsRead the lines read, good or bad
 * @param accepted the lines read into records and counted
 * @param outsidePeriod the good lines whose record has nothing in the period counted (not errors)
 * @param rejected the bad lines, each handed to the caller's {@link Rejects}
 * @param droppedColumns the columns of personal data a CSV file's or sheet's header held, dropped unread
 *     ({@link RecordReader#droppedColumns()}); empty for NDJSON
 */
public record Collected<R>(R value, long rowsRead, long accepted, long outsidePeriod, long rejected,
    List<String> droppedColumns) {
  /**
   * Checks the sum.
   *
   * @throws IllegalArgumentException if the parts do not add up to {@code rowsRead}
   */
  public Collected {
    droppedColumns = List.copyOf(droppedColumns);
    if (accepted < 0 || outsidePeriod < 0 || rejected < 0 || accepted + outsidePeriod + rejected != rowsRead) {
      throw new IllegalArgumentException("accepted (" + accepted + ") + outside the period (" + outsidePeriod
          + ") + rejected (" + rejected + ") must be the lines read (" + rowsRead + ")");
    }
  }

  /**
   * What a read of lines gives, where no column is dropped.
   *
   * @param value the result; not null
   * @param rowsRead the lines read
   * @param accepted the lines counted
   * @param outsidePeriod the good lines with nothing in the period
   * @param rejected the bad lines
   * @throws IllegalArgumentException if the parts do not add up to {@code rowsRead}
   */
  public Collected(R value, long rowsRead, long accepted, long outsidePeriod, long rejected) {
    this(value, rowsRead, accepted, outsidePeriod, rejected, List.of());
  }
}
