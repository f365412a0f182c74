package org.unionkit.stats;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.internal.MemberIdSet;
import org.unionkit.stats.internal.MemberRow;

/**
 * Tallies for every organisation of a tree, for one reporting period: its own records and its whole
 * subtree, such as every city federation's high-skill ratio at the end of 2020 and its new members in
 * 2020, in one call: {@code RollUp.of(tree, members, contracts, CountOptions.of(ReportingPeriod.ofYear(2020)))}.
 *
 * <p>What counts: stock measures on the period's last day, flow measures within it ({@link Measure});
 * a member record that is neither is outside the period (not an error), and a record that breaks a
 * {@link RecordRule} (a repeated member id, an organisation outside the tree or not a grassroots union,
 * an implausible age or date) is rejected, never counted and never lost: {@link #members()} and
 * {@link #contracts()} say how many records went which way, {@link #rejections()} lists each rejected one.
 * A repeated id is found exactly and in input order: the first record that keeps to the other rules
 * keeps the id, every later one is rejected naming it ({@link RecordRule#DUPLICATE_ID}). {@link #rejections()} lists what the roll-up's own pass rejected; a reader that
 * counts on several threads hands its rejections, with their lines, to its own handler. Memory for that: 16 to 24 bytes a member id of up to 10 characters or 18 digits
 * (see {@code MemberIdSet}).
 *
 * <p>Cost: one pass over the members and contracts (each read once, counted into its organisation), then
 * one pass over the organisations from the leaves up, adding each subtree into its parent's: time
 * O(members + contracts + organisations), not O(members × depth). {@link #over} counts several periods
 * in the same one pass. Memory: two tallies per organisation and period, whatever the number of members.
 * Immutable and thread-safe once built.
 */
public final class RollUp {
  private static final int SIZE = Measure.values().length;
  private static final int K = Counter.MEMBER_MEASURES;

  private final Layout layout;
  private final CountOptions options;
  private final long[] own;
  private final long[] subtree;
  private final RecordCounts members;
  private final RecordCounts contracts;
  private final List<Rejection> rejections;
  private final long merges;

  private RollUp(Layout layout, CountOptions options, long[] memberCounts, RecordCounts members,
      List<CollectiveContract> contracts, List<Rejection> rejections) {
    this.layout = layout;
    this.options = options;
    this.members = members;
    ReportingPeriod period = options.period();
    int n = layout.positions.size();
    own = new long[n * SIZE];
    for (int i = 0; i < n; i++) {
      if (layout.included[i]) {
        new Counter(own, i * SIZE).addOrganisation(layout.positions.organisations.get(i), period);
      }
      Counter.addInto(own, i * SIZE, memberCounts, i * K, K);
    }
    List<Rejection> rejected = new ArrayList<>(rejections);
    Map<OrganisationId, List<CollectiveContract>> byUnion = new LinkedHashMap<>();
    long outside = 0;
    for (int c = 0; c < contracts.size(); c++) {
      CollectiveContract contract = contracts.get(c);
      if (!layout.positions.contains(contract.union())) {
        rejected.add(new Rejection("contract", c + 1, contract.id().toString(), RecordRule.ORGANISATION_NOT_IN_TREE,
            "union " + contract.union() + " is not in the tree counted over", 0));
      } else if (!contract.validity().overlaps(period) && !period.contains(contract.signingDate())) {
        outside++;
      } else {
        byUnion.computeIfAbsent(contract.union(), u -> new ArrayList<>()).add(contract);
      }
    }
    int contractsRejected = rejected.size() - rejections.size();
    this.contracts = new RecordCounts(contracts.size(), contracts.size() - outside - contractsRejected, outside,
        contractsRejected);
    this.rejections = List.copyOf(rejected);
    for (Map.Entry<OrganisationId, List<CollectiveContract>> union : byUnion.entrySet()) {
      int i = layout.positions.indexOf(union.getKey(), () -> "contract");
      if (layout.included[i]) {
        new Counter(own, i * SIZE).addContractsOfOneUnion(union.getValue(), period);
      }
    }
    subtree = own.clone();
    // Pre-order lists parents first, so walking it backwards completes every subtree before its parent's.
    long merged = 0;
    for (int i = n - 1; i >= 0; i--) {
      int parent = layout.positions.parents[i];
      if (parent >= 0) {
        Counter.addInto(subtree, parent * SIZE, subtree, i * SIZE, SIZE);
        merged++;
      }
    }
    merges = merged;
  }

  /**
   * Rolls up a whole dataset over all recorded time ({@link CountOptions#allTime()}), every organisation
   * in scope: a dataset holds no period of its own (its document's metadata does).
   *
   * @param dataset the dataset; not null
   * @return the roll-up, not null
   */
  public static RollUp of(Dataset dataset) {
    return of(dataset.tree(), dataset.members(), dataset.contracts(), CountOptions.allTime());
  }

  /**
   * Rolls up members and contracts over a tree for the options' period, counting only organisations in
   * the options' scope (and their members and contracts); the tree's shape is kept whatever the scope.
   *
   * @param tree the organisations; not null
   * @param members the members, read once in order on the calling thread (a stream of millions is fine); not null
   * @param contracts the contracts; not null
   * @param options the period, scope and as-of date; not null
   * @return the roll-up, not null
   */
  public static RollUp of(OrganisationTree tree, Iterable<Member> members, Iterable<CollectiveContract> contracts,
      CountOptions options) {
    return over(List.of(options.period()), tree, members, contracts, options).get(options.period());
  }

  /**
   * Rolls up members and contracts for several periods in one pass over the records, such as the years
   * 2016 to 2020 of one register: the same roll-ups as one {@link #of(OrganisationTree, Iterable, Iterable,
   * CountOptions)} per period under the same as-of date (without one, the age rule is judged on the
   * latest period's last day for every period).
   *
   * @param periods the periods, each counted once; not empty; not null
   * @param tree the organisations; not null
   * @param members the members, read once in order; not null
   * @param contracts the contracts; not null
   * @param options the scope and as-of date (its period is not used); not null
   * @return each period's roll-up, in the order of {@code periods}; not null
   * @throws IllegalArgumentException if {@code periods} is empty
   */
  public static Map<ReportingPeriod, RollUp> over(List<ReportingPeriod> periods, OrganisationTree tree,
      Iterable<Member> members, Iterable<CollectiveContract> contracts, CountOptions options) {
    Accumulator accumulator = new Accumulator(new Layout(new TreePositions(tree), options.scope()),
        List.copyOf(new LinkedHashSet<>(periods)), options);
    for (Member member : members) {
      accumulator.add(member);
    }
    return accumulator.finishAll(contracts);
  }

  /**
   * Rolls up members held as columns over their tree, for the period they were classified for, counting
   * only organisations in {@code scope}: one pass down the columns, organisation by organisation, on every
   * core (the common fork-join pool). The same roll-up as
   * {@link #of(OrganisationTree, Iterable, Iterable, CountOptions)} over the members the columns were made
   * of, with the columns' options in that scope.
   *
   * @param members the members; not null
   * @param contracts the contracts; not null
   * @param scope which organisations count; not null
   * @return the roll-up, not null
   */
  public static RollUp of(MemberColumns members, Iterable<CollectiveContract> contracts, Scope scope) {
    Layout layout = new Layout(members.positions(), scope);
    long[] counts = new long[layout.positions.size() * K];
    boolean[] included = layout.included;
    // Each organisation counts into its own slice of one array, so they may be counted on every core.
    IntStream.range(0, included.length).parallel().filter(p -> included[p])
        .forEach(p -> members.countInto(p, counts, p * K));
    return new RollUp(layout, members.options().withScope(scope), counts, members.counts(), list(contracts),
        members.rejections());
  }

  /**
   * Rolls up member tallies counted elsewhere, one per organisation, such as the sums over the partitions
   * of a Spark job of each partition's {@link Accumulator#memberTallies()}: the same roll-up as the
   * accumulators' {@link Accumulator#finish} would give after {@link Accumulator#merge merging}, for an
   * engine that brings one tally per organisation to one machine instead of the accumulators. The
   * rejections stay with what counted the members: {@link #rejections()} lists only the contracts'.
   *
   * @param tree the organisations; not null
   * @param members each organisation's member counts (only member measures, {@link Measure.Origin#MEMBERS});
   *     organisations without members may be left out; not null
   * @param records what became of the member records counted; not null
   * @param contracts the contracts; not null
   * @param options the period, scope and as-of date the members were counted for; not null
   * @return the roll-up, not null
   * @throws IllegalArgumentException if an organisation is not in the tree or not in the options' scope,
   *     or a tally holds a measure that does not count members
   */
  public static RollUp ofMemberTallies(OrganisationTree tree, Map<OrganisationId, Tally> members,
      RecordCounts records, Iterable<CollectiveContract> contracts, CountOptions options) {
    Layout layout = new Layout(new TreePositions(tree), options.scope());
    long[] counts = new long[layout.positions.size() * K];
    for (Map.Entry<OrganisationId, Tally> entry : members.entrySet()) {
      int i = layout.positions.indexOf(entry.getKey(), () -> "the member tallies");
      if (!layout.included[i]) {
        throw new IllegalArgumentException(entry.getKey() + " is outside the scope counted over, so none of its "
            + "members count");
      }
      long[] tally = entry.getValue().counts();
      for (int slot = K; slot < SIZE; slot++) {
        if (tally[slot] != 0) {
          throw new IllegalArgumentException("the tally of " + entry.getKey() + " holds " + Measure.values()[slot]
              + ", which does not count members");
        }
      }
      System.arraycopy(tally, 0, counts, i * K, K);
    }
    return new RollUp(layout, options, counts, records, list(contracts), List.of());
  }

  /**
   * An empty accumulator of members over the tree, for a reader that counts on several threads: one
   * accumulator per thread ({@link Accumulator#sibling()}), {@link Accumulator#merge merged} when all are
   * done, then {@link Accumulator#finish finished} with the contracts.
   *
   * @param tree the organisations; not null
   * @param options the period, scope and as-of date; not null
   * @return the accumulator, not null
   */
  public static Accumulator accumulator(OrganisationTree tree, CountOptions options) {
    return new Accumulator(new Layout(new TreePositions(tree), options.scope()), List.of(options.period()), options);
  }

  private static <T> List<T> list(Iterable<T> items) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  /** The tree's positions, and which organisations the scope holds. */
  private static final class Layout {
    final TreePositions positions;
    final Scope scope;
    final boolean[] included;

    Layout(TreePositions positions, Scope scope) {
      this.positions = positions;
      this.scope = scope;
      included = new boolean[positions.size()];
      for (int i = 0; i < included.length; i++) {
        included[i] = scope.includes(positions.organisations.get(i));
      }
    }
  }

  /**
   * The member counts of every organisation of one tree, for one or more periods, filled on one thread:
   * the mutable half of a roll-up. Counts are exact; {@link #merge} adds another thread's. Not thread-safe.
   *
   * <p>{@link #add(Member)} is the whole of the rules for records read in order on one thread. A reader
   * that decodes on several threads counts on each with {@link #count} (every rule but the repeated id),
   * then, on one thread and in input order, asks one accumulator to {@link #claim} each counted member's
   * id, which takes a repeated one back out.
   */
  public static final class Accumulator {
    private final Layout layout;
    private final List<ReportingPeriod> periods;
    private final CountOptions options;
    private final MemberChecks checks;
    private final long[][] counts;
    /**
     * The records read and rejected, and each period's accepted and outside, written for every member:
     * one array with a cache line of padding at each end, since sibling accumulators are made one after
     * another and would otherwise share lines that two threads write (false sharing).
     */
    private final long[] ledger;
    private final int read;
    private final int rejected;
    private final int accepted;
    private final int outside;
    private final List<Rejection> rejections = new ArrayList<>();
    private @Nullable MemberIdSet ids;
    /** The periods as epoch days, in the order of {@link #periods}. */
    private final Counter.Span[] spans;
    /** The row the members given as {@code Member} are counted through, one at a time. */
    private final MemberRow row = new MemberRow();

    private Accumulator(Layout layout, List<ReportingPeriod> periods, CountOptions options) {
      if (periods.isEmpty()) {
        throw new IllegalArgumentException("periods must not be empty");
      }
      this.layout = layout;
      this.periods = periods;
      this.options = options;
      this.checks = new MemberChecks(options,
          periods.stream().max(Comparator.comparing(ReportingPeriod::end)).orElseThrow());
      this.counts = new long[periods.size()][layout.positions.size() * K];
      this.spans = periods.stream().map(Counter.Span::of).toArray(Counter.Span[]::new);
      this.read = PAD;
      this.rejected = PAD + 1;
      this.accepted = PAD + 2;
      this.outside = accepted + periods.size();
      this.ledger = new long[outside + periods.size() + PAD];
    }

    /** Longs in a cache line. */
    private static final int PAD = 8;

    /**
     * The tree counted over.
     *
     * @return the tree, not null
     */
    public OrganisationTree tree() {
      return layout.positions.tree;
    }

    /**
     * Counts the next member of an input read in order: every {@link RecordRule}, the repeated id included.
     *
     * @param member the member; not null
     * @return why the member was rejected, or null if counted or outside the period
     */
    @CanIgnoreReturnValue
    public @Nullable Rejection add(Member member) {
      long record = ledger[read] + 1;
      Rejection rejection = count(member, record);
      if (rejection == null) {
        rejection = claim(member, record);
      }
      if (rejection != null) {
        rejections.add(rejection);
      }
      return rejection;
    }

    /**
     * Counts a member by every rule but the repeated id, for readers that decode on several threads, one
     * accumulator ({@link #sibling()}) each: the same counts as {@link #add(Member)} for a member whose id
     * is new. The ids are then claimed in input order on one of them ({@link #claim}).
     *
     * @param member the member; not null
     * @param record the record's number in the input, for the rejection
     * @return why the member was rejected, or null if counted or outside the period
     */
    public @Nullable Rejection count(Member member, long record) {
      return count(row.set(member, layout.positions.find(member.organisation())), record);
    }

    /**
     * Counts a member's row by every rule but the repeated id, as {@link #count(Member, long)} counts the
     * member the row was filled from: for unionkit's readers, which fill rows straight from their input
     * (the row's type is internal: exported to union-io alone).
     *
     * @param row the row, its position one of the tree's or -1 (not in the tree); not null
     * @param record the record's number in the input, for the rejection
     * @return why the member was rejected, or null if counted or outside the period
     * @throws IndexOutOfBoundsException if the position is not -1 or one of the tree's
     */
    public @Nullable Rejection count(MemberRow row, long record) {
      if (row.position != -1) {
        Objects.checkIndex(row.position, layout.positions.size());
      }
      ledger[read]++;
      Rejection rejection = checks.check(row, layout.positions, record);
      if (rejection != null) {
        ledger[rejected]++;
        return rejection;
      }
      add(row, 1);
      return null;
    }

    /** Adds {@code sign} times the row's stock and flows of each period, as accepted or outside in each. */
    private void add(MemberRow row, int sign) {
      boolean included = layout.included[row.position];
      for (int i = 0; i < spans.length; i++) {
        int flags = Counter.flags(row, spans[i]);
        if (flags == 0) {
          ledger[outside + i] += sign;
          continue;
        }
        ledger[accepted + i] += sign;
        if (included) {
          Counter.addMember(counts[i], row.position * K, flags, row.workRelation, row.employmentForm, row.skillLevel,
              sign);
        }
      }
    }

    /**
     * Claims the id of a member that {@link #count} counted on this accumulator or a sibling, in input
     * order on one thread: a repeated id is taken back out of the counts (into this accumulator, so merge
     * it with the siblings) and rejected, naming the record the id was first claimed on.
     *
     * @param member the member counted; not null
     * @param record the record's number in the input
     * @return the rejection of a repeated id, or null if the id is new
     */
    public @Nullable Rejection claim(Member member, long record) {
      if (ids == null) {
        ids = new MemberIdSet();
      }
      long first = ids.add(member.id(), record);
      return first == 0 ? null : repeated(row.set(member, layout.positions.find(member.organisation())), record, first);
    }

    /**
     * Takes a member that {@link #count} counted (on this accumulator or a sibling) back out of the counts,
     * into this accumulator, because its id repeats the record {@code first}'s: for a reader that finds
     * repeated ids itself, in input order, as {@link #claim} does.
     *
     * @param counted the row the member was counted by; not null
     * @param record the member's record number
     * @param first the record the id was first read on (-1 past {@code Integer.MAX_VALUE})
     * @return the rejection, not null
     */
    @CanIgnoreReturnValue
    public Rejection repeated(MemberRow counted, long record, long first) {
      // Read once and counted as accepted or outside; now taken back out and rejected instead.
      add(counted, -1);
      ledger[rejected]++;
      return MemberChecks.duplicate(counted.id(), record, first);
    }

    /**
     * An empty accumulator over the same tree, periods and options, to fill on another thread and merge.
     *
     * @return the new accumulator, not null
     */
    public Accumulator sibling() {
      return new Accumulator(layout, periods, options);
    }

    /**
     * Adds the counts of a {@link #sibling()} (or of this accumulator's origin) into this one.
     *
     * @param other the other accumulator; not null
     * @return this accumulator, not null
     * @throws IllegalArgumentException if the other is not a sibling
     */
    @CanIgnoreReturnValue
    public Accumulator merge(Accumulator other) {
      if (other.layout != layout || !other.periods.equals(periods)) {
        throw new IllegalArgumentException("only siblings merge: make each thread's accumulator with sibling()");
      }
      for (int i = 0; i < periods.size(); i++) {
        Counter.addInto(counts[i], 0, other.counts[i], 0, counts[i].length);
      }
      for (int i = PAD; i < ledger.length - PAD; i++) {
        ledger[i] = Math.addExact(ledger[i], other.ledger[i]);
      }
      rejections.addAll(other.rejections);
      return this;
    }

    /**
     * The member counts of each organisation in scope that counted a member, for the first period: what an
     * engine that counts on many machines sends on, to be added up by organisation ({@link Tally#plus}) and
     * rolled up with {@link RollUp#ofMemberTallies}.
     *
     * @return the tallies by organisation, in the tree's pre-order, only member measures; not null
     */
    public Map<OrganisationId, Tally> memberTallies() {
      long[] first = counts[0];
      Map<OrganisationId, Tally> tallies = new LinkedHashMap<>();
      for (int i = 0; i < layout.included.length; i++) {
        if (layout.included[i] && !Counter.isZero(first, i * K, K)) {
          long[] tally = new long[SIZE];
          System.arraycopy(first, i * K, tally, 0, K);
          tallies.put(layout.positions.organisations.get(i).id(), new Tally(tally));
        }
      }
      return tallies;
    }

    /**
     * What became of the member records counted so far, for the first period.
     *
     * @return the counts, not null
     */
    public RecordCounts members() {
      return new RecordCounts(ledger[read], ledger[accepted], ledger[outside], ledger[rejected]);
    }

    /**
     * The roll-up of the members counted and the contracts given, for the first period.
     *
     * @param contracts the contracts; not null
     * @return the roll-up, not null
     */
    public RollUp finish(Iterable<CollectiveContract> contracts) {
      return finishAll(contracts).get(periods.get(0));
    }

    private Map<ReportingPeriod, RollUp> finishAll(Iterable<CollectiveContract> contracts) {
      List<CollectiveContract> list = list(contracts);
      List<Rejection> sorted = new ArrayList<>(rejections);
      sorted.sort(Comparator.comparingLong(Rejection::record));
      Map<ReportingPeriod, RollUp> rollUps = new LinkedHashMap<>();
      for (int i = 0; i < periods.size(); i++) {
        rollUps.put(periods.get(i), new RollUp(layout, options.withPeriod(periods.get(i)), counts[i],
            new RecordCounts(ledger[read], ledger[accepted + i], ledger[outside + i], ledger[rejected]), list, sorted));
      }
      return Collections.unmodifiableMap(rollUps);
    }
  }

  private int indexOf(OrganisationId id) {
    return layout.positions.indexOf(id, () -> "the request");
  }

  /**
   * The counts of the organisation's own records, without those of organisations below it.
   *
   * @param id an organisation of the tree; not null
   * @return the tally, not null
   * @throws IllegalArgumentException if the tree does not hold {@code id}
   */
  public Tally own(OrganisationId id) {
    return slice(own, indexOf(id));
  }

  /**
   * The counts of the organisation and everything below it.
   *
   * @param id an organisation of the tree; not null
   * @return the tally, not null
   * @throws IllegalArgumentException if the tree does not hold {@code id}
   */
  public Tally subtree(OrganisationId id) {
    return slice(subtree, indexOf(id));
  }

  private static Tally slice(long[] counts, int i) {
    return new Tally(Arrays.copyOfRange(counts, i * SIZE, (i + 1) * SIZE));
  }

  /**
   * The tree rolled up.
   *
   * @return the tree, not null
   */
  public OrganisationTree tree() {
    return layout.positions.tree;
  }

  /**
   * The scope counted.
   *
   * @return the scope, not null
   */
  public Scope scope() {
    return layout.scope;
  }

  /**
   * How many member and contract records were read: each exactly once.
   *
   * @return the records read
   */
  public long recordsRead() {
    return members.read() + contracts.read();
  }

  /**
   * What became of the member records: counted, outside the period, rejected.
   *
   * @return the counts, not null
   */
  public RecordCounts members() {
    return members;
  }

  /**
   * What became of the contracts: counted (in force in the period or signed in it), outside it, rejected.
   *
   * @return the counts, not null
   */
  public RecordCounts contracts() {
    return contracts;
  }

  /**
   * Every record rejected, members in input order, then contracts.
   *
   * @return the rejections, not null
   */
  public List<Rejection> rejections() {
    return rejections;
  }

  /**
   * The period, scope and as-of date counted.
   *
   * @return the options, not null
   */
  public CountOptions options() {
    return options;
  }

  /**
   * How many subtree totals were added into a parent's: one per organisation that has a parent.
   *
   * @return the merges
   */
  public long merges() {
    return merges;
  }

  /**
   * A table of the organisations' subtree figures, such as every city federation's indicators.
   *
   * @param organisations the rows, in order; not null
   * @param indicators the columns, in order; not null
   * @return the table, not null
   * @throws IllegalArgumentException if the tree does not hold an organisation
   */
  public IndicatorTable table(List<Organisation> organisations, List<Indicator> indicators) {
    // Straight from the subtree counts: a table of every node of a province copies no tally.
    int[] bases = new int[organisations.size()];
    for (int r = 0; r < bases.length; r++) {
      bases[r] = indexOf(organisations.get(r).id()) * SIZE;
    }
    return IndicatorTable.of(organisations.stream().map(Organisation::name).toList(), indicators, subtree, bases);
  }

  @Override
  public String toString() {
    return "RollUp[" + layout.positions.tree + ", " + options + ", members: " + members + ", contracts: " + contracts
        + ", " + merges + " merges]";
  }
}
