package org.unionkit.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that counts the bytes and lines read through it and reports them to a {@link Progress}
 * after each read: how {@code report --members} shows its progress without the reader knowing. A line
 * ends at {@code \n}, {@code \r\n} or a lone {@code \r}, as NDJSON lines do; a last line without a line
 * end counts once the end of the stream is read. Read by one thread, as {@code Ndjson.rollUp} reads its
 * input on the calling thread.
 */
final class ProgressInputStream extends FilterInputStream {
  private final Progress progress;
  private long bytes;
  private long lines;
  /** The last byte read, or -1 before the first. */
  private int last = -1;
  private boolean ended;

  ProgressInputStream(InputStream in, Progress progress) {
    super(in);
    this.progress = progress;
  }

  /** The bytes read so far. */
  long bytes() {
    return bytes;
  }

  /** The lines read so far. */
  long lines() {
    return lines;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      end();
    } else {
      count(b);
      bytes++;
      progress.update(lines, bytes);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int from, int length) throws IOException {
    int read = super.read(buffer, from, length);
    if (read < 0) {
      end();
      return read;
    }
    long counted = lines;
    int previous = last;
    for (int i = from; i < from + read; i++) {
      int b = buffer[i] & 0xFF;
      if (b == '\r' || (b == '\n' && previous != '\r')) {
        counted++;
      }
      previous = b;
    }
    lines = counted;
    last = previous;
    bytes += read;
    progress.update(lines, bytes);
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    bytes += skipped;
    last = 0;
    return skipped;
  }

  private void count(int b) {
    if (b == '\r' || (b == '\n' && last != '\r')) {
      lines++;
    }
    last = b;
  }

  private void end() {
    if (!ended) {
      ended = true;
      if (last >= 0 && last != '\n' && last != '\r') {
        lines++;
      }
    }
  }
}
