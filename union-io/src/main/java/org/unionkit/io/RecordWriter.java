package org.unionkit.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes records one at a time, as NDJSON lines ({@link Ndjson#writer}) or CSV rows
 * ({@link Csv#memberWriter}, {@link Csv#organisationWriter}), counting them. Not thread-safe.
 *
 * @param <T> the record type
 */
public final class RecordWriter<T> implements Closeable {
  /** How a format puts one record on its destination. */
  interface Format<T> extends Closeable {
    void write(T record) throws IOException;

    /** Passes what is written on to the destination, without closing it. */
    void flush() throws IOException;
  }

  private final Format<T> format;
  private long written;

  RecordWriter(Format<T> format) {
    this.format = format;
  }

  /**
   * Writes one record: a line and its break, or a row.
   *
   * @param record the record; not null
   * @throws IOException if writing fails, or a CSV text cannot be encoded in the charset
   */
  public void write(T record) throws IOException {
    format.write(record);
    written++;
  }

  /**
   * Records written so far.
   *
   * @return the count
   */
  public long written() {
    return written;
  }

  /** Passes what is written on to the destination, without closing it. */
  void flush() throws IOException {
    format.flush();
  }

  /** Flushes and closes the destination. */
  @Override
  public void close() throws IOException {
    format.close();
  }
}
