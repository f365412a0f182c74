package org.unionkit.io;

import java.io.IOException;
import java.io.Serial;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.CitizenId;

/**
 * Bad input in a unionkit file, such as
 * {@code export.json:3:52: /organisations/0/kind: "UNION" is not one of NATIONAL_FEDERATION, ...}: what is
 * wrong, and where (file, line, column, JSON path).
 *
 * <p>Messages never hold personal data: anything shaped like a citizen ID number is masked, in the reason
 * and in the path (a field may be named by one), even inside a parser's own description of a broken token;
 * a failure in a member's record shows none of its values (a name in the wrong column would be one); and no
 * cause is attached, whose message could quote the input. Lines and columns count from 1.
 */
public final class UnionFormatException extends IOException {
  @Serial private static final long serialVersionUID = 1L;
  private static final Pattern SEGMENT = Pattern.compile("[^/]+");
  /**
   * A path segment a member's record may show: an index, or a field name written as names in code are
   * ({@code colour}, {@code @class}); anything else (with a space, in Chinese characters) may be a value
   * made a field, such as a name.
   */
  private static final Pattern SHOWN_SEGMENT = Pattern.compile("[0-9]+|[A-Za-z_@$][A-Za-z0-9_@$.-]{0,63}");
  /**
   * What a reason may show of a value: {@code "..."} (with {@code \"} and {@code \\} escaped inside), a
   * JSON parser's {@code 'c' (code 29579 / 0x738b)} and its {@code 'token'} (a token holds no apostrophe);
   * group 1 is a literal the parser expected ({@code 'null'}), which stays.
   */
  private static final Pattern QUOTED = Pattern.compile("('(?:null|true|false)')"
      + "|(?:'[^']*' )?\\(code \\d+(?: / 0x\\p{XDigit}+)?\\)|\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'");

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
    super(describe(file, line, column, CitizenId.redact(path), CitizenId.redact(reason)));
    this.file = file;
    this.line = line;
    this.column = column;
    this.path = CitizenId.redact(path);
    this.reason = CitizenId.redact(reason);
  }

  /**
   * Hands this bad line or row to the reader's rejects: thrown for {@link Rejects#FAIL}, else passed on as a
   * {@link Reject} and the read goes on. The one conversion of every reader, sequential or parallel.
   */
  void handTo(Rejects rejects) throws UnionFormatException {
    if (rejects == Rejects.FAIL) {
      throw this;
    }
    rejects.reject(new Reject(line(), column(), path(), reason()));
  }

  /**
   * The same failure with every value its reason quotes, and every path segment that may be a value made a
   * field (one with a space, or in Chinese characters), replaced by {@code ***}, such as
   * {@code /workRelation: *** is not one of EMPLOYEE, ...}: for a member's record, where a value in the wrong
   * field (a name in a misplaced column) is personal data whatever the field.
   */
  UnionFormatException hidingValues() {
    String hiddenReason = QUOTED.matcher(reason).replaceAll(m -> m.group(1) != null ? m.group(1) : "***");
    String hiddenPath = SEGMENT.matcher(path).replaceAll(m -> SHOWN_SEGMENT.matcher(m.group()).matches()
        ? Matcher.quoteReplacement(m.group()) : "***");
    return new UnionFormatException(file, line, column, hiddenPath, hiddenReason);
  }

  /** The same failure {@code lines} lines further down: a chunk's line numbers made the file's. */
  UnionFormatException shifted(long lines) {
    return lines == 0 ? this : new UnionFormatException(file, line + lines, column, path, reason);
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
