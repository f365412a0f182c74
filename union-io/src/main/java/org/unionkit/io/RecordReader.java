package org.unionkit.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Records read one line (NDJSON) or row (CSV) at a time, such as the members of
 * {@link Ndjson#members(java.io.InputStream, String, ReadOptions)}: the reader holds one record, or one
 * chunk of lines and their records, at a time.
 *
 * <p>A bad line or row is either fatal ({@link Rejects#FAIL}: {@code hasNext} or {@code next} throws an
 * {@link UncheckedIOException} whose cause is the {@link UnionFormatException}, once the records before it
 * are read) or handed to the caller's {@link Rejects}; either way {@code accepted() + rejected() ==
 * rowsRead()}. A member whose id an earlier line or row held is a bad one ({@code duplicate-id}, naming the
 * first), detected exactly over the whole input (memory: see {@code RollUp}). Not thread-safe.
 *
 * @param <T> the record type
 */
public abstract class RecordReader<T> implements Iterator<T>, Closeable {
  private final String file;
  final ReadCounts counts;
  private final List<String> dropped;
  private @Nullable T next;
  private boolean ended;

  RecordReader(String file, ReadCounts counts) {
    this(file, counts, List.of());
  }

  /** A reader of a table whose header named {@code dropped} columns of personal data. */
  RecordReader(String file, ReadCounts counts, List<String> dropped) {
    this.file = file;
    this.counts = counts;
    this.dropped = List.copyOf(dropped);
  }

  /**
   * Reads on to the next good record, handing bad lines or rows to the {@link ReadCounts} on the way.
   *
   * @return the record, or null at the end of the input
   */
  abstract @Nullable T read() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null && !ended) {
      try {
        next = read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ended = next == null;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + file);
    }
    T record = next;
    next = null;
    return record;
  }

  /**
   * The records as a sequential stream; closing the stream closes the reader.
   *
   * @return the stream, not null
   */
  public final Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Lines (NDJSON) or rows (CSV, the header not counted) read so far, good or bad.
   *
   * @return the count
   */
  public final long rowsRead() {
    return counts.read();
  }

  /**
   * Lines or rows read into records so far.
   *
   * @return the count
   */
  public final long accepted() {
    return counts.accepted();
  }

  /**
   * The columns of personal data the model does not keep, such as {@code 姓名} and {@code 手机号}, which a
   * CSV file's or sheet's header held and the reader dropped: their cells are never read into a record,
   * kept or shown.
   *
   * @return the headers as written (trimmed), in order; empty for NDJSON; not null
   */
  public final List<String> droppedColumns() {
    return dropped;
  }

  /**
   * Bad lines or rows so far.
   *
   * @return the count
   */
  public final long rejected() {
    return counts.rejected();
  }
}
