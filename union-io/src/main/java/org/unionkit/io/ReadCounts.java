package org.unionkit.io;

import java.util.List;

/**
 * The accounting of one read, for every reader (NDJSON on one thread or several, CSV): lines or rows read,
 * accepted and rejected, the record limit, and the hand-over of bad ones to the caller's {@link Rejects}.
 * Lines and rows are taken in input order, so a count is always the input up to the last one taken. Not
 * thread-safe: the reading thread keeps it.
 */
final class ReadCounts {
  private final String file;
  private final Rejects rejects;
  private final ReadLimits limits;
  private long read;
  private long accepted;
  private long rejected;

  ReadCounts(String file, Rejects rejects, ReadLimits limits) {
    this.file = file;
    this.rejects = rejects;
    this.limits = limits;
  }

  /**
   * Fails, whatever the {@link Rejects}, where one more line or row would pass
   * {@link ReadLimits#maxRecords()}; called before each is taken.
   *
   * @param line the line about to be taken, where the failure is located
   */
  void next(long line) throws UnionFormatException {
    if (read >= limits.maxRecords()) {
      throw new UnionFormatException(file, line, 0, "", "the input " + limits.tooManyRecords());
    }
  }

  /** Counts a line or row read into a record. */
  void accept() {
    read++;
    accepted++;
  }

  /**
   * Counts a bad line or row and hands it to the rejects.
   *
   * @throws UnionFormatException the bad line itself, with {@link Rejects#FAIL}
   */
  void reject(UnionFormatException bad) throws UnionFormatException {
    read++;
    rejected++;
    bad.handTo(rejects);
  }

  /** Whether a bad line ends the read: then a decoder need not look past one. */
  boolean failFast() {
    return rejects == Rejects.FAIL;
  }

  long read() {
    return read;
  }

  long accepted() {
    return accepted;
  }

  long rejected() {
    return rejected;
  }

  /**
   * The counts with a result: of the accepted lines, {@code outsidePeriod} counted nothing in the period;
   * {@code dropped} the columns of personal data left unread.
   */
  <R> Collected<R> collected(R value, long outsidePeriod, List<String> dropped) {
    return new Collected<>(value, read, accepted - outsidePeriod, outsidePeriod, rejected, dropped);
  }
}
