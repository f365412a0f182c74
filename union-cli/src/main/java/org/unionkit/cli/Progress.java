package org.unionkit.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long write or read on stderr, at most one line a second, such as
 * {@code unionkit: 1,200,000 of 10,000,000 members written, 610,000 a second, about 14 s left} or
 * {@code unionkit: members.ndjson: 2,400,000 lines read (360.2 of 1,500.0 MB), 1,800,000 a second, about 3 s left}:
 * the count so far, its rate, and the time left estimated from the work done against the whole (members
 * written of those asked for, bytes read of the file's size). {@code generate} and {@code report --members}
 * both show their progress through it. Not thread-safe: one thread reports.
 */
final class Progress {
  /** What has been done so far, such as {@code 1,200,000 of 10,000,000 members written}. */
  @FunctionalInterface
  interface Line {
    String describe(long count, long done);
  }

  private static final long INTERVAL = TimeUnit.SECONDS.toNanos(1);

  private final PrintStream out;
  private final long total;
  private final LongSupplier nanoClock;
  private final Line line;
  private final long start;
  private long lastShown;

  private Progress(PrintStream out, long total, LongSupplier nanoClock, Line line) {
    this.out = out;
    this.total = total;
    this.nanoClock = nanoClock;
    this.line = line;
    this.start = nanoClock.getAsLong();
    this.lastShown = start;
  }

  /**
   * Starts timing now.
   *
   * @param out where the lines go (stderr); not null
   * @param total the whole of the work, in the unit of {@code done}; 0 or less when unknown (no time left shown)
   * @param nanoClock a clock in nanoseconds, such as {@code System::nanoTime}; not null
   * @param line describes what has been done; not null
   * @return the progress, not null
   */
  static Progress start(PrintStream out, long total, LongSupplier nanoClock, Line line) {
    return new Progress(out, total, nanoClock, line);
  }

  /**
   * Shows a line if a second has passed since the last one (or the start).
   *
   * @param count what the line counts (members, lines)
   * @param done the work done of {@code total} (members, bytes)
   */
  void update(long count, long done) {
    long now = nanoClock.getAsLong();
    if (now - lastShown < INTERVAL) {
      return;
    }
    lastShown = now;
    long elapsed = now - start;
    StringBuilder text = new StringBuilder("unionkit: ").append(line.describe(count, done))
        .append(String.format(Locale.ROOT, ", %,d a second", perSecond(count, elapsed)));
    if (total > 0 && done > 0 && done <= total) {
      long left = Math.round(elapsed / (double) done * (total - done));
      text.append(", about ").append(duration(left)).append(" left");
    }
    out.println(text);
  }

  /**
   * Shows the last line: what was done, and in how long.
   *
   * @param count what the line counts
   * @param done the work done
   */
  void finish(long count, long done) {
    long elapsed = nanoClock.getAsLong() - start;
    StringBuilder text = new StringBuilder("unionkit: ").append(line.describe(count, done)).append(" in ")
        .append(duration(elapsed));
    if (elapsed >= INTERVAL) {
      text.append(String.format(Locale.ROOT, ", %,d a second", perSecond(count, elapsed)));
    }
    out.println(text);
  }

  private static long perSecond(long count, long nanos) {
    return nanos <= 0 ? 0 : Math.round(count / (nanos / 1e9));
  }

  /** A duration such as {@code 0.4 s}, {@code 14 s}, {@code 3 min 05 s} or {@code 2 h 10 min}. */
  static String duration(long nanos) {
    long seconds = Math.round(nanos / 1e9);
    if (nanos < TimeUnit.SECONDS.toNanos(10)) {
      return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
  }

  /** Bytes read of a size in megabytes, such as {@code 360.2 of 1,500.0 MB}, or {@code 360.2 MB} without a size. */
  static String megabytes(long bytes, long size) {
    return size > 0 ? String.format(Locale.ROOT, "%,.1f of %,.1f MB", bytes / 1e6, size / 1e6)
        : String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
  }
}
