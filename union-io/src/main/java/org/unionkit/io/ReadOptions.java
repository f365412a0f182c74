package org.unionkit.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.unionkit.stats.CountOptions;

/**
 * How a reader of records reads: what it does with bad lines, its limits, and, where they apply, the
 * encoding, unknown CSV columns, the decoding threads and what a roll-up counts. One immutable value for
 * every reader of {@link Ndjson} and {@link Csv}, such as
 * {@code ReadOptions.defaults().withRejects(rejects::add).withCharset(Charset.forName("GBK"))}; each
 * {@code with} method returns a copy with one option changed.
 *
 * <table>
 *   <caption>The options and their defaults</caption>
 *   <tr><th>option</th><th>default</th><th>read by</th></tr>
 *   <tr><td>{@link #rejects()}</td><td>{@link Rejects#FAIL}</td><td>every reader</td></tr>
 *   <tr><td>{@link #limits()}</td><td>{@link ReadLimits#defaults()}</td><td>every reader</td></tr>
 *   <tr><td>{@link #charset()}</td><td>UTF-8</td><td>CSV; NDJSON is UTF-8 by definition and refuses another</td></tr>
 *   <tr><td>{@link #unknownColumns()}</td><td>{@link Csv.UnknownColumns#FAIL}</td><td>CSV</td></tr>
 *   <tr><td>{@link #threads()}</td><td>every core</td><td>{@link Ndjson#rollUp}</td></tr>
 *   <tr><td>{@link #counting()}</td><td>none: the document's period, as of its end, where a
 *       document is given ({@link DatasetDocument#countOptions()}); else all recorded time</td>
 *       <td>{@link Ndjson#rollUp}</td></tr>
 * </table>
 */
public final class ReadOptions {
  private static final ReadOptions DEFAULTS = new ReadOptions(Rejects.FAIL, ReadLimits.defaults(),
      StandardCharsets.UTF_8, Csv.UnknownColumns.FAIL, 0, null);

  private final Rejects rejects;
  private final ReadLimits limits;
  private final Charset charset;
  private final Csv.UnknownColumns unknownColumns;
  /** 0 for every core, counted when read. */
  private final int threads;
  private final @Nullable CountOptions counting;

  private ReadOptions(Rejects rejects, ReadLimits limits, Charset charset, Csv.UnknownColumns unknownColumns,
      int threads, @Nullable CountOptions counting) {
    this.rejects = rejects;
    this.limits = limits;
    this.charset = charset;
    this.unknownColumns = unknownColumns;
    this.threads = threads;
    this.counting = counting;
  }

  /**
   * The defaults of the table above.
   *
   * @return the options, not null
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * What a reader does with a bad line or row.
   *
   * @return {@link Rejects#FAIL} or a handler, not null
   */
  public Rejects rejects() {
    return rejects;
  }

  /**
   * How much input a reader takes.
   *
   * @return the limits, not null
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * The encoding of a CSV file.
   *
   * @return the charset, not null
   */
  public Charset charset() {
    return charset;
  }

  /**
   * What a CSV reader does with a header column that is not one of the record's.
   *
   * @return the choice, not null
   */
  public Csv.UnknownColumns unknownColumns() {
    return unknownColumns;
  }

  /**
   * The threads a roll-up decodes on.
   *
   * @return at least 1: the number given, else the cores of this machine
   */
  public int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  /**
   * The period, scope and as-of date a roll-up counts for, when given.
   *
   * @return the counting options, empty for the default (see the table above); not null
   */
  public Optional<CountOptions> counting() {
    return Optional.ofNullable(counting);
  }

  /**
   * The same options with another handler of bad lines and rows.
   *
   * @param rejects {@link Rejects#FAIL}, or a handler such as {@code rejects::add}; not null
   * @return the options, not null
   */
  public ReadOptions withRejects(Rejects rejects) {
    return new ReadOptions(Objects.requireNonNull(rejects, "rejects"), limits, charset, unknownColumns, threads,
        counting);
  }

  /**
   * The same options with other limits.
   *
   * @param limits the limits; not null
   * @return the options, not null
   */
  public ReadOptions withLimits(ReadLimits limits) {
    return new ReadOptions(rejects, Objects.requireNonNull(limits, "limits"), charset, unknownColumns, threads,
        counting);
  }

  /**
   * The same options with another encoding for CSV, such as {@code Charset.forName("GBK")}.
   *
   * @param charset the encoding; not null
   * @return the options, not null
   */
  public ReadOptions withCharset(Charset charset) {
    return new ReadOptions(rejects, limits, Objects.requireNonNull(charset, "charset"), unknownColumns, threads,
        counting);
  }

  /**
   * The same options with another choice for unknown CSV columns.
   *
   * @param unknownColumns {@link Csv.UnknownColumns#FAIL} or {@link Csv.UnknownColumns#IGNORE}; not null
   * @return the options, not null
   */
  public ReadOptions withUnknownColumns(Csv.UnknownColumns unknownColumns) {
    return new ReadOptions(rejects, limits, charset, Objects.requireNonNull(unknownColumns, "unknownColumns"),
        threads, counting);
  }

  /**
   * The same options with a number of decoding threads for a roll-up.
   *
   * @param threads at least 1
   * @return the options, not null
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public ReadOptions withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads (" + threads + ") must be at least 1");
    }
    return new ReadOptions(rejects, limits, charset, unknownColumns, threads, counting);
  }

  /**
   * The same options counting a roll-up for another period, scope or as-of date, such as
   * {@code withCounting(CountOptions.of(ReportingPeriod.ofYear(2019)))}.
   *
   * @param counting the counting options; not null
   * @return the options, not null
   */
  public ReadOptions withCounting(CountOptions counting) {
    return new ReadOptions(rejects, limits, charset, unknownColumns, threads,
        Objects.requireNonNull(counting, "counting"));
  }

  /** The NDJSON readers' check: their input is UTF-8, whatever the options say of CSV. */
  ReadOptions requireUtf8(String file) {
    if (!charset.equals(StandardCharsets.UTF_8)) {
      throw new IllegalArgumentException(file + ": NDJSON is UTF-8 text, not " + charset
          + " (convert the file, or read it as CSV)");
    }
    return this;
  }

  @Override
  public String toString() {
    return "ReadOptions[rejects " + (rejects == Rejects.FAIL ? "FAIL" : "handled") + ", " + limits + ", " + charset
        + ", unknown columns " + unknownColumns + ", " + (threads > 0 ? threads + " threads" : "every core")
        + (counting == null ? "" : ", " + counting) + "]";
  }
}
