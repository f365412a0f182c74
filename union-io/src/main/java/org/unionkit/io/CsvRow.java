package org.unionkit.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;

/**
 * One CSV row of a member or organisation file, its cells keyed by column header with their locations,
 * for strict typed access: an empty cell is an absent attribute, and every bad cell fails with a
 * {@link UnionFormatException} naming file, line, column and header. Also the other direction: the cells
 * {@link Csv} writes for a record, in the order of the columns.
 */
final class CsvRow implements RecordFields<UnionFormatException> {
  /** The member columns, in the order written; the names are the JSON field names. */
  static final List<String> MEMBER_COLUMNS = MemberField.names();
  static final Set<String> MEMBER_REQUIRED = RecordField.required(MemberField.values());
  /** The organisation columns, in the order written. */
  static final List<String> ORGANISATION_COLUMNS = RecordField.names(OrganisationField.values());
  static final Set<String> ORGANISATION_REQUIRED = RecordField.required(OrganisationField.values());

  /** Separates honours within their cell. */
  static final char HONOUR_SEPARATOR = ';';
  private static final Pattern HONOURS = Pattern.compile(String.valueOf(HONOUR_SEPARATOR), Pattern.LITERAL);

  /** A cell's text (apostrophe of formula neutralisation removed) and where it starts. */
  record Cell(String text, long line, long column) {}

  private final String file;
  private final long line;
  private final Map<String, Cell> cells;

  /**
   * A row.
   *
   * @param file the file name for messages
   * @param line the line the row starts on, from 1
   * @param cells the cells of the known columns, by header
   */
  CsvRow(String file, long line, Map<String, Cell> cells) {
    this.file = file;
    this.line = line;
    this.cells = cells;
  }

  // ---- records -------------------------------------------------------------------------------------

  /** A member's cells in the order of {@link #MEMBER_COLUMNS}; absent attributes are empty. */
  static List<String> cells(Member m) {
    return RegisterColumns.members().cells(m);
  }

  /** An organisation's cells in the order of {@link #ORGANISATION_COLUMNS}; absent attributes are empty. */
  static List<String> cells(Organisation o) {
    return RegisterColumns.organisations().cells(o);
  }

  // ---- typed access --------------------------------------------------------------------------------

  /** The failure of a cell: located at the cell when the row has the column, else at the row. */
  @Override
  public UnionFormatException failure(String column, String reason) {
    Cell cell = cells.get(column);
    return cell == null
        ? new UnionFormatException(file, line, 0, column, reason)
        : new UnionFormatException(file, cell.line(), cell.column(), column, reason);
  }

  /** The cell's text, empty when the cell is empty or the file has no such column. */
  @Override
  public Optional<String> optionalText(String column) {
    Cell cell = cells.get(column);
    return cell == null || cell.text().isEmpty() ? Optional.empty() : Optional.of(cell.text());
  }

  /**
   * A whole count from 0, in plain ASCII digits: a sign, fraction, exponent or grouping is refused,
   * never truncated or rounded.
   *
   * @param personal whether the value is personal data, left out of messages
   */
  @Override
  public OptionalLong optionalCount(String column, boolean personal) throws UnionFormatException {
    Optional<String> text = optionalText(column);
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    String s = text.get();
    String found = personal ? "" : ", found " + Texts.quote(s);
    if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw failure(column, "must be a whole number from 0 in plain digits" + found
          + " (a fraction or exponent is refused, never truncated)");
    }
    try {
      return OptionalLong.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      throw failure(column, "must be a count from 0 to " + Long.MAX_VALUE + found);
    }
  }

  /** A list cell (honours): items separated by {@value #HONOUR_SEPARATOR}; an empty cell is none. */
  @Override
  public <T> List<T> list(String column, Function<String, T> parse) throws UnionFormatException {
    List<T> items = new ArrayList<>();
    Optional<String> text = optionalText(column);
    if (text.isEmpty()) {
      return items;
    }
    for (String item : HONOURS.split(text.get(), -1)) {
      if (item.isEmpty()) {
        throw failure(column, "must be items separated by single '" + HONOUR_SEPARATOR
            + "', with none empty (no leading, trailing or doubled separator)");
      }
      items.add(parse(column, item, parse));
    }
    return items;
  }
}
