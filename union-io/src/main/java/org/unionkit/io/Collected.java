package org.unionkit.io;

/**
 * What a parallel read of a record stream gives: the collector's result and the lines behind it, such as
 * {@code Collected[value=RollUp[...], rowsRead=1000000, accepted=999998, rejected=2]}. As for a
 * {@link RecordReader}, {@code accepted + rejected == rowsRead}.
 *
 * @param <R> the collector's result
 * @param value the result of the collector over the accepted records; not null
 * @param rowsRead the lines read, good or bad
 * @param accepted the lines read into records and collected
 * @param rejected the bad lines, each handed to the caller's {@link Rejects}
 */
public record Collected<R>(R value, long rowsRead, long accepted, long rejected) {}
