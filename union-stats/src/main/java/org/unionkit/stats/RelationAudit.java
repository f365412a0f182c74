package org.unionkit.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unionkit.model.Dataset;
import org.unionkit.model.FigureId;
import org.unionkit.model.Interval;
import org.unionkit.model.Quantity;
import org.unionkit.model.Relation;
import org.unionkit.model.ReportedFigure;

/**
 * The audit of one relation of a dataset, such as the high-skill share {@code 27.2% = 247万人 / 909万人}:
 * {@code CONSISTENT}, with the range the figures allow, such as {@code (27.10%, 27.25%)}.
 *
 * <p>A {@code SHARE} is audited with {@link Audit#ofPercent}; one published without its counts is
 * {@link Verdict#NOT_DETERMINABLE}. A {@code PER_UNIT} relation gives the
 * {@link DerivedFigure} range with its unit ({@code (102.03, 104.26) 人/份}); when the report also publishes
 * the per-unit figure, it is checked against the range. A {@code SUM} adds its parts' intervals
 * ({@code [2069, 2069] 名}) and checks a published total against them.
 *
 * @param relation the relation; not null
 * @param verdict the outcome; {@link Verdict#DERIVED} when nothing published is checked; not null
 * @param computed what the figures allow, as text with its unit; not null
 */
public record RelationAudit(Relation relation, Verdict verdict, String computed) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public RelationAudit {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(computed, "computed");
  }

  /**
   * Audits every relation of a dataset, in order.
   *
   * @param dataset the dataset; its relations name its figures (the dataset checks that); not null
   * @return one audit per relation, not null
   * @throws IllegalArgumentException if a relation combines figures of different dimensions
   */
  public static List<RelationAudit> of(Dataset dataset) {
    Map<FigureId, Quantity> figures = new HashMap<>();
    for (ReportedFigure f : dataset.figures()) {
      figures.put(f.id(), f.quantity());
    }
    List<RelationAudit> audits = new ArrayList<>();
    for (Relation r : dataset.relations()) {
      audits.add(of(r, figures));
    }
    return List.copyOf(audits);
  }

  private static RelationAudit of(Relation r, Map<FigureId, Quantity> figures) {
    Optional<Quantity> result = r.result().map(figures::get);
    switch (r.kind()) {
      case SHARE -> {
        if (r.numerator().isEmpty()) {
          return new RelationAudit(r, Verdict.NOT_DETERMINABLE, "no counts published");
        }
        Audit audit = Audit.ofPercent(result.orElseThrow(), figures.get(r.numerator().orElseThrow()),
            figures.get(r.denominator().orElseThrow()));
        return new RelationAudit(r, audit.verdict(), audit.computed().toString());
      }
      case PER_UNIT -> {
        DerivedFigure derived = Audit.derive(figures.get(r.numerator().orElseThrow()),
            figures.get(r.denominator().orElseThrow()));
        Verdict verdict = result.map(q -> derived.range().intersects(q.interval()) ? Verdict.CONSISTENT
            : Verdict.INCONSISTENT).orElse(Verdict.DERIVED);
        return new RelationAudit(r, verdict, derived.toString());
      }
      case SUM -> {
        List<Quantity> parts = r.parts().stream().map(figures::get).toList();
        Interval total = parts.get(0).interval();
        for (Quantity part : parts.subList(1, parts.size())) {
          if (!part.countsSameAs(parts.get(0))) {
            throw new IllegalArgumentException("relation " + r.id() + " adds " + part + " to " + parts.get(0)
                + ", which count different things");
          }
          total = total.plus(part.interval());
        }
        Interval sum = total;
        Verdict verdict = result.map(q -> sum.intersects(q.interval()) ? Verdict.CONSISTENT : Verdict.INCONSISTENT)
            .orElse(Verdict.DERIVED);
        return new RelationAudit(r, verdict, sum + " " + parts.get(0).measureWord());
      }
    }
    throw new IllegalStateException("relation kind without an audit: " + r.kind());
  }

  /**
   * One line, such as {@code high-skill-share-check SHARE: (27.10%, 27.25%) CONSISTENT}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return relation.id() + " " + relation.kind() + ": " + computed + " " + verdict;
  }
}
