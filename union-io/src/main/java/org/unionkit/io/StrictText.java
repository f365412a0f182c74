package org.unionkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Text read strictly from bytes in a charset: bytes that are not text in it fail with a
 * {@link UnionFormatException} at the line and column where they stand, instead of turning silently into
 * U+FFFD (which an {@code InputStreamReader} would do); a leading byte order mark is skipped. Columns count
 * characters, as editors and Jackson's messages do, and lines end as Jackson ends them. Not thread-safe.
 */
final class StrictText extends Reader {
  private final InputStream in;
  private final String file;
  private final String charsetName;
  private final String advice;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private boolean atEnd;
  private boolean atStart = true;
  private long line = 1;
  private long column;
  private boolean afterCarriageReturn;
  /** The second char decoded for a one-char read (half of a surrogate pair, or any), handed out next. */
  private int pendingChar = -1;

  /**
   * @param advice what the message adds to "is not ... text", such as how to read a GBK file
   */
  StrictText(InputStream in, Charset charset, String file, String advice) {
    this.in = in;
    this.file = file;
    this.charsetName = charset.name();
    this.advice = advice;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] chars, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (pendingChar >= 0) {
      chars[offset] = (char) pendingChar;
      pendingChar = -1;
      return 1;
    }
    if (length == 1) {
      // A character outside the BMP is two chars, which the decoder writes only together.
      char[] pair = new char[2];
      int n = read(pair, 0, 2);
      if (n > 0) {
        chars[offset] = pair[0];
        pendingChar = n == 2 ? pair[1] : -1;
      }
      return Math.min(n, 1);
    }
    CharBuffer out = CharBuffer.wrap(chars, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, atEnd);
      if (atStart && out.position() > offset) {
        atStart = false;
        if (chars[offset] == '\uFEFF') {
          System.arraycopy(chars, offset + 1, chars, offset, out.position() - offset - 1);
          out.position(out.position() - 1);
        }
      }
      int decoded = out.position() - offset;
      count(chars, offset, decoded);
      if (result.isError()) {
        throw new UnionFormatException(file, line, column + 1, "", "is not " + charsetName + " text" + advice);
      }
      if (decoded > 0) {
        return decoded;
      }
      if (atEnd) {
        return -1;
      }
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        atEnd = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }
  }

  /** Counts lines as Jackson does: a line feed, a carriage return, or both together end one. */
  private void count(char[] chars, int offset, int n) {
    for (int i = offset; i < offset + n; i++) {
      char c = chars[i];
      if (c == '\n' || c == '\r') {
        if (c == '\r' || !afterCarriageReturn) {
          line++;
        }
        column = 0;
      } else {
        column++;
      }
      afterCarriageReturn = c == '\r';
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
