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
import org.unionkit.model.Member;
import org.unionkit.stats.RecordRule;
import org.unionkit.stats.internal.MemberIdSet;

/**
 * Records read one line (NDJSON) or row (CSV) at a time, such as the members of
 * {@link Ndjson#members(java.io.InputStream, String, ReadOptions)}: the reader holds one record at a time.
 *
 * <p>A bad line or row is either fatal ({@link Rejects#FAIL}: {@code hasNext} or {@code next} throws an
 * {@link UncheckedIOException} whose cause is the {@link UnionFormatException}) or handed to the caller's
 * {@link Rejects}; either way {@code accepted() + rejected() == rowsRead()}. A member whose id an earlier
 * line or row held is a bad one ({@code duplicate-id}, naming the first), detected exactly over the whole
 * input (memory: see {@code RollUp}). Not thread-safe.
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
  private @Nullable MemberIdSet ids;

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

  /**
   * Takes a record read from {@code line}; a member whose id an earlier line held is a bad line instead,
   * at {@code idPath}, naming the first line (which keeps the id).
   */
  final void accept(T record, long line, String idPath) throws UnionFormatException {
    if (record instanceof Member member) {
      if (ids == null) {
        ids = new MemberIdSet();
      }
      long first = ids.add(member.id(), line);
      if (first != 0) {
        reject(new UnionFormatException(file, line, 0, idPath, repeated(first)));
        return;
      }
    }
    rowsRead++;
    accepted++;
    next = record;
  }

  /** The reason of a line whose member id repeats line {@code first}'s (-1: a line past 2^31). */
  static String repeated(long first) {
    return RecordRule.DUPLICATE_ID.code() + ": repeats the member id of "
        + (first < 0 ? "an earlier line" : "line " + first) + ", which is counted instead";
  }

  final void reject(UnionFormatException bad) throws UnionFormatException {
    rowsRead++;
    rejected++;
    bad.handTo(rejects);
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
