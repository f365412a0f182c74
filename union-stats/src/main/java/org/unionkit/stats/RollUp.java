package org.unionkit.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;

/**
 * Tallies for every organisation of a tree: its own records and its whole subtree, such as every city
 * federation's high-skill ratio in one call.
 *
 * <p>Cost: one pass over the members and contracts (each read once, counted into its organisation), then
 * one pass over the organisations from the leaves up, adding each subtree into its parent's: time
 * O(members + contracts + organisations), not O(members × depth). {@link #recordsRead()} and
 * {@link #merges()} report the work done. Immutable and thread-safe once built.
 */
public final class RollUp {
  private final OrganisationTree tree;
  private final Scope scope;
  private final Map<OrganisationId, Integer> index;
  private final long[][] own;
  private final long[][] subtree;
  private final long recordsRead;
  private final long merges;

  private RollUp(OrganisationTree tree, Iterable<Member> members, Iterable<CollectiveContract> contracts,
      Scope scope) {
    this.tree = tree;
    this.scope = scope;
    List<Organisation> organisations = tree.preOrder();
    int n = organisations.size();
    index = new HashMap<>(n * 2);
    Counter[] counters = new Counter[n];
    boolean[] included = new boolean[n];
    for (int i = 0; i < n; i++) {
      Organisation o = organisations.get(i);
      index.put(o.id(), i);
      counters[i] = new Counter();
      included[i] = scope.includes(o);
      if (included[i]) {
        counters[i].addOrganisation(o);
      }
    }
    long read = 0;
    for (Member member : members) {
      int i = indexOf(member.organisation(), "member " + member.id());
      if (included[i]) {
        counters[i].addMember(member);
      }
      read++;
    }
    for (Map.Entry<OrganisationId, List<CollectiveContract>> union : Tally.byUnion(contracts).entrySet()) {
      int i = indexOf(union.getKey(), "contract " + union.getValue().get(0).id());
      if (included[i]) {
        counters[i].addContractsOfOneUnion(union.getValue());
      }
      read += union.getValue().size();
    }
    recordsRead = read;
    own = new long[n][];
    subtree = new long[n][];
    for (int i = 0; i < n; i++) {
      own[i] = counters[i].counts;
      Counter total = new Counter();
      total.addAll(own[i]);
      subtree[i] = total.counts;
    }
    // Pre-order lists parents first, so walking it backwards completes every subtree before its parent's.
    long merged = 0;
    for (int i = n - 1; i >= 0; i--) {
      Organisation o = organisations.get(i);
      if (o.parent().isPresent()) {
        Counter.addInto(subtree[index.get(o.parent().get())], subtree[i]);
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
   * @param members the members, read once (a stream of millions is fine); not null
   * @param contracts the contracts; not null
   * @param scope which organisations count; not null
   * @return the roll-up, not null
   * @throws IllegalArgumentException naming a member or contract whose organisation is not in the tree
   */
  public static RollUp of(OrganisationTree tree, Iterable<Member> members, Iterable<CollectiveContract> contracts,
      Scope scope) {
    return new RollUp(tree, members, contracts, scope);
  }

  private int indexOf(OrganisationId id, String owner) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException(owner + " belongs to organisation " + id + ", which is not in the tree");
    }
    return i;
  }

  /**
   * The counts of the organisation's own records, without those of organisations below it.
   *
   * @param id an organisation of the tree; not null
   * @return the tally, not null
   * @throws IllegalArgumentException if the tree does not hold {@code id}
   */
  public Tally own(OrganisationId id) {
    return new Tally(own[indexOf(id, "the request")].clone());
  }

  /**
   * The counts of the organisation and everything below it.
   *
   * @param id an organisation of the tree; not null
   * @return the tally, not null
   * @throws IllegalArgumentException if the tree does not hold {@code id}
   */
  public Tally subtree(OrganisationId id) {
    return new Tally(subtree[indexOf(id, "the request")].clone());
  }

  /**
   * The tree rolled up.
   *
   * @return the tree, not null
   */
  public OrganisationTree tree() {
    return tree;
  }

  /**
   * The scope counted.
   *
   * @return the scope, not null
   */
  public Scope scope() {
    return scope;
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
    return IndicatorTable.of(organisations.stream().map(Organisation::name).toList(),
        organisations.stream().map(o -> subtree(o.id())).toList(), indicators);
  }

  @Override
  public String toString() {
    return "RollUp[" + tree + ", " + scope + ", " + recordsRead + " records read, " + merges + " merges]";
  }
}
