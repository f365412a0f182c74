package org.unionkit.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Member;

/**
 * Decodes one NDJSON line, given as UTF-8 bytes, into a record or the located failure of the line. The
 * strict reading is {@link UnionJson#mapper()}'s, on the line's text. A subclass may add a fast path for
 * the common form of a line; whatever the fast path declines goes the strict way, so failures always
 * come from the strict reader. A failure in a member's line shows none of its values
 * ({@link UnionFormatException#hidingValues()}). Holds a charset decoder: one instance per thread.
 *
 * @param <T> the record type
 */
class LineDecoder<T> implements RecordDecoder<T> {
  private final String file;
  private final ObjectReader strict;
  private final int maxLineBytes;
  private final boolean personal;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  LineDecoder(String file, Class<T> type, ReadLimits limits) {
    this.file = file;
    this.strict = UnionJson.reader(null, limits).forType(type);
    this.maxLineBytes = limits.maxLineBytes();
    this.personal = type == Member.class;
  }

  /**
   * The record on {@code bytes[from, to)}, a line without its break.
   *
   * @param line the line number to report failures at
   * @throws UnionFormatException naming the line, column and field at fault
   */
  @Override
  public final T decode(byte[] bytes, int from, int to, long line) throws UnionFormatException {
    if (!fits(from, to)) {
      // LineChunks keeps only the start of such a line; it is bad whatever that start says.
      throw new UnionFormatException(file, line, 0, "", "the line is longer than " + maxLineBytes
          + " bytes (ReadLimits.maxLineBytes)");
    }
    T record = fast(bytes, from, to);
    if (record != null) {
      return record;
    }
    try {
      return strict(bytes, from, to, line);
    } catch (UnionFormatException e) {
      throw personal ? e.hidingValues() : e;
    }
  }

  /** Whether the line {@code [from, to)} is within {@link ReadLimits#maxLineBytes()}: a longer one is bad. */
  final boolean fits(int from, int to) {
    return to - from <= maxLineBytes;
  }

  /**
   * The record, read without the strict reader, or null to leave the line to it. A record returned here
   * must equal what the strict reader makes of the line.
   */
  @Nullable T fast(byte[] bytes, int from, int to) {
    return null;
  }

  /** The record, read by the strict reader: the record or the located failure. */
  private T strict(byte[] bytes, int from, int to, long line) throws UnionFormatException {
    String text = text(bytes, from, to, line);
    if (text.isBlank()) {
      throw new UnionFormatException(file, line, 0, "", "empty line: every line must hold one record");
    }
    T record;
    try (JsonParser parser = strict.createParser(text)) {
      record = UnionJson.read(strict, parser, file, line - 1);
    } catch (UnionFormatException e) {
      throw e;
    } catch (IOException e) {
      // A String's parser reads no stream: nothing but the format can fail.
      throw new UnionFormatException(file, line, 0, "", String.valueOf(e.getMessage()));
    }
    if (record == null) {
      throw new UnionFormatException(file, line, 1, "", "null is not a record");
    }
    return record;
  }

  /** The line's text; bytes that are not UTF-8 fail at the column of the first of them. */
  private String text(byte[] bytes, int from, int to, long line) throws UnionFormatException {
    CharBuffer chars = CharBuffer.allocate(to - from);
    utf8.reset();
    CoderResult result = utf8.decode(ByteBuffer.wrap(bytes, from, to - from), chars, true);
    if (result.isError()) {
      throw new UnionFormatException(file, line, chars.position() + 1, "",
          "is not UTF-8 text: an NDJSON stream is UTF-8 (convert GBK files first, or read them as CSV)");
    }
    utf8.flush(chars);
    return chars.flip().toString();
  }
}
