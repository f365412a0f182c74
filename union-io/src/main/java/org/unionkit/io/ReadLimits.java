package org.unionkit.io;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * How much input a reader takes before it refuses it, so that a hostile or broken file fails with a
 * located {@link UnionFormatException} instead of exhausting memory: {@link #defaults()}, or such as
 * {@code ReadLimits.defaults().withMaxLineBytes(4 << 20)}, given to a reader through {@link ReadOptions#withLimits}
 * (NDJSON, CSV) or an overload ({@link UnionJson}'s dataset reader).
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>applies to</th></tr>
 *   <tr><td>{@code maxDocumentChars}</td><td>1,073,741,824 (2<sup>30</sup>)</td><td>a dataset document or CSV file, in characters</td></tr>
 *   <tr><td>{@code maxDepth}</td><td>32</td><td>nesting of JSON objects and arrays</td></tr>
 *   <tr><td>{@code maxNumberLength}</td><td>64</td><td>digits of one number</td></tr>
 *   <tr><td>{@code maxStringLength}</td><td>1,000,000</td><td>characters of one string or CSV cell</td></tr>
 *   <tr><td>{@code maxLineBytes}</td><td>1,048,576 (1 MiB)</td><td>one NDJSON line; a longer line is a bad line, skipped without being held</td></tr>
 *   <tr><td>{@code maxRecords}</td><td>1,000,000,000</td><td>records of a document, lines of an NDJSON stream, rows of a CSV file</td></tr>
 * </table>
 *
 * <p>The defaults fit the largest real inputs with room to spare (a national federation's few hundred
 * million members; a province's document of millions of records) and stop what no register holds.
 *
 * @param maxDocumentChars the most characters of a document or CSV file, at least 1
 * @param maxDepth the deepest nesting, at least 1
 * @param maxNumberLength the most digits of a number, at least 1
 * @param maxStringLength the most characters of a string or cell, at least 1
 * @param maxLineBytes the most bytes of an NDJSON line, at least 1
 * @param maxRecords the most records, lines or rows, at least 1
 */
public record ReadLimits(long maxDocumentChars, int maxDepth, int maxNumberLength, int maxStringLength,
    int maxLineBytes, long maxRecords) {
  private static final ReadLimits DEFAULTS = new ReadLimits(1L << 30, 32, 64, 1_000_000, 1 << 20, 1_000_000_000L);

  /** Where a dataset document's reader finds the limits (an attribute of Jackson's reading context). */
  static final Object ATTRIBUTE = ReadLimits.class;

  /**
   * Checks that every limit is at least 1.
   *
   * @throws IllegalArgumentException naming the limit that is not
   */
  public ReadLimits {
    atLeastOne(maxDocumentChars, "maxDocumentChars");
    atLeastOne(maxDepth, "maxDepth");
    atLeastOne(maxNumberLength, "maxNumberLength");
    atLeastOne(maxStringLength, "maxStringLength");
    atLeastOne(maxLineBytes, "maxLineBytes");
    atLeastOne(maxRecords, "maxRecords");
  }

  private static void atLeastOne(long limit, String name) {
    if (limit < 1) {
      throw new IllegalArgumentException(name + " (" + limit + ") must be at least 1");
    }
  }

  /**
   * The defaults of the table above.
   *
   * @return the limits, not null
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another document length.
   *
   * @param chars the most characters, at least 1
   * @return the limits, not null
   */
  public ReadLimits withMaxDocumentChars(long chars) {
    return new ReadLimits(chars, maxDepth, maxNumberLength, maxStringLength, maxLineBytes, maxRecords);
  }

  /**
   * These limits with another nesting depth.
   *
   * @param depth the deepest nesting, at least 1
   * @return the limits, not null
   */
  public ReadLimits withMaxDepth(int depth) {
    return new ReadLimits(maxDocumentChars, depth, maxNumberLength, maxStringLength, maxLineBytes, maxRecords);
  }

  /**
   * These limits with another number length.
   *
   * @param digits the most digits, at least 1
   * @return the limits, not null
   */
  public ReadLimits withMaxNumberLength(int digits) {
    return new ReadLimits(maxDocumentChars, maxDepth, digits, maxStringLength, maxLineBytes, maxRecords);
  }

  /**
   * These limits with another string length.
   *
   * @param chars the most characters, at least 1
   * @return the limits, not null
   */
  public ReadLimits withMaxStringLength(int chars) {
    return new ReadLimits(maxDocumentChars, maxDepth, maxNumberLength, chars, maxLineBytes, maxRecords);
  }

  /**
   * These limits with another NDJSON line length.
   *
   * @param bytes the most bytes, at least 1
   * @return the limits, not null
   */
  public ReadLimits withMaxLineBytes(int bytes) {
    return new ReadLimits(maxDocumentChars, maxDepth, maxNumberLength, maxStringLength, bytes, maxRecords);
  }

  /**
   * These limits with another record count.
   *
   * @param records the most records, lines or rows, at least 1
   * @return the limits, not null
   */
  public ReadLimits withMaxRecords(long records) {
    return new ReadLimits(maxDocumentChars, maxDepth, maxNumberLength, maxStringLength, maxLineBytes, records);
  }

  /** The limits Jackson's parsers enforce themselves. */
  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder().maxDocumentLength(maxDocumentChars).maxNestingDepth(maxDepth)
        .maxNumberLength(maxNumberLength).maxStringLength(maxStringLength).build();
  }

  /** What a reader says that has read {@code maxRecords} records and finds another. */
  String tooManyRecords() {
    return "holds more than " + maxRecords + " records (ReadLimits.maxRecords; raise it to read more)";
  }
}
