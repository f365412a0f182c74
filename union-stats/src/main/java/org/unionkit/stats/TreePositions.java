package org.unionkit.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;

/**
 * A tree's organisations by position in its pre-order, with each one's parent's position: the index that
 * roll-ups and member columns keep their per-organisation counts by. Immutable.
 */
final class TreePositions {
  final OrganisationTree tree;
  final List<Organisation> organisations;
  final int[] parents;
  /** Whether each position holds a grassroots union: asked for every member, without touching its organisation. */
  final boolean[] grassroots;
  private final Map<OrganisationId, Integer> index;

  TreePositions(OrganisationTree tree) {
    this.tree = tree;
    organisations = tree.preOrder();
    int n = organisations.size();
    index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(organisations.get(i).id(), i);
    }
    parents = new int[n];
    grassroots = new boolean[n];
    for (int i = 0; i < n; i++) {
      parents[i] = organisations.get(i).parent().map(index::get).orElse(-1);
      grassroots[i] = organisations.get(i).kind().isGrassroots();
    }
  }

  int size() {
    return organisations.size();
  }

  /** The organisation's position, or -1 if the tree does not hold it. */
  int find(OrganisationId id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  boolean contains(OrganisationId id) {
    return index.containsKey(id);
  }

  /**
   * The organisation's position.
   *
   * @param owner who asks, such as "member M1", for the message only
   * @throws IllegalArgumentException if the tree does not hold the organisation
   */
  int indexOf(OrganisationId id, Supplier<String> owner) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException(owner.get() + " belongs to organisation " + id + ", which is not in the tree");
    }
    return i;
  }
}
