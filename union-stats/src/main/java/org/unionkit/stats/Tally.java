package org.unionkit.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.ReportingPeriod;

/**
 * Exact counts of every {@link Measure}, such as {@code Tally{MEMBERS=1000, HIGH_SKILL_MEMBERS=163, ...}}:
 * the accumulator every indicator is computed from.
 *
 * <p>Tallies merge with {@link #plus(Tally)}, which adds counts exactly: it is associative and
 * commutative with {@link #empty()} as identity, so a dataset split across threads, files or machines
 * gives the same tally however it is split and merged. {@link #of(Dataset)} reads each record once.
 * Counts never go negative; a sum beyond {@code Long.MAX_VALUE} throws {@link ArithmeticException} rather
 * than wrap. These static counts have no period: they count over all recorded time
 * ({@link CountOptions#allTime()}); {@link RollUp} counts for a period. Immutable and thread-safe.
 */
public final class Tally {
  private static final Measure[] MEASURES = Measure.values();
  private static final Tally EMPTY = new Tally(new long[MEASURES.length]);
  private static final ReportingPeriod ALL_TIME = CountOptions.allTime().period();

  private final long[] counts;

  Tally(long[] counts) {
    this.counts = counts;
  }

  /**
   * Nothing counted: the identity of {@link #plus(Tally)}.
   *
   * @return the empty tally, not null
   */
  public static Tally empty() {
    return EMPTY;
  }

  /**
   * Counts a whole dataset in one pass over its members, organisations and contracts.
   *
   * @param dataset the dataset; not null
   * @return the counts, not null
   */
  public static Tally of(Dataset dataset) {
    Counter counter = new Counter();
    Counter.Span allTime = Counter.Span.of(ALL_TIME);
    dataset.members().forEach(m -> counter.addMember(m, allTime));
    dataset.organisations().forEach(o -> counter.addOrganisation(o, ALL_TIME));
    byUnion(dataset.contracts()).values().forEach(c -> counter.addContractsOfOneUnion(c, ALL_TIME));
    return counter.toTally();
  }

  /**
   * Counts members only, such as the high-skill members of a register.
   *
   * @param members the members, read once; not null
   * @return the counts, not null
   */
  public static Tally ofMembers(Iterable<Member> members) {
    return ofMembers(members, ALL_TIME);
  }

  /**
   * Counts members for a period, as {@link RollUp} counts them: stocks on its last day, flows within it,
   * such as the members at the end of 2020 and those who joined in 2020. No record rule is applied (there
   * is no tree to judge an organisation by): a roll-up's rules are {@link RollUp}'s and the readers'.
   *
   * @param members the members, read once; not null
   * @param period the period; not null
   * @return the counts, only member measures; not null
   */
  public static Tally ofMembers(Iterable<Member> members, ReportingPeriod period) {
    Counter counter = new Counter();
    Counter.Span span = Counter.Span.of(period);
    members.forEach(m -> counter.addMember(m, span));
    return counter.toTally();
  }

  /**
   * Counts contracts only, each union's enterprise workforce once.
   *
   * @param contracts the contracts; not null
   * @return the counts, not null
   */
  public static Tally ofContracts(Iterable<CollectiveContract> contracts) {
    Counter counter = new Counter();
    byUnion(contracts).values().forEach(c -> counter.addContractsOfOneUnion(c, ALL_TIME));
    return counter.toTally();
  }

  /**
   * Counts organisations only (units with a union and their headcount).
   *
   * @param organisations the organisations; not null
   * @return the counts, not null
   */
  public static Tally ofOrganisations(Iterable<Organisation> organisations) {
    Counter counter = new Counter();
    organisations.forEach(o -> counter.addOrganisation(o, ALL_TIME));
    return counter.toTally();
  }

  static Map<OrganisationId, List<CollectiveContract>> byUnion(Iterable<CollectiveContract> contracts) {
    Map<OrganisationId, List<CollectiveContract>> byUnion = new LinkedHashMap<>();
    contracts.forEach(c -> byUnion.computeIfAbsent(c.union(), u -> new ArrayList<>()).add(c));
    return byUnion;
  }

  /**
   * The first element of {@link #toLongs()}: the layout's version. Version 1 lists the counts in the
   * declaration order of {@link Measure} as of unionkit 0.x (52 measures, {@code MEMBERS} first); a later
   * version that adds or moves measures keeps reading version 1.
   */
  public static final long LONGS_VERSION = 1;

  /**
   * The counts as longs, exact, for an engine to carry between machines or keep in a column: the version
   * ({@link #LONGS_VERSION}), the number of counts, then each count in {@link Measure} order (money in fen).
   * {@link #fromLongs} reads it back to an equal tally.
   *
   * @return a new array of {@code 2 + Measure.values().length} longs, not null
   */
  public long[] toLongs() {
    long[] longs = new long[2 + MEASURES.length];
    longs[0] = LONGS_VERSION;
    longs[1] = MEASURES.length;
    for (int i = 0; i < MEASURES.length; i++) {
      longs[2 + i] = get(MEASURES[i]);
    }
    return longs;
  }

  /**
   * The tally {@link #toLongs()} wrote.
   *
   * @param longs the version, the number of counts and the counts; not null
   * @return the tally, not null
   * @throws IllegalArgumentException if the version is not one this library reads, the length does not
   *     match the number of counts, or a count is negative
   */
  public static Tally fromLongs(long[] longs) {
    if (longs.length < 2 || longs[0] != LONGS_VERSION) {
      throw new IllegalArgumentException("not a tally's longs: the first must be the version "
          + LONGS_VERSION + (longs.length == 0 ? ", and the array is empty" : ", not " + longs[0]));
    }
    if (longs[1] != MEASURES.length || longs.length != 2 + MEASURES.length) {
      throw new IllegalArgumentException("a tally of version " + LONGS_VERSION + " holds " + MEASURES.length
          + " counts, not " + longs[1] + " in an array of " + longs.length);
    }
    long[] counts = new long[MEASURES.length];
    for (int i = 0; i < MEASURES.length; i++) {
      long count = longs[2 + i];
      if (count < 0) {
        throw new IllegalArgumentException(MEASURES[i] + " (" + count + ") must not be negative");
      }
      counts[Counter.slot(MEASURES[i])] = count;
    }
    return new Tally(counts);
  }

  /** The counts, slot by measure ({@link Counter#slot}); not to be changed. */
  long[] counts() {
    return counts;
  }

  /**
   * The count of a measure, such as 163 high-skill members.
   *
   * @param measure the measure; not null
   * @return the count, not negative (money in fen)
   */
  public long get(Measure measure) {
    return counts[Counter.slot(measure)];
  }

  /**
   * A copy with one count replaced, such as {@code tally.with(Measure.EMPLOYEES_IN_SCOPE, 5_000_000)} to
   * supply a figure no record holds.
   *
   * @param measure the measure; not null
   * @param count the count, not negative (money in fen)
   * @return the new tally, not null
   * @throws IllegalArgumentException if the count is negative
   */
  public Tally with(Measure measure, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(measure + " (" + count + ") must not be negative");
    }
    long[] copy = counts.clone();
    copy[Counter.slot(measure)] = count;
    return new Tally(copy);
  }

  /**
   * The counts of two disjoint parts added, such as two cities into their province.
   *
   * @param other the other part; not null
   * @return the sum, not null
   * @throws ArithmeticException if a count overflows a long
   */
  public Tally plus(Tally other) {
    Counter sum = new Counter();
    sum.addAll(counts);
    sum.addAll(other.counts);
    return sum.toTally();
  }

  /**
   * The first part that exceeds its whole ({@link Measure#partOf()}), such as more high-skill members than
   * skilled ones: counts that contradict each other, which no set of records gives but a supplied or
   * imported tally can hold. A whole of 0 is taken as not supplied, not as a contradiction: service
   * spending may be supplied without total spending (the share is then undefined). unionkit's JSON
   * writer and reader refuse a contradictory tally.
   *
   * @return the contradiction, such as {@code HIGH_SKILL_MEMBERS (600) exceeds SKILLED_MEMBERS (500)}, or
   *     empty; not null
   */
  public Optional<String> contradiction() {
    for (Measure part : MEASURES) {
      Optional<Measure> whole = part.partOf();
      if (whole.isPresent() && get(whole.get()) > 0 && get(part) > get(whole.get())) {
        return Optional.of(part + " (" + get(part) + ") exceeds " + whole.get() + " (" + get(whole.get())
            + "), of which it is a part");
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tally other && Arrays.equals(other.counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /**
   * The non-zero counts, such as {@code Tally{MEMBERS=1000, EMPLOYEE_MEMBERS=850}}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Tally{");
    String separator = "";
    for (Measure measure : MEASURES) {
      long count = get(measure);
      if (count != 0) {
        text.append(separator).append(measure).append('=').append(count);
        separator = ", ";
      }
    }
    return text.append('}').toString();
  }
}
