package org.unionkit.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Dataset;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;

/**
 * Tallies for every organisation of a tree: its own records and its whole subtree, such as every city
 * federation's high-skill ratio in one call.
 *
 * <p>Cost: one pass over the members and contracts (each read once, counted into its organisation), then
 * one pass over the organisations from the leaves up, adding each subtree into its parent's: time
 * O(members + contracts + organisations), not O(members × depth). {@link #recordsRead()} and
 * {@link #merges()} report the work done. The members may be counted on several threads:
 * {@link #collector} gives each thread its own counts and adds them up at the end, with the same result
 * as one pass. Memory: two tallies per organisation, whatever the number of members. Immutable and
 * thread-safe once built.
 */
public final class RollUp {
  private static final int SIZE = Measure.values().length;

  private final Layout layout;
  private final long[] own;
  private final long[] subtree;
  private final long recordsRead;
  private final long merges;

  private RollUp(Accumulator members, Iterable<CollectiveContract> contracts) {
    layout = members.layout;
    int n = layout.positions.size();
    own = new long[n * SIZE];
    for (int i = 0; i < n; i++) {
      if (layout.included[i]) {
        new Counter(own, i * SIZE).addOrganisation(layout.positions.organisations.get(i));
      }
      Counter.addInto(own, i * SIZE, members.counts, i * Counter.MEMBER_MEASURES, Counter.MEMBER_MEASURES);
    }
    long read = members.read;
    for (Map.Entry<OrganisationId, List<CollectiveContract>> union : Tally.byUnion(contracts).entrySet()) {
      int i = layout.positions.indexOf(union.getKey(), () -> "contract " + union.getValue().get(0).id());
      if (layout.included[i]) {
        new Counter(own, i * SIZE).addContractsOfOneUnion(union.getValue());
      }
      read += union.getValue().size();
    }
    recordsRead = read;
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
   * Rolls up a whole dataset, every organisation in scope.
   *
   * @param dataset the dataset; not null
   * @return the roll-up, not null
   */
  public static RollUp of(Dataset dataset) {
    return of(dataset.tree(), dataset.members(), dataset.contracts(), Scope.all());
  }

  /**
   * Rolls up members and contracts over a tree, counting only organisations in {@code scope} (and their
   * members and contracts); the tree's shape is kept whatever the scope.
   *
   * @param tree the organisations; not null
   * @param members the members, read once on the calling thread (a stream of millions is fine); not null
   * @param contracts the contracts; not null
   * @param scope which organisations count; not null
   * @return the roll-up, not null
   * @throws IllegalArgumentException naming a member or contract whose organisation is not in the tree
   */
  public static RollUp of(OrganisationTree tree, Iterable<Member> members, Iterable<CollectiveContract> contracts,
      Scope scope) {
    return StreamSupport.stream(members.spliterator(), false).collect(collector(tree, contracts, scope));
  }

  /**
   * Rolls up members held as columns over their tree, counting only organisations in {@code scope}: one
   * pass down the columns, organisation by organisation, on every core (the common fork-join pool). The
   * same roll-up as
   * {@link #of(OrganisationTree, Iterable, Iterable, Scope)} over the members the columns were made of.
   *
   * @param members the members; not null
   * @param contracts the contracts; not null
   * @param scope which organisations count; not null
   * @return the roll-up, not null
   * @throws IllegalArgumentException naming a contract whose union is not in the tree
   */
  public static RollUp of(MemberColumns members, Iterable<CollectiveContract> contracts, Scope scope) {
    Accumulator accumulator = new Accumulator(new Layout(members.positions(), scope));
    boolean[] included = accumulator.layout.included;
    // Each organisation counts into its own slice of one array, so they may be counted on every core.
    IntStream.range(0, included.length).parallel().filter(p -> included[p])
        .forEach(p -> members.countInto(p, accumulator.counts, p * Counter.MEMBER_MEASURES));
    accumulator.read = members.size();
    return accumulator.finish(contracts);
  }

  /**
   * Rolls up the members of a stream, sequential or parallel, over a tree, such as
   * {@code members.parallelStream().collect(RollUp.collector(tree, contracts, Scope.all()))}. Each
   * thread counts into its own {@link Accumulator}; accumulators are added exactly, so the result equals
   * {@link #of(OrganisationTree, Iterable, Iterable, Scope)} over the same members, however the stream is
   * split.
   *
   * @param tree the organisations; not null
   * @param contracts the contracts, counted once when the members are done; not null
   * @param scope which organisations count; not null
   * @return the collector, not null
   * @throws IllegalArgumentException (from the stream) naming a member or contract whose organisation is
   *     not in the tree
   */
  public static Collector<Member, ?, RollUp> collector(OrganisationTree tree, Iterable<CollectiveContract> contracts,
      Scope scope) {
    Layout layout = new Layout(new TreePositions(tree), scope);
    return Collector.of(() -> new Accumulator(layout), Accumulator::add, Accumulator::merge,
        accumulator -> accumulator.finish(contracts), Collector.Characteristics.UNORDERED);
  }

  /**
   * An empty accumulator of members over the tree, for a reader that counts on several threads: one
   * accumulator per thread, {@link Accumulator#merge merged} when all are done, then
   * {@link Accumulator#finish finished} with the contracts.
   *
   * @param tree the organisations; not null
   * @param scope which organisations count; not null
   * @return the accumulator, not null
   */
  public static Accumulator accumulator(OrganisationTree tree, Scope scope) {
    return new Accumulator(new Layout(new TreePositions(tree), scope));
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
   * The member counts of every organisation of one tree, filled on one thread: the mutable half of a
   * roll-up. Counts are exact; {@link #merge} adds another thread's. Not thread-safe.
   */
  public static final class Accumulator {
    private final Layout layout;
    private final long[] counts;
    private long read;

    private Accumulator(Layout layout) {
      this.layout = layout;
      this.counts = new long[layout.positions.size() * Counter.MEMBER_MEASURES];
    }

    /**
     * The tree counted over.
     *
     * @return the tree, not null
     */
    public OrganisationTree tree() {
      return layout.positions.tree;
    }

    /**
     * Counts a member into its organisation, if the scope holds it.
     *
     * @param member the member; not null
     * @throws IllegalArgumentException if the member's organisation is not in the tree
     */
    public void add(Member member) {
      add(layout.positions.indexOf(member.organisation(), () -> "member " + member.id()), member.workRelation(),
          member.employmentForm(), member.skillLevel().orElse(null));
    }

    /**
     * Counts a member given by what the measures need, for readers that find the organisation's position
     * without an {@code OrganisationId}: the same counts as {@link #add(Member)} for a member with these
     * values.
     *
     * @param position the organisation's index in {@link OrganisationTree#preOrder()}
     * @param relation the member's relation to work; not null
     * @param form the member's employment form; not null
     * @param level the member's skill level, or null for none
     * @throws IndexOutOfBoundsException if the position is not one of the tree's
     */
    public void add(int position, WorkRelation relation, EmploymentForm form, @Nullable SkillLevel level) {
      Objects.checkIndex(position, layout.positions.size());
      if (layout.included[position]) {
        Counter.addMember(counts, position * Counter.MEMBER_MEASURES, relation, form, level);
      }
      read++;
    }

    /**
     * An empty accumulator over the same tree and scope, to fill on another thread and merge.
     *
     * @return the new accumulator, not null
     */
    public Accumulator sibling() {
      return new Accumulator(layout);
    }

    /**
     * Adds the counts of a {@link #sibling()} (or of this accumulator's origin) into this one.
     *
     * @param other the other accumulator; not null
     * @return this accumulator, not null
     * @throws IllegalArgumentException if the other is not a sibling
     */
    public Accumulator merge(Accumulator other) {
      if (other.layout != layout) {
        throw new IllegalArgumentException("only siblings merge: make each thread's accumulator with sibling()");
      }
      Counter.addInto(counts, 0, other.counts, 0, counts.length);
      read = Math.addExact(read, other.read);
      return this;
    }

    /**
     * The roll-up of the members counted and the contracts given.
     *
     * @param contracts the contracts; not null
     * @return the roll-up, not null
     * @throws IllegalArgumentException naming a contract whose union is not in the tree
     */
    public RollUp finish(Iterable<CollectiveContract> contracts) {
      return new RollUp(this, contracts);
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
    return recordsRead;
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
    return "RollUp[" + layout.positions.tree + ", " + layout.scope + ", " + recordsRead + " records read, " + merges
        + " merges]";
  }
}
