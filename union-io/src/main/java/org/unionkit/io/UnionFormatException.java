package org.unionkit.io;

import java.io.IOException;
import java.io.Serial;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Bad input in a unionkit file, such as
 * {@code members.ndjson:12:31: /employmentForm: "COURIERS" is not one of STANDARD, DISPATCHED, ...}: what is
 * wrong, and where (file, line, column, JSON path).
 *
 * <p>Messages never hold personal data: anything shaped like a citizen ID number is masked, in the reason
 * and in the path (a field may be named by one), even inside a parser's own description of a broken token;
 * and no cause is attached, whose message could quote the input. Lines and columns count from 1.
 */
public final class UnionFormatException extends IOException {
  @Serial private static final long serialVersionUID = 1L;
  /** 15- or 18-character runs of digits (the last may be X): the shapes of citizen ID numbers. */
  private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])");

  private final @Nullable String file;
  private final long line;
  private final long column;
  private final String path;
  private final String reason;

  /**
   * The failure, with no cause attached: a parser's own exception may quote the input, personal data
   * included, and would print it in every stack trace; its message, masked, is in the reason instead.
   */
  UnionFormatException(@Nullable String file, long line, long column, String path, String reason) {
    super(describe(file, line, column, mask(path), mask(reason)));
    this.file = file;
    this.line = line;
    this.column = column;
    this.path = mask(path);
    this.reason = mask(reason);
  }

  /** The same failure {@code lines} lines further down: a chunk's line numbers made the file's. */
  UnionFormatException shifted(long lines) {
    return lines == 0 ? this : new UnionFormatException(file, line + lines, column, path, reason);
  }

  static String mask(String text) {
    return ID_LIKE.matcher(text).replaceAll("***");
  }

  private static String describe(@Nullable String file, long line, long column, String path, String reason) {
    StringBuilder where = new StringBuilder(file == null ? "<input>" : file);
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    return where + ": " + (path.isEmpty() ? "" : path + ": ") + reason;
  }

  /**
   * The file, as the caller named it.
   *
   * @return the file name, empty when reading a stream without a name; not null
   */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /**
   * The line, from 1.
   *
   * @return the line, or 0 when unknown
   */
  public long line() {
    return line;
  }

  /**
   * The column, from 1.
   *
   * @return the column, or 0 when unknown
   */
  public long column() {
    return column;
  }

  /**
   * The JSON Pointer of the value at fault within its document or line, such as
   * {@code /members/3/employmentForm}; for CSV, the column's header.
   *
   * @return the path, empty for the document as a whole; not null
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the reason, not null
   */
  public String reason() {
    return reason;
  }
}
