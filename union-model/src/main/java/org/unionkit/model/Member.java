package org.unionkit.model;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A union member as a membership register holds them: the organisation, sex, birth year, join date,
 * relation to work, employment form, skill level, honours, hardship-file status and, optionally, the
 * citizen ID number.
 *
 * <p>Personal data stays out of sight: {@code toString} omits the birth year and the ID number, and
 * messages about them never show their values. Rules checked at construction: a given ID number must
 * agree with the sex and birth year when those are given; the member cannot join before the birth year.
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

  @Value.Check
  void check() {
    birthYear().ifPresent(y -> Checks.requireHidden(y.getValue() >= 1870 && y.getValue() <= 9999, "birthYear",
        "must lie in 1870 - 9999"));
    joined().ifPresent(day -> birthYear().ifPresent(y -> Checks.requireHidden(day.getYear() >= y.getValue(),
        "joined", "must not be before the birth year")));
    citizenId().ifPresent(id -> {
      sex().ifPresent(s -> Checks.requireHidden(s == id.sex(), "citizenId",
          "does not match sex: the sequence digit encodes the other sex"));
      birthYear().ifPresent(y -> Checks.requireHidden(y.getValue() == id.birthDate().getYear(), "citizenId",
          "does not match birthYear"));
    });
  }
}
