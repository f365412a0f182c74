package org.unionkit.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Records read one line (NDJSON) or row (CSV) at a time, such as the members of
 * {@link Ndjson#members(java.io.InputStream, String, Rejects)}: the reader holds one record at a time.
 *
 * <p>A bad line or row is either fatal ({@link Rejects#FAIL}: {@code hasNext} or {@code next} throws an
 * {@link UncheckedIOException} whose cause is the {@link UnionFormatException}) or handed to the caller's
 * {@link Rejects}; either way {@code accepted() + rejected() == rowsRead()}. Not thread-safe.
 *
 * @param <T> the record type
 */
public abstract class RecordReader<T> implements Iterator<T>, Closeable {
  private final String file;
  private final Rejects rejects;
  private final ReadLimits limits;
  private @Nullable T next;
  private long rowsRead;
  private long accepted;
  private long rejected;

  RecordReader(String file, Rejects rejects, ReadLimits limits) {
    this.file = file;
    this.rejects = rejects;
    this.limits = limits;
  }

  /**
   * Fails, whatever the {@link Rejects}, where one more line or row would pass
   * {@link ReadLimits#maxRecords()}; called before each is read.
   *
   * @param line the line about to be read
   */
  final void count(long line) throws UnionFormatException {
    if (rowsRead >= limits.maxRecords()) {
      throw new UnionFormatException(file, line, 0, "", "the input " + limits.tooManyRecords());
    }
  }

  /**
   * Reads the next line or row and passes it to {@link #accept} or {@link #reject}.
   *
   * @return false at the end of the input
   */
  abstract boolean advance() throws IOException;

  final void accept(T record) {
    rowsRead++;
    accepted++;
    next = record;
  }

  final void reject(UnionFormatException bad) throws UnionFormatException {
    rowsRead++;
    rejected++;
    if (rejects == Rejects.FAIL) {
      throw bad;
    }
    rejects.reject(new Reject(bad.line(), bad.column(), bad.path(), bad.reason()));
  }

  @Override
  public final boolean hasNext() {
    try {
      while (next == null) {
        if (!advance()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    return rowsRead;
  }

  /**
   * Lines or rows read into records so far.
   *
   * @return the count
   */
  public final long accepted() {
    return accepted;
  }

  /**
   * Bad lines or rows so far.
   *
   * @return the count
   */
  public final long rejected() {
    return rejected;
  }
}
