package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;

/**
 * Newline-delimited JSON (one record per line) for streams too large to hold, such as a province's
 * million members: {@code Ndjson.members(reader, "members.ndjson", Ndjson.Rejects.FAIL)}.
 *
 * <p>Readers hold one line and one record at a time. Each bad line is either fatal (the default,
 * {@link Rejects#FAIL}: the iterator throws an {@link UncheckedIOException} whose cause is the
 * {@link UnionFormatException}) or passed to the caller's handler as a {@link Reject} with its line,
 * column, path and reason; either way {@code accepted() + rejected() == linesRead()}. An empty line is a
 * bad line (a final line break is not a line). Each line is read strictly, as {@link UnionJson#mapper()}
 * reads.
 */
public final class Ndjson {
  private Ndjson() {}

  /**
   * A bad line: where and why, never its content (which may hold personal data).
   *
   * @param line the line number, from 1
   * @param column the column in the line, from 1, or 0 if unknown
   * @param path the JSON Pointer within the line's record, empty for the line as a whole
   * @param reason what is wrong
   */
  public record Reject(long line, long column, String path, String reason) {}

  /** What a reader does with a bad line. */
  @FunctionalInterface
  public interface Rejects {
    /** Every bad line is fatal. */
    Rejects FAIL = reject -> {
      throw new IllegalStateException("unreachable: FAIL is handled by the reader");
    };

    /**
     * Takes a bad line and lets the read go on.
     *
     * @param reject the bad line; not null
     */
    void reject(Reject reject);
  }

  /**
   * Reads members, one per line.
   *
   * @param in the lines, UTF-8 decoded; closed by {@link RecordReader#close()}; not null
   * @param file the file name for messages; not null
   * @param rejects {@link Rejects#FAIL}, or a handler of bad lines; not null
   * @return the reader, not null
   */
  public static RecordReader<Member> members(BufferedReader in, String file, Rejects rejects) {
    return new RecordReader<>(in, file, rejects, UnionJson.reader(null).forType(Member.class));
  }

  /**
   * Reads organisations, one per line.
   *
   * @param in the lines; not null
   * @param file the file name for messages; not null
   * @param rejects {@link Rejects#FAIL}, or a handler of bad lines; not null
   * @return the reader, not null
   */
  public static RecordReader<Organisation> organisations(BufferedReader in, String file, Rejects rejects) {
    return new RecordReader<>(in, file, rejects, UnionJson.reader(null).forType(Organisation.class));
  }

  /**
   * Writes records one per line, in the compact form.
   *
   * @param <T> the record type: {@code Member} or {@code Organisation}
   * @param out the destination, flushed and closed by {@link RecordWriter#close()}; not null
   * @param type the record type; not null
   * @return the writer, not null
   */
  public static <T> RecordWriter<T> writer(Writer out, Class<T> type) {
    return new RecordWriter<>(out, UnionJson.MAPPER.writerFor(type)
        .without(SerializationFeature.INDENT_OUTPUT)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET));
  }

  /**
   * An iterator over the records of an NDJSON stream, one line at a time.
   *
   * @param <T> the record type
   */
  public static final class RecordReader<T> implements Iterator<T>, Closeable {
    private final BufferedReader in;
    private final String file;
    private final Rejects rejects;
    private final ObjectReader reader;
    private @Nullable T next;
    private long linesRead;
    private long accepted;
    private long rejected;

    RecordReader(BufferedReader in, String file, Rejects rejects, ObjectReader reader) {
      this.in = in;
      this.file = file;
      this.rejects = rejects;
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null) {
          String line = in.readLine();
          if (line == null) {
            return false;
          }
          linesRead++;
          next = parse(line);
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private @Nullable T parse(String line) throws UnionFormatException {
      UnionFormatException bad;
      if (line.isBlank()) {
        bad = new UnionFormatException(file, linesRead, 0, "", "empty line: every line must hold one record", null);
      } else {
        try {
          T record = reader.readValue(line);
          if (record != null) {
            accepted++;
            return record;
          }
          bad = new UnionFormatException(file, linesRead, 1, "", "null is not a record", null);
        } catch (JsonProcessingException e) {
          bad = UnionJson.translate(e, file, linesRead - 1);
        }
      }
      rejected++;
      if (rejects == Rejects.FAIL) {
        throw bad;
      }
      rejects.reject(new Reject(bad.line(), bad.column(), bad.path(), bad.reason()));
      return null;
    }

    @Override
    public T next() {
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
    public Stream<T> stream() {
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
     * Lines read so far.
     *
     * @return the count
     */
    public long linesRead() {
      return linesRead;
    }

    /**
     * Lines read into records so far.
     *
     * @return the count
     */
    public long accepted() {
      return accepted;
    }

    /**
     * Bad lines so far.
     *
     * @return the count
     */
    public long rejected() {
      return rejected;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Writes records one per line.
   *
   * @param <T> the record type
   */
  public static final class RecordWriter<T> implements Closeable {
    private final Writer out;
    private final ObjectWriter writer;
    private long written;

    RecordWriter(Writer out, ObjectWriter writer) {
      this.out = out;
      this.writer = writer;
    }

    /**
     * Writes one record and a line break.
     *
     * @param record the record; not null
     * @throws IOException if writing fails
     */
    public void write(T record) throws IOException {
      writer.writeValue(out, record);
      out.write('\n');
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

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
