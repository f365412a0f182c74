package org.unionkit.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Everything one report or register holds: organisations, members, collective contracts, programmes,
 * published figures and the relations between them, such as a province-shaped dataset of 11 city federations and their unions.
 *
 * <p>Rules checked at construction: identifiers are unique within each list; the organisations form
 * an {@link OrganisationTree}; every member's organisation, contract's union and programme's organiser
 * is one of the organisations; every figure a relation names is one of the figures. {@code toString}
 * prints counts only.
 */
@Value.Immutable
public abstract class Dataset implements WithDataset {

  Dataset() {}

  /**
   * A builder; every list may stay empty.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dataset}; add items one at a time or as collections. */
  public static class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }

  /**
   * The organisations, parents and children in any order.
   *
   * @return the organisations, not null
   */
  public abstract List<Organisation> organisations();

  /**
   * The members.
   *
   * @return the members, not null
   */
  public abstract List<Member> members();

  /**
   * The collective contracts.
   *
   * @return the contracts, not null
   */
  public abstract List<CollectiveContract> contracts();

  /**
   * The programmes.
   *
   * @return the programmes, not null
   */
  public abstract List<Programme> programmes();

  /**
   * The published figures.
   *
   * @return the figures, not null
   */
  public abstract List<ReportedFigure> figures();

  /**
   * The relations between the published figures, such as 27.2% = 247万 / 909万.
   *
   * @return the relations, not null
   */
  public abstract List<Relation> relations();

  /**
   * The organisations as a tree, built once on first use.
   *
   * @return the tree, not null
   */
  @Value.Lazy
  public OrganisationTree tree() {
    return OrganisationTree.of(organisations());
  }

  @Value.Check
  void check() {
    OrganisationTree tree = tree();
    requireUnique(members(), Member::id, "members");
    requireUnique(contracts(), CollectiveContract::id, "contracts");
    requireUnique(programmes(), Programme::id, "programmes");
    requireUnique(figures(), ReportedFigure::id, "figures");
    requireUnique(relations(), Relation::id, "relations");
    Set<FigureId> figureIds = new HashSet<>();
    figures().forEach(f -> figureIds.add(f.id()));
    relations().forEach(r -> r.figures().forEach(f -> Checks.require(figureIds.contains(f), "relations", f,
        "named by relation " + r.id() + " is not one of the dataset's figures")));
    members().forEach(m -> requireKnown(tree, m.organisation(), "member", m.id(), "organisation"));
    contracts().forEach(c -> requireKnown(tree, c.union(), "contract", c.id(), "union"));
    programmes().forEach(p -> requireKnown(tree, p.organiser(), "programme", p.id(), "organiser"));
  }

  private static <T> void requireUnique(List<T> items, Function<T, Identifier> id, String field) {
    Set<Identifier> seen = new HashSet<>(items.size() * 2);
    for (T item : items) {
      Checks.require(seen.add(id.apply(item)), field, id.apply(item), "appears more than once");
    }
  }

  /** The message is made only on failure: a province's million members pass this check one by one. */
  private static void requireKnown(OrganisationTree tree, OrganisationId id, String kind, Identifier owner,
      String field) {
    if (!tree.contains(id)) {
      Checks.require(false, field, id, "of " + kind + " " + owner + " is not one of the dataset's organisations");
    }
  }

  /**
   * Counts, such as {@code Dataset[12 organisations, 1000 members, 3 contracts, 2 programmes, 40 figures]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Dataset[" + organisations().size() + " organisations, " + members().size() + " members, "
        + contracts().size() + " contracts, " + programmes().size() + " programmes, " + figures().size()
        + " figures, " + relations().size() + " relations]";
  }
}
