package org.unionkit.stats;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.unionkit.model.Quantity;

/**
 * A figure computed from two published ones, as the range they allow, with its unit, such as workers
 * per contract from 526万人 / 5.1万份: {@code (102.03, 104.26) 人/份}, or assistance per person from
 * 6800多万元 / 14万余人: {@code (453.33, 492.86) 元/人}.
 *
 * @param numerator the figure above the line; not null
 * @param denominator the figure below the line; not null
 * @param range the values the two figures allow, in the numerator's base unit per the denominator's; not null
 */
public record DerivedFigure(Quantity numerator, Quantity denominator, RatioRange range) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DerivedFigure {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(range, "range");
  }

  /**
   * The unit, such as {@code 人/份} or {@code 元/人}.
   *
   * @return the unit, not null
   */
  public String unit() {
    return numerator.measureWord() + "/" + denominator.measureWord();
  }

  /**
   * The lower end in the unit, rounded down at two decimals.
   *
   * @return the lower end, empty when undefined; not null
   */
  public Optional<BigDecimal> lower() {
    return range.lower(2);
  }

  /**
   * The upper end in the unit, rounded up at two decimals.
   *
   * @return the upper end, empty when undefined or unbounded; not null
   */
  public Optional<BigDecimal> upper() {
    return range.upper(2);
  }

  /**
   * The range with its unit, widened outwards at two decimals, such as {@code (102.03, 104.26) 人/份}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (!range.isDefined()) {
      return "undefined " + unit();
    }
    return (range.isLowerClosed() ? "[" : "(") + lower().orElseThrow().toPlainString() + ", "
        + upper().map(BigDecimal::toPlainString).orElse("∞") + (range.isBounded() && range.isUpperClosed() ? "]" : ")")
        + " " + unit();
  }
}
