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
 * chunk holds about {@code chunkSize} bytes, more when one line is longer.
 *
 * <p>A line longer than {@code maxLineBytes} is never held whole: its first {@code maxLineBytes + 1} bytes
 * stand for it, as a line of their own that the decoder refuses by its length, and the rest is read past.
 * So a chunk never holds more than about twice {@code maxLineBytes} or {@code chunkSize}. A read that
 * fails says which input and after how many bytes. Not thread-safe.
 */
final class LineChunks {
  /** The bytes read per chunk: small enough to stay off the large-object path of a 64 MB heap. */
  static final int CHUNK_SIZE = 256 * 1024;

  private final InputStream in;
  private final String file;
  private final int chunkSize;
  private final int maxLineBytes;
  private byte[] carry = new byte[0];
  private boolean atStart = true;
  private boolean atEnd;
  private long bytesRead;

  LineChunks(InputStream in, String file, int chunkSize, int maxLineBytes) {
    this.in = in;
    this.file = file;
    this.chunkSize = Math.max(4, chunkSize);
    this.maxLineBytes = maxLineBytes;
  }

  /** Whole lines: {@code bytes[0, length)}. */
  record Chunk(byte[] bytes, int length) {}

  /**
   * The next chunk of whole lines.
   *
   * @return the chunk, or null at the end of the input
   * @throws IOException if the input cannot be read, naming it
   */
  @Nullable Chunk next() throws IOException {
    byte[] buffer = Arrays.copyOf(carry, Math.max(chunkSize, carry.length * 2));
    int filled = carry.length;
    int searched = 0;
    while (true) {
      while (filled < buffer.length && !atEnd) {
        int read = read(buffer, filled, buffer.length - filled);
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
      // The buffer holds one line, ended by a carriage return in its last byte or unfinished: if it is
      // too long to keep, it is a line of its own; if not, read on into a larger buffer.
      if (filled > maxLineBytes) {
        if (buffer[filled - 1] == '\r') {
          if (filled - 1 > maxLineBytes) {
            Chunk start = startOf(buffer);
            boolean unused = carryAfterCarriageReturn();
            return start;
          }
          // The line fits: a line feed after its carriage return is the rest of its break, and stays with it.
          if (carryAfterCarriageReturn()) {
            buffer = Arrays.copyOf(buffer, filled + 1);
            buffer[filled++] = '\n';
          }
          return new Chunk(buffer, filled);
        }
        return tooLong(buffer);
      }
      searched = filled - 1;
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
  }

  /**
   * Stands for a line too long to keep, unbroken in {@code buffer}, by its start, and reads past the rest
   * of it; what follows its break is carried to the next chunk.
   */
  private Chunk tooLong(byte[] buffer) throws IOException {
    Chunk start = startOf(buffer);
    carry = new byte[0];
    while (true) {
      int read = read(buffer, 0, buffer.length);
      if (read < 0) {
        atEnd = true;
        return start;
      }
      int end = ByteScan.lineEnd(buffer, 0, read);
      if (end < read) {
        if (buffer[end] == '\r' && end + 1 == read) {
          boolean unused = carryAfterCarriageReturn();
        } else {
          carry = Arrays.copyOfRange(buffer, nextLineStart(buffer, end, read), read);
        }
        return start;
      }
    }
  }

  /** A line of the first {@code maxLineBytes + 1} bytes of a longer one, which the decoder refuses by length. */
  private Chunk startOf(byte[] buffer) {
    byte[] start = Arrays.copyOf(buffer, maxLineBytes + 2);
    start[maxLineBytes + 1] = '\n';
    return new Chunk(start, start.length);
  }

  /**
   * After a carriage return that ended the bytes read so far: a line feed next belongs to its break, and
   * any other byte starts the next chunk.
   *
   * @return whether a line feed followed (it is read)
   */
  private boolean carryAfterCarriageReturn() throws IOException {
    int after = readByte();
    if (after < 0) {
      atEnd = true;
    }
    carry = after < 0 || after == '\n' ? new byte[0] : new byte[] {(byte) after};
    return after == '\n';
  }

  private int read(byte[] buffer, int from, int length) throws IOException {
    try {
      int read = in.read(buffer, from, length);
      bytesRead += Math.max(0, read);
      return read;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private int readByte() throws IOException {
    try {
      int read = in.read();
      bytesRead += read < 0 ? 0 : 1;
      return read;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private IOException failed(IOException e) {
    return new IOException("reading " + file + " failed after " + bytesRead + " bytes: " + e.getMessage(), e);
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
