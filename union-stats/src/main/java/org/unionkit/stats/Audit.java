package org.unionkit.stats;

import java.math.BigDecimal;
import java.util.Objects;
import org.unionkit.model.Interval;
import org.unionkit.model.IntervalRules;
import org.unionkit.model.Quantity;
import org.unionkit.model.Unit;

/**
 * A published ratio checked against the figures it is computed from, such as 27.2% against 247万 / 909万:
 * each figure becomes the interval it stands for (rounding, 余/多, +, 约 ...), the ratio of the counts
 * becomes a {@link RatioRange}, and the published value is consistent when the two share a value.
 *
 * <p>Example: 247万 and 909万 are taken as rounded to the 万, [2465000, 2475000) and [9085000, 9095000); their
 * ratio lies in (27.10%, 27.25%); 27.2% published at one decimal stands for [27.15%, 27.25%); they overlap,
 * so the verdict is {@link Verdict#CONSISTENT}. A published 27.5% would be {@link Verdict#INCONSISTENT}.
 * Immutable and thread-safe.
 *
 * @param stated the published ratio, a percentage such as 27.2%; not null
 * @param numerator the figure above the line; not null
 * @param denominator the figure below the line, of the same dimension; not null
 * @param computed the range the counts allow, as fractions of one; not null
 * @param verdict the outcome; not null
 */
public record Audit(Quantity stated, Quantity numerator, Quantity denominator, RatioRange computed, Verdict verdict) {
  private static final BigDecimal PER_CENT = new BigDecimal("0.01");

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a part is null
   */
  public Audit {
    Objects.requireNonNull(stated, "stated");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(verdict, "verdict");
  }

  /**
   * Audits a published percentage under the default {@link IntervalRules}, such as
   * {@code Audit.ofPercent(Quantity.parse("27.2%"), Quantity.parse("247万人"), Quantity.parse("909万人"))}.
   *
   * @param stated the published percentage (unit %); not null
   * @param numerator the figure above the line; not null
   * @param denominator the figure below the line, of the same dimension as the numerator; not null
   * @return the audit, not null
   * @throws IllegalArgumentException if {@code stated} is not a percentage, or the two figures count
   *     different things (persons against person-times)
   */
  public static Audit ofPercent(Quantity stated, Quantity numerator, Quantity denominator) {
    return ofPercent(stated, numerator, denominator, IntervalRules.defaults());
  }

  /**
   * Audits a published percentage under the given rules for turning figures into intervals.
   *
   * @param stated the published percentage (unit %); not null
   * @param numerator the figure above the line; not null
   * @param denominator the figure below the line, of the same dimension as the numerator; not null
   * @param rules the interval rules; not null
   * @return the audit, not null
   * @throws IllegalArgumentException if {@code stated} is not a percentage, or the figures' dimensions differ
   */
  public static Audit ofPercent(Quantity stated, Quantity numerator, Quantity denominator, IntervalRules rules) {
    if (stated.unit() != Unit.PERCENT) {
      throw new IllegalArgumentException("stated (" + stated + ") must be a percentage");
    }
    if (!numerator.countsSameAs(denominator)) {
      throw new IllegalArgumentException("a share needs figures that count the same thing: " + numerator + " counts "
          + numerator.dimension() + " of " + numerator.measureWord() + ", " + denominator + " counts "
          + denominator.dimension() + " of " + denominator.measureWord());
    }
    RatioRange computed = RatioRange.of(numerator.interval(rules), denominator.interval(rules));
    Verdict verdict;
    if (!computed.isDefined() || !computed.isBounded()) {
      verdict = Verdict.NOT_DETERMINABLE;
    } else {
      Interval fraction = stated.interval(rules).times(PER_CENT);
      verdict = computed.intersects(fraction) ? Verdict.CONSISTENT : Verdict.INCONSISTENT;
    }
    return new Audit(stated, numerator, denominator, computed, verdict);
  }

  /**
   * A figure derived from two others, such as workers per contract from 526万人 / 5.1万份: the range the
   * figures allow, in the numerator's unit per the denominator's unit (money in yuan).
   *
   * @param numerator the figure above the line; not null
   * @param denominator the figure below the line; not null
   * @return the derived figure, not null
   */
  public static DerivedFigure derive(Quantity numerator, Quantity denominator) {
    return new DerivedFigure(numerator, denominator, RatioRange.of(numerator.interval(), denominator.interval()));
  }

  /**
   * The audit in one line, such as {@code 27.2% = 247万人 / 909万人: computed (27.10%, 27.25%), CONSISTENT}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return stated + " = " + numerator + " / " + denominator + ": computed " + computed + ", " + verdict;
  }
}
