package org.unionkit.io;

import java.io.IOException;
import java.time.Year;
import java.util.List;
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
import org.unionkit.model.WorkRelation;

/**
 * The fields of a member record ({@link RecordField}), in the order writers write them. The JSON reader
 * and writer, the CSV columns and cells and the NDJSON fast path's field table derive from them: adding a
 * field to {@code Member} is one constant here (and, if the fast path is to count it, its decoding
 * there), plus the schema and tests.
 */
enum MemberField implements RecordField<Member, Member.Builder> {
  ID("id", Kind.STRING, true, false,
      (f, n, b) -> b.id(f.parsed(n, MemberId::parse)),
      m -> List.of(m.id().toString())),
  ORGANISATION("organisation", Kind.STRING, true, false,
      (f, n, b) -> b.organisation(f.parsed(n, OrganisationId::parse)),
      m -> List.of(m.organisation().toString())),
  SEX("sex", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, Sex.class).ifPresent(b::sex),
      m -> RecordField.name(m.sex())),
  BIRTH_YEAR("birthYear", Kind.NUMBER, false, true, MemberField::readBirthYear,
      m -> m.birthYear().map(y -> List.of(String.valueOf(y.getValue()))).orElse(List.of())),
  JOINED("joined", Kind.DATE, false, false,
      (f, n, b) -> f.optionalDate(n).ifPresent(b::joined),
      m -> RecordField.text(m.joined())),
  WORK_RELATION("workRelation", Kind.STRING, true, false,
      (f, n, b) -> b.workRelation(f.constant(n, WorkRelation.class)),
      m -> List.of(m.workRelation().name())),
  EMPLOYMENT_FORM("employmentForm", Kind.STRING, true, false,
      (f, n, b) -> b.employmentForm(f.constant(n, EmploymentForm.class)),
      m -> List.of(m.employmentForm().name())),
  SKILL_LEVEL("skillLevel", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, SkillLevel.class).ifPresent(b::skillLevel),
      m -> RecordField.name(m.skillLevel())),
  HONOURS("honours", Kind.ARRAY, false, false,
      (f, n, b) -> b.addAllHonours(f.constants(n, Honour.class)),
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
      m -> RecordField.text(m.transferredFrom())),
  LEFT("left", Kind.DATE, false, false,
      (f, n, b) -> f.optionalDate(n).ifPresent(b::left),
      m -> RecordField.text(m.left())),
  LEAVE_REASON("leaveReason", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, LeaveReason.class).ifPresent(b::leaveReason),
      m -> RecordField.name(m.leaveReason())),
  TRANSFERRED_TO("transferredTo", Kind.STRING, false, false,
      (f, n, b) -> f.optionalParsed(n, OrganisationId::parse).ifPresent(b::transferredTo),
      m -> RecordField.text(m.transferredTo())),
  UNDERAGE_EXEMPTION("underageExemption", Kind.STRING, false, false,
      (f, n, b) -> f.optionalConstant(n, UnderageExemption.class).ifPresent(b::underageExemption),
      m -> RecordField.name(m.underageExemption()));

  private static final int LAST_YEAR = 9999;

  private final Spec<Member, Member.Builder> spec;

  MemberField(String field, Kind kind, boolean required, boolean personal, Read<Member.Builder> read,
      Function<Member, List<String>> values) {
    this.spec = new Spec<>(field, kind, required, personal, read, values);
  }

  @Override
  public Spec<Member, Member.Builder> spec() {
    return spec;
  }

  /** The field names, in the order written. */
  static List<String> names() {
    return RecordField.names(values());
  }

  /** Reads a member from a record's named values ({@link RecordField#read}). */
  static <X extends IOException> Member read(RecordFields<X> fields) throws X {
    return RecordField.read(values(), fields, Member.builder(), Member.Builder::build);
  }

  private static void readBirthYear(RecordFields<?> f, String name, Member.Builder b) throws IOException {
    // A birth year is personal data: messages say what is wrong, not what was written.
    OptionalLong year = f.optionalYear(name);
    if (year.isPresent()) {
      if (year.getAsLong() > LAST_YEAR) {
        throw f.failure(name, name + " must lie in 1870 - " + LAST_YEAR);
      }
      b.birthYear(Year.of((int) year.getAsLong()));
    }
  }
}
