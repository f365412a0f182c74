package org.unionkit.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.unionkit.model.CitizenId;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.HardshipStatus;
import org.unionkit.model.Honour;
import org.unionkit.model.Industry;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;
import org.unionkit.model.Sex;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.ValidationException;
import org.unionkit.model.WorkRelation;

/**
 * One CSV row of a member or organisation file, its cells keyed by column header with their locations,
 * for strict typed access: an empty cell is an absent attribute, and every bad cell fails with a
 * {@link UnionFormatException} naming file, line, column and header. Also the other direction: the cells
 * {@link Csv} writes for a record, in the order of the columns.
 */
final class CsvRow {
  /** The member columns, in the order written; the names are the JSON field names. */
  static final List<String> MEMBER_COLUMNS = List.of("id", "organisation", "sex", "birthYear", "joined",
      "workRelation", "employmentForm", "skillLevel", "honours", "hardship", "citizenId");
  static final Set<String> MEMBER_REQUIRED = Set.of("id", "organisation", "workRelation", "employmentForm");
  /** The organisation columns, in the order written. */
  static final List<String> ORGANISATION_COLUMNS = List.of("id", "name", "englishName", "kind", "parent", "region",
      "industry", "ownership", "employees", "founded");
  static final Set<String> ORGANISATION_REQUIRED = Set.of("id", "name", "kind");

  /** Separates honours within their cell. */
  static final char HONOUR_SEPARATOR = ';';
  private static final Pattern HONOURS = Pattern.compile(String.valueOf(HONOUR_SEPARATOR), Pattern.LITERAL);
  private static final int LAST_YEAR = 9999;

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

  static Member member(CsvRow r) throws UnionFormatException {
    Member.Builder b = Member.builder()
        .id(r.parsed("id", MemberId::parse))
        .organisation(r.parsed("organisation", OrganisationId::parse))
        .workRelation(r.constant("workRelation", WorkRelation.class))
        .employmentForm(r.constant("employmentForm", EmploymentForm.class));
    r.optionalConstant("sex", Sex.class).ifPresent(b::sex);
    OptionalLong year = r.optionalCount("birthYear", true);
    if (year.isPresent()) {
      if (year.getAsLong() > LAST_YEAR) {
        throw r.failure("birthYear", "birthYear must lie in 1870 - " + LAST_YEAR);
      }
      b.birthYear(Year.of((int) year.getAsLong()));
    }
    r.optionalParsed("joined", LocalDate::parse).ifPresent(b::joined);
    r.optionalConstant("skillLevel", SkillLevel.class).ifPresent(b::skillLevel);
    b.addAllHonours(r.honours("honours"));
    r.optionalConstant("hardship", HardshipStatus.class).ifPresent(b::hardship);
    r.optionalParsed("citizenId", CitizenId::parse).ifPresent(b::citizenId);
    try {
      return b.build();
    } catch (ValidationException e) {
      throw r.invalid(e);
    }
  }

  static Organisation organisation(CsvRow r) throws UnionFormatException {
    Organisation.Builder b = Organisation.builder()
        .id(r.parsed("id", OrganisationId::parse))
        .name(r.text("name"))
        .kind(r.constant("kind", OrganisationKind.class));
    r.optionalText("englishName").ifPresent(b::englishName);
    r.optionalParsed("parent", OrganisationId::parse).ifPresent(b::parent);
    r.optionalParsed("region", Region::parse).ifPresent(b::region);
    r.optionalParsed("industry", Industry::parse).ifPresent(b::industry);
    r.optionalConstant("ownership", Ownership.class).ifPresent(b::ownership);
    r.optionalCount("employees", false).ifPresent(b::employees);
    r.optionalParsed("founded", LocalDate::parse).ifPresent(b::founded);
    try {
      return b.build();
    } catch (ValidationException e) {
      throw r.invalid(e);
    }
  }

  /** A member's cells in the order of {@link #MEMBER_COLUMNS}; absent attributes are empty. */
  static List<String> cells(Member m) {
    List<String> honours = new ArrayList<>();
    m.honours().forEach(h -> honours.add(h.name()));
    return List.of(m.id().toString(), m.organisation().toString(), name(m.sex()),
        m.birthYear().map(y -> String.valueOf(y.getValue())).orElse(""), text(m.joined()),
        m.workRelation().name(), m.employmentForm().name(), name(m.skillLevel()),
        String.join(String.valueOf(HONOUR_SEPARATOR), honours),
        m.hardship() == HardshipStatus.NONE ? "" : m.hardship().name(),
        m.citizenId().map(CitizenId::unmaskedText).orElse(""));
  }

  /** An organisation's cells in the order of {@link #ORGANISATION_COLUMNS}; absent attributes are empty. */
  static List<String> cells(Organisation o) {
    return List.of(o.id().toString(), o.name(), o.englishName().orElse(""), o.kind().name(), text(o.parent()),
        text(o.region()), text(o.industry()), name(o.ownership()),
        o.employees().isPresent() ? String.valueOf(o.employees().getAsLong()) : "", text(o.founded()));
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  private static String name(Optional<? extends Enum<?>> value) {
    return value.map(Enum::name).orElse("");
  }

  // ---- typed access --------------------------------------------------------------------------------

  /** The failure of a cell: located at the cell when the row has the column, else at the row. */
  UnionFormatException failure(String column, String reason) {
    Cell cell = cells.get(column);
    return cell == null
        ? new UnionFormatException(file, line, 0, column, reason, null)
        : new UnionFormatException(file, cell.line(), cell.column(), column, reason, null);
  }

  /** A model rule broken by the values read, located at the column the model names. */
  private UnionFormatException invalid(ValidationException e) {
    return failure(e.field(), e.getMessage() == null ? "is not valid" : e.getMessage());
  }

  /** The cell's text, empty when the cell is empty or the file has no such column. */
  Optional<String> optionalText(String column) {
    Cell cell = cells.get(column);
    return cell == null || cell.text().isEmpty() ? Optional.empty() : Optional.of(cell.text());
  }

  /** A required cell's text. */
  String text(String column) throws UnionFormatException {
    Optional<String> text = optionalText(column);
    if (text.isEmpty()) {
      throw failure(column, "is required: the cell is empty");
    }
    return text.get();
  }

  <T> T parsed(String column, Function<String, T> parse) throws UnionFormatException {
    return parse(column, text(column), parse);
  }

  <T> Optional<T> optionalParsed(String column, Function<String, T> parse) throws UnionFormatException {
    Optional<String> text = optionalText(column);
    return text.isEmpty() ? Optional.empty() : Optional.of(parse(column, text.get(), parse));
  }

  /**
   * Reads a text with a model parser. The model's messages never hold personal data (citizen ID numbers,
   * birth dates), so they may be passed on; nothing here adds the cell's text.
   */
  private <T> T parse(String column, String text, Function<String, T> parse) throws UnionFormatException {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw failure(column, e.getMessage() == null ? "is not valid" : e.getMessage());
    }
  }

  <E extends Enum<E>> E constant(String column, Class<E> type) throws UnionFormatException {
    return parsed(column, s -> Fields.constantOf(type, s));
  }

  <E extends Enum<E>> Optional<E> optionalConstant(String column, Class<E> type) throws UnionFormatException {
    return optionalParsed(column, s -> Fields.constantOf(type, s));
  }

  /**
   * A whole count from 0, in plain ASCII digits: a sign, fraction, exponent or grouping is refused,
   * never truncated or rounded.
   *
   * @param personal whether the value is personal data, left out of messages
   */
  OptionalLong optionalCount(String column, boolean personal) throws UnionFormatException {
    Optional<String> text = optionalText(column);
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    String s = text.get();
    String found = personal ? "" : ", found " + Fields.quote(s);
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

  /** Honours: constant names separated by {@value #HONOUR_SEPARATOR}; an empty cell is none. */
  Set<Honour> honours(String column) throws UnionFormatException {
    Set<Honour> honours = new LinkedHashSet<>();
    Optional<String> text = optionalText(column);
    if (text.isEmpty()) {
      return honours;
    }
    for (String item : HONOURS.split(text.get(), -1)) {
      if (item.isEmpty()) {
        throw failure(column, "must be honours separated by single '" + HONOUR_SEPARATOR
            + "', with none empty (no leading, trailing or doubled separator)");
      }
      honours.add(parse(column, item, s -> Fields.constantOf(Honour.class, s)));
    }
    return honours;
  }
}
