package org.unionkit.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A union organisation, such as 河北省总工会 (a provincial federation) or the grassroots union of one
 * enterprise, with its place in the hierarchy ({@link #parent()}), region, industry, the ownership of
 * its unit and the unit's headcount.
 *
 * <p>Rules checked at construction: names are not blank; an organisation is not its own parent; the
 * national federation has no parent; ownership is given for grassroots unions only; the headcount is
 * not negative; a union is not dissolved before it was founded.
 */
@Value.Immutable
public abstract class Organisation implements WithOrganisation {

  Organisation() {}

  /**
   * A builder; {@code id}, {@code name} and {@code kind} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; each attribute may be set once. */
  public static class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  /**
   * The identifier, such as {@code HB}.
   *
   * @return the identifier, not null
   */
  public abstract OrganisationId id();

  /**
   * The Chinese name, such as 河北省总工会.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * The English name, such as {@code Hebei Federation of Trade Unions}.
   *
   * @return the name, empty if none is given; not null
   */
  public abstract Optional<String> englishName();

  /**
   * The kind, such as {@code PROVINCIAL_FEDERATION}.
   *
   * @return the kind, not null
   */
  public abstract OrganisationKind kind();

  /**
   * The organisation one level up, as {@link OrganisationTree} links them.
   *
   * @return the parent's identifier, empty for a root; not null
   */
  public abstract Optional<OrganisationId> parent();

  /**
   * The administrative division the organisation serves or sits in.
   *
   * @return the region, empty if unknown; not null
   */
  public abstract Optional<Region> region();

  /**
   * The industry of an industry union or of a grassroots union's unit.
   *
   * @return the industry, empty if none applies or it is unknown; not null
   */
  public abstract Optional<Industry> industry();

  /**
   * The ownership of a grassroots union's unit, such as {@code PRIVATE}.
   *
   * @return the ownership, empty for federations and when unknown; not null
   */
  public abstract Optional<Ownership> ownership();

  /**
   * The number of employees (职工人数) of the unit or units the union organises; size bands such as
   * 100+ staff select on it.
   *
   * @return the headcount in persons, empty if unknown; not null
   */
  public abstract OptionalLong employees();

  /**
   * The day the union was founded (建会日期).
   *
   * @return the date, empty if unknown; not null
   */
  public abstract Optional<LocalDate> founded();

  /**
   * The day the union was dissolved (撤销 / 注销), such as when its unit closed: the first day it no longer
   * exists. A union counts among the units with a union on a day {@code d} when founded by then (or the
   * founding date is unknown) and not dissolved by then.
   *
   * @return the date, empty while the union exists; not null
   */
  public abstract Optional<LocalDate> dissolved();

  /**
   * Whether the union exists on {@code day}: founded by then (or the date unknown), not dissolved by then.
   *
   * @param day the day; not null
   * @return true if it exists that day
   */
  public boolean existsOn(LocalDate day) {
    return founded().map(f -> !f.isAfter(day)).orElse(true) && dissolved().map(d -> d.isAfter(day)).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.requireName(name(), "name");
    englishName().ifPresent(n -> Checks.requireName(n, "englishName"));
    parent().ifPresent(p -> Checks.require(!p.equals(id()), "parent", p, "must not be the organisation itself"));
    Checks.require(kind() != OrganisationKind.NATIONAL_FEDERATION || parent().isEmpty(), "parent",
        parent().map(Object::toString).orElse(""), "must be empty for the national federation");
    Checks.require(ownership().isEmpty() || kind().isGrassroots(), "ownership", ownership().orElse(null),
        "applies to grassroots unions only, not to a " + kind());
    employees().ifPresent(n -> Checks.requireNonNegative(n, "employees"));
    dissolved().ifPresent(day -> founded().ifPresent(start -> Checks.require(!day.isBefore(start), "dissolved", day,
        "must not be before founded (" + start + ")")));
  }
}
