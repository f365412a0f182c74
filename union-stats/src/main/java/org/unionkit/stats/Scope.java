package org.unionkit.stats;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Industry;
import org.unionkit.model.Organisation;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;

/**
 * Which organisations, and so which members and contracts, an indicator counts, such as
 * {@code Scope.all().withNonPublic().withMinEmployees(100)} for 百人以上非公企业.
 *
 * <p>Region and industry criteria apply to every organisation (one without a region or industry is
 * outside a scope that names one). Unit criteria (ownership, headcount) describe employers, so only
 * grassroots unions can meet them: a scope with a unit criterion leaves federations out. Members and
 * contracts belong to the scope of their organisation. Immutable and thread-safe.
 */
public final class Scope {
  private static final Scope ALL = new Scope(Set.of(), OptionalLong.empty(), null, null);

  private final Set<Ownership> ownerships;
  private final OptionalLong minEmployees;
  private final @Nullable Region region;
  private final @Nullable Industry industry;

  private Scope(Set<Ownership> ownerships, OptionalLong minEmployees, @Nullable Region region,
      @Nullable Industry industry) {
    this.ownerships = ownerships.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ownerships));
    this.minEmployees = minEmployees;
    this.region = region;
    this.industry = industry;
  }

  /**
   * Every organisation.
   *
   * @return the scope without criteria, not null
   */
  public static Scope all() {
    return ALL;
  }

  /**
   * Units of the given ownerships only.
   *
   * @param ownerships the ownerships, at least one; not null
   * @return the narrowed scope, not null
   * @throws IllegalArgumentException if the set is empty
   */
  public Scope withOwnerships(Set<Ownership> ownerships) {
    if (ownerships.isEmpty()) {
      throw new IllegalArgumentException("ownerships must name at least one ownership");
    }
    return new Scope(ownerships, minEmployees, region, industry);
  }

  /**
   * Non-public enterprises only (private, foreign-invested, Hong Kong/Macao/Taiwan-invested: 非公企业).
   *
   * @return the narrowed scope, not null
   */
  public Scope withNonPublic() {
    Set<Ownership> nonPublic = EnumSet.noneOf(Ownership.class);
    for (Ownership o : Ownership.values()) {
      if (o.isNonPublic()) {
        nonPublic.add(o);
      }
    }
    return withOwnerships(nonPublic);
  }

  /**
   * Units with at least {@code employees} staff, such as 100 for 百人以上.
   *
   * @param employees the smallest headcount, not negative
   * @return the narrowed scope, not null
   * @throws IllegalArgumentException if negative
   */
  public Scope withMinEmployees(long employees) {
    if (employees < 0) {
      throw new IllegalArgumentException("minimum employees (" + employees + ") must not be negative");
    }
    return new Scope(ownerships, OptionalLong.of(employees), region, industry);
  }

  /**
   * Organisations in the region (at any level below it).
   *
   * @param region the region; not null
   * @return the narrowed scope, not null
   */
  public Scope withRegion(Region region) {
    return new Scope(ownerships, minEmployees, Objects.requireNonNull(region, "region"), industry);
  }

  /**
   * Organisations in the industry (or a class within it).
   *
   * @param industry the industry; not null
   * @return the narrowed scope, not null
   */
  public Scope withIndustry(Industry industry) {
    return new Scope(ownerships, minEmployees, region, Objects.requireNonNull(industry, "industry"));
  }

  /**
   * Whether the organisation lies in the scope.
   *
   * @param organisation the organisation; not null
   * @return true if every criterion holds
   */
  public boolean includes(Organisation organisation) {
    if (region != null && !organisation.region().map(r -> r.isWithin(region)).orElse(false)) {
      return false;
    }
    if (industry != null && !organisation.industry().map(i -> i.isWithin(industry)).orElse(false)) {
      return false;
    }
    boolean unitCriteria = !ownerships.isEmpty() || minEmployees.isPresent();
    if (!unitCriteria) {
      return true;
    }
    return organisation.kind().isGrassroots()
        && (ownerships.isEmpty() || organisation.ownership().map(ownerships::contains).orElse(false))
        && (minEmployees.isEmpty() || organisation.employees().orElse(-1) >= minEmployees.getAsLong());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Scope other && other.ownerships.equals(ownerships) && other.minEmployees.equals(minEmployees)
        && Objects.equals(other.region, region) && Objects.equals(other.industry, industry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ownerships, minEmployees, region, industry);
  }

  /**
   * The criteria, such as {@code ownership [PRIVATE, FOREIGN_INVESTED, HK_MACAO_TAIWAN_INVESTED], 100+ staff,
   * region 130000}, or {@code all organisations}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (!ownerships.isEmpty()) {
      parts.add("ownership " + EnumSet.copyOf(ownerships));
    }
    minEmployees.ifPresent(n -> parts.add(n + "+ staff"));
    if (region != null) {
      parts.add("region " + region);
    }
    if (industry != null) {
      parts.add("industry " + industry);
    }
    return parts.isEmpty() ? "all organisations" : String.join(", ", parts);
  }
}
