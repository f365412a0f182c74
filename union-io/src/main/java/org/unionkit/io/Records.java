package org.unionkit.io;

import java.io.IOException;
import java.time.Year;
import java.util.OptionalLong;
import org.unionkit.model.CitizenId;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Entry;
import org.unionkit.model.HardshipStatus;
import org.unionkit.model.Honour;
import org.unionkit.model.Industry;
import org.unionkit.model.LeaveReason;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;
import org.unionkit.model.Sex;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.UnderageExemption;
import org.unionkit.model.ValidationException;
import org.unionkit.model.WorkRelation;

/** Members and organisations read from the named values of one record, in JSON or CSV alike. */
final class Records {
  private static final int LAST_YEAR = 9999;

  private Records() {}

  static <X extends IOException> Member member(RecordFields<X> f) throws X {
    Member.Builder b = Member.builder()
        .id(f.parsed("id", MemberId::parse))
        .organisation(f.parsed("organisation", OrganisationId::parse))
        .workRelation(f.constant("workRelation", WorkRelation.class))
        .employmentForm(f.constant("employmentForm", EmploymentForm.class));
    f.optionalConstant("sex", Sex.class).ifPresent(b::sex);
    // A birth year is personal data: messages say what is wrong, not what was written.
    OptionalLong year = f.optionalCount("birthYear", true);
    if (year.isPresent()) {
      if (year.getAsLong() > LAST_YEAR) {
        throw f.failure("birthYear", "birthYear must lie in 1870 - " + LAST_YEAR);
      }
      b.birthYear(Year.of((int) year.getAsLong()));
    }
    f.optionalParsed("joined", IsoDates::parse).ifPresent(b::joined);
    f.optionalConstant("entry", Entry.class).ifPresent(b::entry);
    f.optionalParsed("transferredFrom", OrganisationId::parse).ifPresent(b::transferredFrom);
    f.optionalParsed("left", IsoDates::parse).ifPresent(b::left);
    f.optionalConstant("leaveReason", LeaveReason.class).ifPresent(b::leaveReason);
    f.optionalParsed("transferredTo", OrganisationId::parse).ifPresent(b::transferredTo);
    f.optionalConstant("underageExemption", UnderageExemption.class).ifPresent(b::underageExemption);
    f.optionalConstant("skillLevel", SkillLevel.class).ifPresent(b::skillLevel);
    b.addAllHonours(f.list("honours", s -> Fields.constantOf(Honour.class, s)));
    f.optionalConstant("hardship", HardshipStatus.class).ifPresent(b::hardship);
    f.optionalParsed("citizenId", CitizenId::parse).ifPresent(b::citizenId);
    try {
      return b.build();
    } catch (ValidationException e) {
      throw f.invalid(e);
    }
  }

  static <X extends IOException> Organisation organisation(RecordFields<X> f) throws X {
    Organisation.Builder b = Organisation.builder()
        .id(f.parsed("id", OrganisationId::parse))
        .name(f.text("name"))
        .kind(f.constant("kind", OrganisationKind.class));
    f.optionalText("englishName").ifPresent(b::englishName);
    f.optionalParsed("parent", OrganisationId::parse).ifPresent(b::parent);
    f.optionalParsed("region", Region::parse).ifPresent(b::region);
    f.optionalParsed("industry", Industry::parse).ifPresent(b::industry);
    f.optionalConstant("ownership", Ownership.class).ifPresent(b::ownership);
    f.optionalCount("employees", false).ifPresent(b::employees);
    f.optionalParsed("founded", IsoDates::parse).ifPresent(b::founded);
    f.optionalParsed("dissolved", IsoDates::parse).ifPresent(b::dissolved);
    try {
      return b.build();
    } catch (ValidationException e) {
      throw f.invalid(e);
    }
  }
}
