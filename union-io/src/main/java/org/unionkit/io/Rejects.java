package org.unionkit.io;

/**
 * What a {@link RecordReader} does with a bad line or row: {@link #FAIL} (the default), or a handler that
 * takes each {@link Reject} and lets the read go on, such as {@code rejects::add} for a list.
 */
@FunctionalInterface
public interface Rejects {
  /** Every bad line or row is fatal: the reader throws it. */
  Rejects FAIL = reject -> {
    throw new IllegalStateException("FAIL is handled by the reader, never called");
  };

  /**
   * Takes a bad line or row and lets the read go on.
   *
   * @param reject the bad line or row; not null
   */
  void reject(Reject reject);
}
