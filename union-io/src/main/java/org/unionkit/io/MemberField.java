package org.unionkit.io;

import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.unionkit.model.CitizenId;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Entry;
import org.unionkit.model.HardshipStatus;
import org.unionkit.model.Honour;
import org.unionkit.model.LeaveReason;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.Sex;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.UnderageExemption;
import org.unionkit.model.ValidationException;
import org.unionkit.model.WorkRelation;

/**
 * The fields of a member record, described once, in the order writers write them: the name (JSON field
 * and CSV column alike), whether it is required, whether its value is personal data, how it is read from
 * a record's named values ({@link RecordFields}, JSON and CSV alike) and what text it is written as. The
 * JSON writer, the CSV columns and cells, the strict reader and the NDJSON fast path's field table all
 * derive from it: adding a field to {@code Member} is one constant here (and, if the fast path is to
 * count it, its decoding there), plus the schema and tests.
 */
enum MemberField {
  ID("id", Kind.STRING, true, false,
      (f, n, b) -> b.id(f.parsed(n, MemberId::parse)),
      m -> List.of(m.id().toString())),
  ORGANISATION("organisation", Kind.STRING, true, false,
      (f, n, b) -> b.organisation(f.parsed(n, OrganisationId::parse)),
      m -> List.of(m.organisation().toString())),
  SEX("sex", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, Sex.class).ifPresent(b::sex),
      m -> name(m.sex())),
  BIRTH_YEAR("birthYear", Kind.NUMBER, false, true, MemberField::readBirthYear,
      m -> m.birthYear().map(y -> List.of(String.valueOf(y.getValue()))).orElse(List.of())),
  JOINED("joined", Kind.STRING, false, false,
      (f, n, b) -> f.optionalParsed(n, IsoDates::parse).ifPresent(b::joined),
      m -> text(m.joined())),
  WORK_RELATION("workRelation", Kind.STRING, true, false,
      (f, n, b) -> b.workRelation(f.constant(n, WorkRelation.class)),
      m -> List.of(m.workRelation().name())),
  EMPLOYMENT_FORM("employmentForm", Kind.STRING, true, false,
      (f, n, b) -> b.employmentForm(f.constant(n, EmploymentForm.class)),
      m -> List.of(m.employmentForm().name())),
  SKILL_LEVEL("skillLevel", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, SkillLevel.class).ifPresent(b::skillLevel),
      m -> name(m.skillLevel())),
  HONOURS("honours", Kind.ARRAY, false, false,
      (f, n, b) -> b.addAllHonours(f.list(n, s -> Fields.constantOf(Honour.class, s))),
      m -> m.honours().stream().map(Enum::name).toList()),
  HARDSHIP("hardship", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, HardshipStatus.class).ifPresent(b::hardship),
      m -> m.hardship() == HardshipStatus.NONE ? List.of() : List.of(m.hardship().name())),
  CITIZEN_ID("citizenId", Kind.STRING, false, true,
      (f, n, b) -> f.optionalParsed(n, CitizenId::parse).ifPresent(b::citizenId),
      m -> m.citizenId().map(id -> List.of(id.unmaskedText())).orElse(List.of())),
  // The spell's fields after the first eleven, so that members without them keep their lines of format 1.1.
  ENTRY("entry", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, Entry.class).ifPresent(b::entry),
      m -> m.entry() == Entry.NEW_MEMBER ? List.of() : List.of(m.entry().name())),
  TRANSFERRED_FROM("transferredFrom", Kind.STRING, false, false,
      (f, n, b) -> f.optionalParsed(n, OrganisationId::parse).ifPresent(b::transferredFrom),
      m -> text(m.transferredFrom())),
  LEFT("left", Kind.STRING, false, false,
      (f, n, b) -> f.optionalParsed(n, IsoDates::parse).ifPresent(b::left),
      m -> text(m.left())),
  LEAVE_REASON("leaveReason", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, LeaveReason.class).ifPresent(b::leaveReason),
      m -> name(m.leaveReason())),
  TRANSFERRED_TO("transferredTo", Kind.STRING, false, false,
      (f, n, b) -> f.optionalParsed(n, OrganisationId::parse).ifPresent(b::transferredTo),
      m -> text(m.transferredTo())),
  UNDERAGE_EXEMPTION("underageExemption", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, UnderageExemption.class).ifPresent(b::underageExemption),
      m -> name(m.underageExemption()));

  /** How a value is written in JSON: a string, a number, or an array of strings. */
  enum Kind { STRING, NUMBER, ARRAY }

  /** Reads a field into the builder; a failure is the format's own located {@code IOException}. */
  @FunctionalInterface
  interface Read {
    void read(RecordFields<?> fields, String name, Member.Builder builder) throws IOException;
  }

  private static final int LAST_YEAR = 9999;

  private final String field;
  private final Kind kind;
  private final boolean required;
  private final boolean personal;
  private final Read read;
  private final Function<Member, List<String>> values;

  MemberField(String field, Kind kind, boolean required, boolean personal, Read read,
      Function<Member, List<String>> values) {
    this.field = field;
    this.kind = kind;
    this.required = required;
    this.personal = personal;
    this.read = read;
    this.values = values;
  }

  /** The JSON field name, which is also the CSV column's. */
  String field() {
    return field;
  }

  Kind kind() {
    return kind;
  }

  boolean required() {
    return required;
  }

  /** Whether the value is personal data: messages about it never show it. */
  boolean personal() {
    return personal;
  }

  /** The value's text as written, one element for a scalar, each element of an array; empty when absent. */
  List<String> values(Member member) {
    return values.apply(member);
  }

  /** The field names, in the order written. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (MemberField f : values()) {
      names.add(f.field);
    }
    return List.copyOf(names);
  }

  /**
   * Reads a member from a record's named values, field by field in the order written, then the model's
   * rules across fields.
   */
  @SuppressWarnings("unchecked") // a RecordFields<X> fails with X only
  static <X extends IOException> Member read(RecordFields<X> fields) throws X {
    Member.Builder builder = Member.builder();
    try {
      for (MemberField f : values()) {
        f.read.read(fields, f.field, builder);
      }
      return builder.build();
    } catch (ValidationException e) {
      throw fields.invalid(e);
    } catch (IOException e) {
      throw (X) e;
    }
  }

  private static void readBirthYear(RecordFields<?> f, String name, Member.Builder b) throws IOException {
    // A birth year is personal data: messages say what is wrong, not what was written.
    OptionalLong year = f.optionalCount(name, BIRTH_YEAR.personal);
    if (year.isPresent()) {
      if (year.getAsLong() > LAST_YEAR) {
        throw f.failure(name, name + " must lie in 1870 - " + LAST_YEAR);
      }
      b.birthYear(Year.of((int) year.getAsLong()));
    }
  }

  private static List<String> text(Optional<?> value) {
    return value.map(v -> List.of(v.toString())).orElse(List.of());
  }

  private static List<String> name(Optional<? extends Enum<?>> value) {
    return value.map(v -> List.of(v.name())).orElse(List.of());
  }
}
