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
  private final @Nullable String sheet;
  private final long line;
  private final long column;
  private final String path;
  private final String reason;

  /**
   * The failure, with no cause attached: a parser's own exception may quote the input, personal data
   * included, and would print it in every stack trace; its message, masked, is in the reason instead.
   */
  UnionFormatException(@Nullable String file, long line, long column, String path, String reason) {
    this(file, null, line, column, path, reason);
  }

  /**
   * The failure at a cell of a workbook's sheet when {@code sheet} is given: {@code line} is the row and
   * {@code column} the column from 1 (A), described as {@code 会员.xlsx: 会员!C5: joined: ...}.
   */
  UnionFormatException(@Nullable String file, @Nullable String sheet, long line, long column, String path,
      String reason) {
    super(describe(file, sheet, line, column, CitizenId.redact(path), CitizenId.redact(reason)));
    this.file = file;
    this.sheet = sheet;
    this.line = line;
    this.column = column;
    this.path = CitizenId.redact(path);
    this.reason = CitizenId.redact(reason);
  }

  /**
   * Bad input in a file as a whole, such as {@code 会员.xlsx: is not an .xlsx workbook (not a ZIP archive)}:
   * for readers of other formats built on this library.
   *
   * @param file the file's name; not null
   * @param reason what is wrong, with no personal value; not null
   * @return the failure, not null
   */
  public static UnionFormatException of(String file, String reason) {
    return new UnionFormatException(file, 0, 0, "", reason);
  }

  /**
   * Bad input at a cell or row of a workbook's sheet, such as {@code 会员.xlsx: 会员!C5: joined: ...}.
   *
   * @param file the file's name; not null
   * @param sheet the sheet's name; not null
   * @param row the row from 1, or 0 for the sheet as a whole
   * @param column the column from 1 (A), or 0 for the row as a whole
   * @param path the field at fault, empty for none; not null
   * @param reason what is wrong, with no personal value; not null
   * @return the failure, not null
   */
  public static UnionFormatException atCell(String file, String sheet, long row, long column, String path,
      String reason) {
    return new UnionFormatException(file, sheet, row, column, path, reason);
  }

  /**
   * Hands this bad line or row to the reader's rejects: thrown for {@link Rejects#FAIL}, else passed on as a
   * {@link Reject} and the read goes on. The one conversion of every reader, sequential or parallel.
   */
  void handTo(Rejects rejects) throws UnionFormatException {
    if (rejects == Rejects.FAIL) {
      throw this;
    }
    rejects.reject(new Reject(line(), column(), path(), reason(), sheet()));
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
    return new UnionFormatException(file, sheet, line, column, hiddenPath, hiddenReason);
  }

  /** The same failure {@code lines} lines further down: a chunk's line numbers made the file's. */
  UnionFormatException shifted(long lines) {
    return lines == 0 ? this : new UnionFormatException(file, sheet, line + lines, column, path, reason);
  }

  private static String describe(@Nullable String file, @Nullable String sheet, long line, long column, String path,
      String reason) {
    String name = file == null ? "<input>" : file;
    String where = line > 0 || sheet != null ? new Reject(line, column, path, reason, Optional.ofNullable(sheet))
        .where(name) : name;
    return where + ": " + (path.isEmpty() ? "" : path + ": ") + reason;
  }

  /**
   * A sheet's cell or row as a spreadsheet names it: {@code 会员!C5}, {@code 会员!5} for a whole row,
   * {@code 会员} for the sheet; a sheet name that is not plain letters and digits is quoted as Excel quotes
   * it ({@code '2020 会员'!C5}).
   *
   * @param sheet the sheet's name; not null
   * @param row the row from 1, or 0 for none
   * @param column the column from 1 (A), or 0 for none
   * @return the reference, not null
   */
  public static String cell(String sheet, long row, long column) {
    StringBuilder ref = new StringBuilder(sheet.codePoints().allMatch(Character::isLetterOrDigit)
        ? sheet : "'" + sheet.replace("'", "''") + "'");
    if (row > 0) {
      ref.append('!');
      StringBuilder letters = new StringBuilder();
      for (long c = column; c > 0; c = (c - 1) / 26) {
        letters.insert(0, (char) ('A' + (c - 1) % 26));
      }
      ref.append(letters).append(row);
    }
    return ref.toString();
  }

  /**
   * The sheet, for a failure in a workbook.
   *
   * @return the sheet's name, empty elsewhere; not null
   */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
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
   * The line (the row, in a sheet), from 1.
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
