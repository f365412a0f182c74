package org.unionkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An NDJSON stream cut into chunks of whole lines, so that each chunk can be decoded on its own thread.
 * A line ends at a line feed, a carriage return followed by a line feed, or a lone carriage return (as
 * {@link java.io.BufferedReader#readLine()} has it); the end of the input ends the last line, and a
 * break just before the end does not begin another. A UTF-8 byte order mark at the start is skipped. A
 * chunk holds about {@code chunkSize} bytes, more when one line is longer. Not thread-safe.
 */
final class LineChunks {
  /** The bytes read per chunk: small enough to stay off the large-object path of a 64 MB heap. */
  static final int CHUNK_SIZE = 256 * 1024;

  private final InputStream in;
  private final int chunkSize;
  private byte[] carry = new byte[0];
  private boolean atStart = true;
  private boolean atEnd;

  LineChunks(InputStream in, int chunkSize) {
    this.in = in;
    this.chunkSize = Math.max(4, chunkSize);
  }

  /** Whole lines: {@code bytes[0, length)}. */
  record Chunk(byte[] bytes, int length) {}

  /**
   * The next chunk of whole lines.
   *
   * @return the chunk, or null at the end of the input
   */
  @Nullable Chunk next() throws IOException {
    byte[] buffer = Arrays.copyOf(carry, Math.max(chunkSize, carry.length * 2));
    int filled = carry.length;
    int searched = 0;
    while (true) {
      while (filled < buffer.length && !atEnd) {
        int read = in.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
          atEnd = true;
        } else {
          filled += read;
        }
      }
      // The buffer is full or the input ended: there are enough bytes to tell a byte order mark.
      if (atStart) {
        atStart = false;
        if (filled >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
          filled -= 3;
          System.arraycopy(buffer, 3, buffer, 0, filled);
        }
      }
      if (atEnd) {
        carry = new byte[0];
        return filled == 0 ? null : new Chunk(buffer, filled);
      }
      int cut = lastBreak(buffer, searched, filled);
      if (cut > 0) {
        carry = Arrays.copyOfRange(buffer, cut, filled);
        return new Chunk(buffer, cut);
      }
      // One line fills the buffer: read on into a larger one.
      searched = filled - 1;
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
  }

  /**
   * Where the last complete line break of {@code buffer[from, filled)} ends, or 0 if there is none. A
   * carriage return in the last byte does not count: a line feed may follow it in the next read.
   */
  private static int lastBreak(byte[] buffer, int from, int filled) {
    for (int i = filled - 1; i >= from; i--) {
      if (buffer[i] == '\n' || (buffer[i] == '\r' && i < filled - 1)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Where the next line starts, given the end of this one: after its break ({@code \r\n} is one break). */
  static int nextLineStart(byte[] bytes, int end, int length) {
    if (end >= length) {
      return length;
    }
    return bytes[end] == '\r' && end + 1 < length && bytes[end + 1] == '\n' ? end + 2 : end + 1;
  }
}
