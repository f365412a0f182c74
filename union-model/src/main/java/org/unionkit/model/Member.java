package org.unionkit.model;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.unionkit.model.internal.MemberRules;
import org.unionkit.model.internal.MemberRules.Violation;

/**
 * A union member as a membership register holds them: the organisation, sex, birth year, the membership
 * spell (joined, how, and when and why it ended), relation to work, employment form, skill level, honours,
 * hardship-file status and, optionally, the citizen ID number.
 *
 * <p>A record is one membership spell at one union. It starts on {@link #joined()}, as a new member or by
 * transfer ({@link #entry()}), and ends, if it has ended, on {@link #left()}: the first day the person is
 * no longer a member there, for the {@link #leaveReason()} given. A member counts in the stock on a day
 * {@code d} when {@code joined <= d} (or the join date is unknown) and the spell has not ended by
 * {@code d} ({@code left} absent or after {@code d}). A transfer ends one spell and starts another; the
 * receiving union's record has an id of its own (a register numbers spells), linked by
 * {@link #transferredTo()} and {@link #transferredFrom()}.
 *
 * <p>Personal data stays out of sight: {@code toString} omits the birth year and the ID number, and
 * messages about them never show their values. Rules checked at construction: a given ID number must
 * agree with the sex and birth year when those are given; the member cannot join before the birth year;
 * a spell cannot end before it starts; a leave reason needs a leave date; a receiving union
 * is named only for a transfer out and a sending union only for a transfer in.
 */
@Value.Immutable
public abstract class Member implements WithMember {

  Member() {}

  /**
   * A builder; {@code id}, {@code organisation}, {@code workRelation} and {@code employmentForm} are
   * required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Member}; each attribute may be set once. */
  public static class Builder extends ImmutableMember.Builder {
    Builder() {}
  }

  /**
   * The membership number or pseudonym.
   *
   * @return the identifier, not null
   */
  public abstract MemberId id();

  /**
   * The union the member belongs to.
   *
   * @return the organisation's identifier, not null
   */
  public abstract OrganisationId organisation();

  /**
   * The recorded sex.
   *
   * @return the sex, empty if not recorded; not null
   */
  public abstract Optional<Sex> sex();

  /**
   * The birth year. Personal data: left out of {@code toString}.
   *
   * @return the year, empty if not recorded; not null
   */
  @Value.Redacted
  public abstract Optional<Year> birthYear();

  /**
   * The day the member joined a union (入会日期).
   *
   * @return the date, empty if not recorded; not null
   */
  public abstract Optional<LocalDate> joined();

  /**
   * How the spell began: as a new member or by transfer in.
   *
   * @return the entry, {@code NEW_MEMBER} unless set; not null
   */
  @Value.Default
  public Entry entry() {
    return Entry.NEW_MEMBER;
  }

  /**
   * The union the member transferred from, for a spell that began by transfer in.
   *
   * @return the sending union, empty if not a transfer or not known; not null
   */
  public abstract Optional<OrganisationId> transferredFrom();

  /**
   * The first day the person was no longer a member of this union (离会日期): the spell covers the days
   * from {@link #joined()} up to the day before.
   *
   * @return the date, empty while the membership lasts; not null
   */
  public abstract Optional<LocalDate> left();

  /**
   * Why the spell ended; only with {@link #left()}.
   *
   * @return the reason, empty while the membership lasts or when the register does not say; not null
   */
  public abstract Optional<LeaveReason> leaveReason();

  /**
   * The union the membership moved to, for a spell that ended by transfer out.
   *
   * @return the receiving union, empty if not a transfer or not known; not null
   */
  public abstract Optional<OrganisationId> transferredTo();

  /**
   * The documented exception under which the member joined before the age of 16 (Labour Law, art. 15).
   *
   * @return the exemption, empty for none; not null
   */
  public abstract Optional<UnderageExemption> underageExemption();

  /**
   * The relation to work; union density counts {@code EMPLOYEE} members only.
   *
   * @return the relation, not null
   */
  public abstract WorkRelation workRelation();

  /**
   * The employment form, such as {@code COURIER} for one of the eight new-employment groups.
   *
   * @return the form, not null
   */
  public abstract EmploymentForm employmentForm();

  /**
   * The highest certified skill level.
   *
   * @return the level, empty for a member with no skill certificate or none recorded; not null
   */
  public abstract Optional<SkillLevel> skillLevel();

  /**
   * The honours the member holds.
   *
   * @return the honours, possibly empty; not null
   */
  public abstract Set<Honour> honours();

  /**
   * The standing in the hardship file.
   *
   * @return the status, {@code NONE} unless set; not null
   */
  @Value.Default
  public HardshipStatus hardship() {
    return HardshipStatus.NONE;
  }

  /**
   * The citizen ID number. Personal data: left out of {@code toString}.
   *
   * @return the number, empty if not held; not null
   */
  @Value.Redacted
  public abstract Optional<CitizenId> citizenId();

  /**
   * Whether the member belongs to the union on {@code day}: joined by then (or the join date unknown)
   * and not left by then.
   *
   * @param day the day; not null
   * @return true if a member on that day
   */
  public boolean isMemberOn(LocalDate day) {
    // Plain tests, no lambdas: a roll-up asks this of every member for every period.
    return (joined().isEmpty() || !joined().get().isAfter(day)) && (left().isEmpty() || left().get().isAfter(day));
  }

  @Value.Check
  void check() {
    // The rules live in MemberRules, which readers that count without building a Member share; the
    // messages live here, made only on failure: a register's millions of members pass.
    int born = birthYear().isPresent() ? birthYear().get().getValue() : MemberRules.NO_YEAR;
    Violation violation = MemberRules.violation(born, MemberRules.day(joined()), MemberRules.day(left()),
        leaveReason().orElse(null), entry(), transferredFrom().isPresent(), transferredTo().isPresent(),
        citizenId().orElse(null), sex().orElse(null));
    if (violation == null) {
      return;
    }
    switch (violation) {
      case BIRTH_YEAR_RANGE -> Checks.requireHidden(false, "birthYear", "must lie in " + MemberRules.MIN_BIRTH_YEAR
          + " - " + MemberRules.MAX_BIRTH_YEAR);
      case JOINED_BEFORE_BIRTH_YEAR -> Checks.requireHidden(false, "joined", "must not be before the birth year");
      case LEFT_BEFORE_JOINED -> Checks.require(false, "left", left().orElseThrow(), "must not be before joined ("
          + joined().orElseThrow() + "): a spell cannot end before it starts");
      case REASON_WITHOUT_LEFT -> Checks.require(false, "leaveReason", leaveReason().orElseThrow().name(),
          "needs the day the member left (left)");
      case TRANSFERRED_TO_NOT_OUT -> Checks.require(false, "transferredTo", transferredTo().orElseThrow(),
          "applies to a TRANSFERRED_OUT spell only");
      case TRANSFERRED_FROM_NOT_IN -> Checks.require(false, "transferredFrom", transferredFrom().orElseThrow(),
          "applies to a TRANSFER_IN spell only");
      case CITIZEN_ID_SEX -> Checks.requireHidden(false, "citizenId",
          "does not match sex: the sequence digit encodes the other sex");
      case CITIZEN_ID_BIRTH_YEAR -> Checks.requireHidden(false, "citizenId", "does not match birthYear");
    }
  }

}
