package org.unionkit.io;

/**
 * Counts member lines one at a time into a roll-up's accumulator, for an engine that reads the lines
 * itself and checks repeated ids across its whole input (union-spark's executors); made by
 * {@link Ndjson#memberCounter}. Not thread-safe: one per thread or task.
 */
public interface MemberCounter {
  /**
   * Counts the member on {@code bytes[from, to)}, a line of UTF-8 without its break, by every
   * {@link org.unionkit.stats.RecordRule} but the repeated id, as {@link Ndjson#rollUp} counts a line.
   *
   * @param bytes the bytes holding the line; not null
   * @param from the line's first byte
   * @param to the end of the line, exclusive
   * @param line the line number to report a failure at, from 1
   * @return the member's id, counted or outside the period; not null
   * @throws UnionFormatException if the line is bad or the member breaks a rule (at the rule's field, its
   *     code first in the reason), naming the line, column and field; no personal value shown
   */
  String count(byte[] bytes, int from, int to, long line) throws UnionFormatException;
}
