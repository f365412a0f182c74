package org.unionkit.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;

/**
 * One row of a member or organisation file, CSV or a sheet ({@link Tables}), its cells keyed by field with
 * their locations and kinds, for strict typed access: an empty cell is an absent attribute, code values are
 * read by their names, labels and aliases ({@link Aliases}), days also as registers type them, and every
 * bad cell fails with a {@link UnionFormatException} naming file (and sheet), line, column and field. Also
 * the other direction: the cells {@link Csv} writes for a record, in the order of the columns.
 */
final class CsvRow implements RecordFields<UnionFormatException> {
  /** The member columns, in the order written; the names are the JSON field names. */
  static final List<String> MEMBER_COLUMNS = MemberField.names();
  static final Set<String> MEMBER_REQUIRED = RecordField.required(MemberField.values());
  /** The organisation columns, in the order written. */
  static final List<String> ORGANISATION_COLUMNS = RecordField.names(OrganisationField.values());
  static final Set<String> ORGANISATION_REQUIRED = RecordField.required(OrganisationField.values());

  /** Separates honours within their cell, as written; registers also separate them by ； and 、. */
  static final char HONOUR_SEPARATOR = ';';
  private static final Pattern HONOURS = Pattern.compile("[;；、]");
  /** The significant digits a spreadsheet keeps of a number (IEEE doubles, shown to 15 digits). */
  private static final int SPREADSHEET_DIGITS = 15;

  /** A cell's text (apostrophe of formula neutralisation removed), where it starts and what kind it is. */
  record Cell(String text, long line, long column, TableCell.Kind kind) {
    /** A cell of CSV text. */
    Cell(String text, long line, long column) {
      this(text, line, column, TableCell.Kind.TEXT);
    }
  }

  private final String file;
  private final @Nullable String sheet;
  private final long line;
  private final Map<String, Cell> cells;

  /**
   * A row.
   *
   * @param file the file name for messages
   * @param sheet the sheet, for a row of a workbook
   * @param line the line or row number, from 1
   * @param cells the cells of the known columns, by field
   */
  CsvRow(String file, @Nullable String sheet, long line, Map<String, Cell> cells) {
    this.file = file;
    this.sheet = sheet;
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

  /** The line or row number, from 1. */
  long line() {
    return line;
  }

  /** A failure of the row as a whole, about {@code path}. */
  UnionFormatException rowFailure(String path, String reason) {
    return new UnionFormatException(file, sheet, line, 0, path, reason);
  }

  // ---- typed access --------------------------------------------------------------------------------

  /** The failure of a cell: located at the cell when the row has the column, else at the row. */
  @Override
  public UnionFormatException failure(String column, String reason) {
    Cell cell = cells.get(column);
    return cell == null
        ? new UnionFormatException(file, sheet, line, 0, column, reason)
        : new UnionFormatException(file, sheet, cell.line(), cell.column(), column, reason);
  }

  /**
   * The cell's text, empty when the cell is empty or the file has no such column: a number as its digits,
   * unless it has more than a spreadsheet keeps; a date, an error, a formula without a value or a cell merged
   * with one above fails.
   */
  @Override
  public Optional<String> optionalText(String column) throws UnionFormatException {
    Cell cell = cells.get(column);
    if (cell == null || cell.text().isEmpty()) {
      return Optional.empty();
    }
    return switch (cell.kind()) {
      case TEXT, BOOLEAN -> Optional.of(cell.text());
      case NUMBER -> {
        // A whole part past 15 digits was rounded when stored, however few digits the stored value shows.
        int digits = new BigDecimal(cell.text()).setScale(0, RoundingMode.DOWN).abs().toPlainString().length();
        if (digits > SPREADSHEET_DIGITS) {
          throw failure(column, "is stored as a number of " + digits + " digits, of which a spreadsheet keeps "
              + SPREADSHEET_DIGITS + ": the last digits are lost (an ID number must be stored as text: format the "
              + "column as text and type the numbers again)");
        }
        yield Optional.of(cell.text());
      }
      case DATE -> throw failure(column, "is a date cell, where no day belongs");
      case ERROR -> throw failure(column, "holds the spreadsheet error " + cell.text());
      case UNCOMPUTED_FORMULA -> throw failure(column, "is a formula whose value was never computed: open and "
          + "save the workbook in Excel or WPS, or type the value");
      case MERGED -> throw failure(column, "is merged with " + cell.text() + " above, which alone holds the value "
          + "shown: unmerge the cells and type the value in each row");
    };
  }

  /** A day: a date cell, or a text ISO day or day as registers type it ({@link IsoDates#parseWritten}). */
  @Override
  public Optional<LocalDate> optionalDate(String column) throws UnionFormatException {
    Cell cell = cells.get(column);
    if (cell != null && cell.kind() == TableCell.Kind.DATE) {
      return Optional.of(day(cell));
    }
    if (cell != null && cell.kind() == TableCell.Kind.NUMBER) {
      throw failure(column, "is a number, not a day: format the cell as a date, or type the day as 2020-05-01");
    }
    return optionalParsed(column, IsoDates::parseWritten);
  }

  /**
   * A birth year: digits, or the year of a date cell or of a day, month or year typed as registers type
   * them ({@link IsoDates#yearWritten}: the model keeps the year).
   */
  @Override
  public OptionalLong optionalYear(String column) throws UnionFormatException {
    Cell cell = cells.get(column);
    if (cell != null && cell.kind() == TableCell.Kind.DATE) {
      return OptionalLong.of(day(cell).getYear());
    }
    if (cell != null && cell.kind() == TableCell.Kind.TEXT) {
      OptionalInt year = parse(column, cell.text(), IsoDates::yearWritten);
      if (year.isPresent()) {
        return OptionalLong.of(year.getAsInt());
      }
    }
    return optionalCount(column, true);
  }

  /** The day of a date cell, whose text is an ISO day or date-time. */
  private static LocalDate day(Cell cell) {
    return LocalDate.parse(cell.text().substring(0, Math.min(cell.text().length(), 10)));
  }

  /** A code value by its name, a label or an alias ({@link Aliases}). */
  @Override
  public <E extends Enum<E>> Optional<E> optionalConstant(String column, Class<E> type) throws UnionFormatException {
    return optionalParsed(column, s -> Aliases.constantOf(type, s));
  }

  @Override
  public <E extends Enum<E>> E constant(String column, Class<E> type) throws UnionFormatException {
    return parsed(column, s -> Aliases.constantOf(type, s));
  }

  @Override
  public <E extends Enum<E>> List<E> constants(String column, Class<E> type) throws UnionFormatException {
    return list(column, s -> Aliases.constantOf(type, s));
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
            + "' (or ；、), with none empty (no leading, trailing or doubled separator)");
      }
      items.add(parse(column, item, parse));
    }
    return items;
  }
}
