package org.unionkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A relation between published figures that a report states or implies, so that it can be recomputed
 * and audited, such as the high-skill share: {@code SHARE} with result {@code high-skill-share} (27.2%),
 * numerator {@code high-skill-workers} (247万人) and denominator {@code skilled-workers} (909万人).
 *
 * <p>Rules checked at construction: a {@code SHARE} names its result and, when the report publishes
 * them, both its numerator and denominator (a share published without its counts, such as the 79.2%
 * spending share, names neither and audits as not determinable); a {@code PER_UNIT} names numerator and
 * denominator (its result is derived, so it may be absent); a {@code SUM} names at least two parts and no
 * numerator or denominator. Figures are named by their keys;
 * {@link Dataset} checks that they exist.
 */
@Value.Immutable
public abstract class Relation implements WithRelation {

  Relation() {}

  /**
   * A builder; {@code id}, {@code kind}, {@code description} and {@code englishDescription} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Relation}; each attribute may be set once, parts one at a time. */
  public static class Builder extends ImmutableRelation.Builder {
    Builder() {}
  }

  /**
   * The relation's key, such as {@code high-skill-share-check}.
   *
   * @return the key, not null
   */
  public abstract FigureId id();

  /**
   * The kind.
   *
   * @return the kind, not null
   */
  public abstract RelationKind kind();

  /**
   * The published result: the share, the per-unit figure or the total.
   *
   * @return the figure's key, empty when the result is derived only; not null
   */
  public abstract Optional<FigureId> result();

  /**
   * The figure above the line, for a share or per-unit figure.
   *
   * @return the figure's key, empty for a sum; not null
   */
  public abstract Optional<FigureId> numerator();

  /**
   * The figure below the line, for a share or per-unit figure.
   *
   * @return the figure's key, empty for a sum; not null
   */
  public abstract Optional<FigureId> denominator();

  /**
   * The parts of a sum.
   *
   * @return the figures' keys, empty unless a sum; not null
   */
  public abstract List<FigureId> parts();

  /**
   * What the relation says, in Chinese, such as 高技能人才占技能人才的比例.
   *
   * @return the description, not null
   */
  public abstract String description();

  /**
   * What the relation says, in English.
   *
   * @return the description, not null
   */
  public abstract String englishDescription();

  /**
   * Every figure the relation names: the result, then numerator and denominator, or the parts.
   *
   * @return the keys, not null
   */
  public List<FigureId> figures() {
    List<FigureId> all = new ArrayList<>();
    result().ifPresent(all::add);
    numerator().ifPresent(all::add);
    denominator().ifPresent(all::add);
    all.addAll(parts());
    return List.copyOf(all);
  }

  @Value.Check
  void check() {
    Checks.requireName(description(), "description");
    Checks.requireName(englishDescription(), "englishDescription");
    boolean fraction = kind() != RelationKind.SUM;
    boolean countsOptional = kind() == RelationKind.SHARE && numerator().isEmpty() && denominator().isEmpty();
    Checks.require(!fraction || countsOptional || (numerator().isPresent() && denominator().isPresent()), "numerator",
        kind(), "relation needs a numerator and a denominator" + (kind() == RelationKind.SHARE
            ? " (or neither, for a share published without its counts)" : ""));
    Checks.require(kind() != RelationKind.SHARE || result().isPresent(), "result", kind(),
        "relation needs the published share as its result");
    Checks.require(fraction || (parts().size() >= 2 && numerator().isEmpty() && denominator().isEmpty()), "parts",
        parts(), "of a SUM must name at least two figures and no numerator or denominator");
    Checks.require(!fraction || parts().isEmpty(), "parts", parts(), "belong to a SUM only");
  }
}
