package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;

/**
 * Newline-delimited JSON (one record per line) for streams too large to hold, such as a province's
 * million members: {@code Ndjson.members(reader, "members.ndjson", Rejects.FAIL)}.
 *
 * <p>Readers hold one line and one record at a time; bad lines are fatal or handed to the caller's
 * {@link Rejects}, as {@link RecordReader} describes. An empty line is a bad line (a final line break is not
 * a line). Each line is read strictly, as {@link UnionJson#mapper()} reads.
 */
public final class Ndjson {
  private Ndjson() {}

  /**
   * Reads members, one per line.
   *
   * @param in the lines, UTF-8 decoded; closed by the reader's {@code close()}; not null
   * @param file the file name for messages; not null
   * @param rejects {@link Rejects#FAIL}, or a handler of bad lines; not null
   * @return the reader, not null
   */
  public static RecordReader<Member> members(BufferedReader in, String file, Rejects rejects) {
    return new LineReader<>(in, file, rejects, UnionJson.reader(null).forType(Member.class));
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
    return new LineReader<>(in, file, rejects, UnionJson.reader(null).forType(Organisation.class));
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

  /** Reads one record per line. */
  private static final class LineReader<T> extends RecordReader<T> {
    private final BufferedReader in;
    private final String file;
    private final ObjectReader reader;
    private long line;

    LineReader(BufferedReader in, String file, Rejects rejects, ObjectReader reader) {
      super(file, rejects);
      this.in = in;
      this.file = file;
      this.reader = reader;
    }

    @Override
    boolean advance() throws IOException {
      String text = in.readLine();
      if (text == null) {
        return false;
      }
      line++;
      if (text.isBlank()) {
        reject(new UnionFormatException(file, line, 0, "", "empty line: every line must hold one record", null));
        return true;
      }
      try {
        T record = reader.readValue(text);
        if (record == null) {
          reject(new UnionFormatException(file, line, 1, "", "null is not a record", null));
        } else {
          accept(record);
        }
      } catch (JsonProcessingException e) {
        reject(UnionJson.translate(e, file, line - 1));
      }
      return true;
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
