package org.unionkit.io;

/**
 * Decodes one NDJSON line into a record, for an engine that reads lines itself; made by
 * {@link Ndjson#memberDecoder}.
 *
 * @param <T> the record type
 */
public interface RecordDecoder<T> {
  /**
   * The record on {@code bytes[from, to)}, a line of UTF-8 without its break.
   *
   * @param bytes the bytes holding the line; not null
   * @param from the line's first byte
   * @param to the end of the line, exclusive
   * @param line the line number to report a failure at, from 1
   * @return the record, not null
   * @throws UnionFormatException naming the line, column and field at fault, showing no personal value
   */
  T decode(byte[] bytes, int from, int to, long line) throws UnionFormatException;
}
