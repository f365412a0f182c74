package org.unionkit.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Organisations linked by their {@link Organisation#parent()}, such as a provincial federation over its
 * city and county federations and their grassroots unions. Several roots are allowed (a forest).
 *
 * <p>Building the tree rejects duplicate identifiers, parents that are not in the tree and cycles, with a
 * {@link ValidationException} naming the organisations. Queries cost time linear in what they return:
 * {@link #children}, {@link #ancestors}, {@link #descendants} and {@link #subtree} return views over the
 * tree's arrays, {@link #isAncestor} is constant time. {@link #preOrder()} lists parents before children,
 * so walking it backwards visits every child before its parent, as a roll-up needs. Immutable and
 * thread-safe.
 */
public final class OrganisationTree {
  private static final int MAX_NAMED = 10;

  private final Organisation[] nodes;
  private final Map<OrganisationId, Integer> indexOf;
  private final int[] parent;
  private final int[] childStart;
  private final int[] childList;
  private final int[] preOrder;
  private final int[] position;
  private final int[] subtreeEnd;
  private final int[] depth;

  private OrganisationTree(Collection<Organisation> organisations) {
    int n = organisations.size();
    nodes = organisations.toArray(new Organisation[0]);
    indexOf = new HashMap<>(n * 2);
    Set<OrganisationId> duplicates = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      if (indexOf.putIfAbsent(nodes[i].id(), i) != null) {
        duplicates.add(nodes[i].id());
      }
    }
    if (!duplicates.isEmpty()) {
      throw new ValidationException("id", "organisation ids must be unique; repeated: " + named(duplicates));
    }
    parent = new int[n];
    childStart = new int[n + 1];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Organisation o = nodes[i];
      Integer p = o.parent().isPresent() ? indexOf.get(o.parent().get()) : Integer.valueOf(-1);
      if (p == null) {
        missing.add(o.id() + " (parent " + o.parent().orElseThrow() + ")");
        p = -1;
      }
      parent[i] = p;
      if (p >= 0) {
        childStart[p + 1]++;
      }
    }
    if (!missing.isEmpty()) {
      throw new ValidationException("parent", "organisations name a parent that is not in the tree: "
          + named(missing));
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    childList = new int[childStart[n]];
    int[] fill = childStart.clone();
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        childList[fill[parent[i]]++] = i;
      }
    }
    preOrder = new int[n];
    position = new int[n];
    subtreeEnd = new int[n];
    depth = new int[n];
    int visited = walk();
    if (visited < n) {
      throw new ValidationException("parent", "organisations form a cycle through their parents: "
          + cycle(visited));
    }
  }

  /**
   * Builds the tree, such as {@code OrganisationTree.of(List.of(province, city, union))}.
   *
   * @param organisations every organisation, parents and children in any order; not null
   * @return the tree, not null
   * @throws ValidationException naming duplicate identifiers, missing parents or a cycle
   */
  public static OrganisationTree of(Collection<Organisation> organisations) {
    return new OrganisationTree(organisations);
  }

  /** Depth-first from every root, with an explicit stack (trees may be deep); returns nodes reached. */
  private int walk() {
    int[] stack = new int[nodes.length];
    int next = 0;
    for (int root = 0; root < nodes.length; root++) {
      if (parent[root] >= 0) {
        continue;
      }
      int top = 0;
      stack[top++] = root;
      while (top > 0) {
        int node = stack[--top];
        position[node] = next;
        preOrder[next++] = node;
        depth[node] = parent[node] < 0 ? 0 : depth[parent[node]] + 1;
        for (int c = childStart[node + 1] - 1; c >= childStart[node]; c--) {
          stack[top++] = childList[c];
        }
      }
    }
    // Walking pre-order backwards meets every child before its parent; a subtree ends where its last child's does.
    for (int i = next - 1; i >= 0; i--) {
      int node = preOrder[i];
      int end = i + 1;
      for (int c = childStart[node]; c < childStart[node + 1]; c++) {
        end = Math.max(end, subtreeEnd[childList[c]]);
      }
      subtreeEnd[node] = end;
    }
    return next;
  }

  /** Names the cycle reached by following parents from some node that no root reaches. */
  private String cycle(int visited) {
    Set<Integer> reached = new HashSet<>();
    for (int i = 0; i < visited; i++) {
      reached.add(preOrder[i]);
    }
    int node = 0;
    while (reached.contains(node)) {
      node++;
    }
    Map<Integer, Integer> seenAt = new HashMap<>();
    List<Integer> path = new ArrayList<>();
    while (!seenAt.containsKey(node)) {
      seenAt.put(node, path.size());
      path.add(node);
      node = parent[node];
    }
    List<Integer> loop = new ArrayList<>(path.subList(seenAt.get(node), path.size()));
    loop.add(node);
    return loop.stream().map(i -> nodes[i].id().toString()).collect(Collectors.joining(" -> "));
  }

  private static String named(Collection<?> items) {
    String shown = items.stream().limit(MAX_NAMED).map(Object::toString).collect(Collectors.joining(", "));
    return items.size() > MAX_NAMED ? shown + " and " + (items.size() - MAX_NAMED) + " more" : shown;
  }

  private int index(OrganisationId id) {
    Integer i = indexOf.get(id);
    if (i == null) {
      throw new ValidationException("organisation", "organisation (" + id + ") is not in the tree");
    }
    return i;
  }

  /**
   * The number of organisations.
   *
   * @return the size
   */
  public int size() {
    return nodes.length;
  }

  /**
   * Whether the tree holds the organisation.
   *
   * @param id the identifier; not null
   * @return true if present
   */
  public boolean contains(OrganisationId id) {
    return indexOf.containsKey(id);
  }

  /**
   * The organisation with the identifier.
   *
   * @param id the identifier; not null
   * @return the organisation, empty if not in the tree; not null
   */
  public Optional<Organisation> get(OrganisationId id) {
    Integer i = indexOf.get(id);
    return i == null ? Optional.empty() : Optional.of(nodes[i]);
  }

  /**
   * The organisations without a parent, in input order.
   *
   * @return the roots, not null
   */
  public List<Organisation> roots() {
    return Arrays.stream(preOrder).filter(i -> parent[i] < 0).mapToObj(i -> nodes[i]).toList();
  }

  /**
   * The organisation one level up.
   *
   * @param id an organisation of the tree; not null
   * @return the parent, empty for a root; not null
   * @throws ValidationException if the tree does not hold {@code id}
   */
  public Optional<Organisation> parent(OrganisationId id) {
    int p = parent[index(id)];
    return p < 0 ? Optional.empty() : Optional.of(nodes[p]);
  }

  /**
   * The organisations one level down, in input order.
   *
   * @param id an organisation of the tree; not null
   * @return the children, possibly empty; not null
   * @throws ValidationException if the tree does not hold {@code id}
   */
  public List<Organisation> children(OrganisationId id) {
    int i = index(id);
    return new View(childList, childStart[i], childStart[i + 1]);
  }

  /**
   * The organisations above, nearest first, up to the root.
   *
   * @param id an organisation of the tree; not null
   * @return the ancestors, empty for a root; not null
   * @throws ValidationException if the tree does not hold {@code id}
   */
  public List<Organisation> ancestors(OrganisationId id) {
    int i = index(id);
    int[] path = new int[depth[i]];
    for (int k = 0, p = parent[i]; p >= 0; p = parent[p]) {
      path[k++] = p;
    }
    return new View(path, 0, path.length);
  }

  /**
   * Every organisation below, in pre-order (each parent before its children).
   *
   * @param id an organisation of the tree; not null
   * @return the descendants, without {@code id} itself; not null
   * @throws ValidationException if the tree does not hold {@code id}
   */
  public List<Organisation> descendants(OrganisationId id) {
    int i = index(id);
    return new View(preOrder, position[i] + 1, subtreeEnd[i]);
  }

  /**
   * The organisation and every organisation below it, in pre-order.
   *
   * @param id an organisation of the tree; not null
   * @return the subtree, starting with {@code id} itself; not null
   * @throws ValidationException if the tree does not hold {@code id}
   */
  public List<Organisation> subtree(OrganisationId id) {
    int i = index(id);
    return new View(preOrder, position[i], subtreeEnd[i]);
  }

  /**
   * The number of levels above the organisation: 0 for a root.
   *
   * @param id an organisation of the tree; not null
   * @return the depth
   * @throws ValidationException if the tree does not hold {@code id}
   */
  public int depth(OrganisationId id) {
    return depth[index(id)];
  }

  /**
   * Whether {@code ancestor} lies strictly above {@code descendant}.
   *
   * @param ancestor an organisation of the tree; not null
   * @param descendant an organisation of the tree; not null
   * @return true if {@code descendant} is in the subtree of {@code ancestor} and is not it
   * @throws ValidationException if the tree does not hold either
   */
  public boolean isAncestor(OrganisationId ancestor, OrganisationId descendant) {
    int a = index(ancestor);
    int p = position[index(descendant)];
    return p > position[a] && p < subtreeEnd[a];
  }

  /**
   * Every organisation, each parent before its children (roots in input order).
   *
   * @return all organisations, not null
   */
  public List<Organisation> preOrder() {
    return new View(preOrder, 0, preOrder.length);
  }

  /**
   * A summary such as {@code OrganisationTree[1234 organisations, 1 root, 5 levels]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    int levels = Arrays.stream(depth).max().orElse(-1) + 1;
    long roots = Arrays.stream(parent).filter(p -> p < 0).count();
    return "OrganisationTree[" + nodes.length + " organisations, " + roots + (roots == 1 ? " root, " : " roots, ")
        + levels + (levels == 1 ? " level]" : " levels]");
  }

  /** A read-only list over a slice of an index array. */
  private final class View extends AbstractList<Organisation> implements RandomAccess {
    private final int[] indices;
    private final int from;
    private final int to;

    View(int[] indices, int from, int to) {
      this.indices = indices;
      this.from = from;
      this.to = to;
    }

    @Override
    public Organisation get(int i) {
      Objects.checkIndex(i, to - from);
      return nodes[indices[from + i]];
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
