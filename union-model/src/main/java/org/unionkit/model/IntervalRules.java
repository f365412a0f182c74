package org.unionkit.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The choices no standard fixes when a written figure becomes an interval, such as
 * {@code IntervalRules.defaults().withAboutWidth(new BigDecimal("0.10"))}.
 *
 * <p>Defaults: 近 (nearly) covers the 5% below the figure, {@code [0.95 v, v)}; 约 and 左右 (about)
 * cover 5% either side, {@code [0.95 v, 1.05 v]}; rounding follows
 * {@link RoundingAssumption#ROUNDED_WHEN_SCALED}.
 */
@Value.Immutable
public abstract class IntervalRules implements WithIntervalRules {
  private static final BigDecimal DEFAULT_WIDTH = new BigDecimal("0.05");

  IntervalRules() {}

  /**
   * The default rules.
   *
   * @return the defaults, not null
   */
  public static IntervalRules defaults() {
    return ImmutableIntervalRules.builder().build();
  }

  /**
   * How far below the figure 近 reaches, as a fraction of it: {@code 0.05} means {@code [0.95 v, v)}.
   *
   * @return a fraction in (0, 1), not null
   */
  @Value.Default
  public BigDecimal nearlyWidth() {
    return DEFAULT_WIDTH;
  }

  /**
   * How far either side of the figure 约 and 左右 reach, as a fraction of it.
   *
   * @return a fraction in (0, 1), not null
   */
  @Value.Default
  public BigDecimal aboutWidth() {
    return DEFAULT_WIDTH;
  }

  /**
   * Which unqualified figures count as rounded.
   *
   * @return the assumption, not null
   */
  @Value.Default
  public RoundingAssumption rounding() {
    return RoundingAssumption.ROUNDED_WHEN_SCALED;
  }

  @Value.Check
  void check() {
    requireFraction(nearlyWidth(), "nearlyWidth");
    requireFraction(aboutWidth(), "aboutWidth");
  }

  private static void requireFraction(BigDecimal width, String field) {
    Checks.require(width.signum() > 0 && width.compareTo(BigDecimal.ONE) < 0, field, width.toPlainString(),
        "must lie strictly between 0 and 1");
  }
}
