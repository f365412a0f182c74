package org.unionkit.stats;

import java.math.RoundingMode;

/**
 * How a ratio is rounded for display, such as {@code HALF_UP}: 27.25% shows as 27.3%. Values are always
 * computed exactly; rounding happens once, for display, from the exact value (GB/T 8170-2008 forbids
 * rounding a rounded figure again).
 */
public enum RoundingRule {
  /** Everyday rounding, the default: exact halves round away from zero (27.25 to 27.3). */
  HALF_UP(RoundingMode.HALF_UP),
  /** GB/T 8170-2008: exact halves round to the even digit (27.25 to 27.2, 27.35 to 27.4). */
  HALF_EVEN(RoundingMode.HALF_EVEN);

  private final RoundingMode mode;

  RoundingRule(RoundingMode mode) {
    this.mode = mode;
  }

  /**
   * The JDK rounding mode of this rule.
   *
   * @return the mode, not null
   */
  public RoundingMode mode() {
    return mode;
  }
}
