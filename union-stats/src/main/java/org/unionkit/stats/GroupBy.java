package org.unionkit.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Dataset;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.IndustrySection;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;
import org.unionkit.model.RegionLevel;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.SkillLevel;

/**
 * Tallies per group, such as per prefecture
 * ({@code GroupBy.organisations(dataset, ReportingPeriod.ofYear(2020), GroupBy.region(PREFECTURE))}) or per
 * skill level ({@code GroupBy.members(dataset.members(), period, GroupBy.skillLevel())}), in one pass, for a
 * period: stocks on its last day and flows within it, as {@link RollUp} counts them.
 *
 * <p>An organisation key groups the organisation with its members and contracts; a member key groups
 * members only (a unit's headcount cannot be split by its members' skill levels). Records whose key is
 * absent (an organisation without a recorded region, a member without a skill level) are not dropped:
 * they form the {@link Groups#unknown()} tally. Keys sort in their natural order.
 */
public final class GroupBy {
  private GroupBy() {}

  /**
   * Tallies per group.
   *
   * @param <K> the key type
   * @param groups the tally of each key, in key order; not null
   * @param unknown the tally of records without a key; not null
   */
  public record Groups<K extends Comparable<K>>(Map<K, Tally> groups, Tally unknown) {
    /**
     * Checks and copies the parts.
     *
     * @param groups the tally of each key; not null
     * @param unknown the tally of records without a key; not null
     */
    public Groups {
      groups = Collections.unmodifiableMap(new TreeMap<>(groups));
    }

    /**
     * A table with one row per group, labelled by {@code label}, and a last row "(unknown)" when the
     * records without a key count anything.
     *
     * @param label the row label of a key; not null
     * @param indicators the columns; not null
     * @return the table, not null
     */
    public IndicatorTable table(Function<K, String> label, List<Indicator> indicators) {
      List<String> rows = new ArrayList<>(groups.keySet().stream().map(label).toList());
      List<Tally> tallies = new ArrayList<>(groups.values());
      if (!unknown.equals(Tally.empty())) {
        rows.add("(unknown)");
        tallies.add(unknown);
      }
      return IndicatorTable.of(rows, tallies, indicators);
    }
  }

  /**
   * Groups a dataset by a key of each organisation: organisations, their members and their contracts.
   *
   * @param <K> the key type
   * @param dataset the dataset; not null
   * @param period stocks on its last day, flows within it ({@link Measure}); not null
   * @param key the group of an organisation, empty if it has none; not null
   * @return the groups, not null
   */
  public static <K extends Comparable<K>> Groups<K> organisations(Dataset dataset, ReportingPeriod period,
      Function<Organisation, Optional<K>> key) {
    Map<OrganisationId, Optional<K>> keys = new HashMap<>();
    Map<Optional<K>, Counter> counters = new HashMap<>();
    for (Organisation o : dataset.organisations()) {
      Optional<K> k = key.apply(o);
      keys.put(o.id(), k);
      counters.computeIfAbsent(k, x -> new Counter()).addOrganisation(o, period);
    }
    Counter.Span span = Counter.Span.of(period);
    for (Member m : dataset.members()) {
      counters.computeIfAbsent(keys.get(m.organisation()), x -> new Counter()).addMember(m, span);
    }
    Tally.byUnion(dataset.contracts()).forEach((union, contracts) ->
        counters.computeIfAbsent(keys.get(union), x -> new Counter()).addContractsOfOneUnion(contracts, period));
    return collect(counters);
  }

  /**
   * Groups members by a key of each member, such as employment form.
   *
   * @param <K> the key type
   * @param members the members, read once; not null
   * @param period stocks on its last day, flows within it ({@link Measure}); not null
   * @param key the group of a member, empty if it has none; not null
   * @return the groups, not null
   */
  public static <K extends Comparable<K>> Groups<K> members(Iterable<Member> members, ReportingPeriod period,
      Function<Member, Optional<K>> key) {
    Map<Optional<K>, Counter> counters = new HashMap<>();
    Counter.Span span = Counter.Span.of(period);
    for (Member m : members) {
      counters.computeIfAbsent(key.apply(m), x -> new Counter()).addMember(m, span);
    }
    return collect(counters);
  }

  private static <K extends Comparable<K>> Groups<K> collect(Map<Optional<K>, Counter> counters) {
    Map<K, Tally> groups = new HashMap<>();
    @Nullable Counter unknown = null;
    for (Map.Entry<Optional<K>, Counter> e : counters.entrySet()) {
      if (e.getKey().isPresent()) {
        groups.put(e.getKey().get(), e.getValue().toTally());
      } else {
        unknown = e.getValue();
      }
    }
    return new Groups<>(groups, unknown == null ? Tally.empty() : unknown.toTally());
  }

  /**
   * The organisation's region at {@code level}: its own region, or the one above it at that level;
   * absent for an organisation without a region or with a region coarser than {@code level}.
   *
   * @param level the level to group at; not null
   * @return the key function, not null
   */
  public static Function<Organisation, Optional<Region>> region(RegionLevel level) {
    return o -> o.region().flatMap(r -> {
      Optional<Region> at = Optional.of(r);
      while (at.isPresent() && at.get().level().compareTo(level) > 0) {
        at = at.get().parent();
      }
      return at.filter(x -> x.level() == level);
    });
  }

  /**
   * The section of the organisation's industry.
   *
   * @return the key function, not null
   */
  public static Function<Organisation, Optional<IndustrySection>> industrySection() {
    return o -> o.industry().map(i -> i.section());
  }

  /**
   * The ownership of the organisation's unit.
   *
   * @return the key function, not null
   */
  public static Function<Organisation, Optional<Ownership>> ownership() {
    return Organisation::ownership;
  }

  /**
   * The size band of the organisation's unit, from its headcount.
   *
   * @return the key function, not null
   */
  public static Function<Organisation, Optional<SizeBand>> sizeBand() {
    return o -> o.employees().isPresent() ? Optional.of(SizeBand.of(o.employees().getAsLong())) : Optional.empty();
  }

  /**
   * The member's employment form.
   *
   * @return the key function, not null
   */
  public static Function<Member, Optional<EmploymentForm>> employmentForm() {
    return m -> Optional.of(m.employmentForm());
  }

  /**
   * The member's skill level.
   *
   * @return the key function, not null
   */
  public static Function<Member, Optional<SkillLevel>> skillLevel() {
    return Member::skillLevel;
  }
}
