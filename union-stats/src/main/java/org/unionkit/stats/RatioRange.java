package org.unionkit.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Interval;

/**
 * The range a ratio can take when its counts are known only as intervals, such as 247万 / 909万 read as
 * rounded counts: {@code [2465000, 2475000) / [9085000, 9095000)} gives {@code (27.10%, 27.25%)}.
 *
 * <p>For non-negative intervals {@code N} and {@code D}, the ratio lies between
 * {@code min N / max D} and {@code max N / min D}; an end is included when both ends it comes from are
 * (or, for the lower end, when the numerator includes zero).
 * The range is unbounded above when {@code N} is, or when {@code D} reaches down to zero, and undefined
 * when {@code D} is exactly zero; a numerator of exactly zero gives {@code [0, 0]}. Ends are kept as exact fractions; {@link #toString()} shows them as
 * percentages at two decimals, the lower end rounded down and the upper end rounded up, so the text
 * always contains the exact range. Immutable and thread-safe.
 */
public final class RatioRange {
  private final BigDecimal lowerNumerator;
  private final BigDecimal lowerDenominator;
  private final boolean lowerClosed;
  private final @Nullable BigDecimal upperNumerator;
  private final @Nullable BigDecimal upperDenominator;
  private final boolean upperClosed;
  private final boolean defined;

  private RatioRange(BigDecimal lowerNumerator, BigDecimal lowerDenominator, boolean lowerClosed,
      @Nullable BigDecimal upperNumerator, @Nullable BigDecimal upperDenominator, boolean upperClosed,
      boolean defined) {
    this.lowerNumerator = lowerNumerator;
    this.lowerDenominator = lowerDenominator;
    this.lowerClosed = lowerClosed;
    this.upperNumerator = upperNumerator;
    this.upperDenominator = upperDenominator;
    this.upperClosed = upperClosed;
    this.defined = defined;
  }

  /**
   * The range of {@code n / d} for {@code n} in {@code numerator} and {@code d} in {@code denominator}.
   *
   * @param numerator the numerator's interval, not below zero; not null
   * @param denominator the denominator's interval, not below zero; not null
   * @return the range, not null
   * @throws IllegalArgumentException if either interval reaches below zero
   */
  public static RatioRange of(Interval numerator, Interval denominator) {
    if (numerator.lower().signum() < 0 || denominator.lower().signum() < 0) {
      throw new IllegalArgumentException("ratio ranges need counts that are not negative: " + numerator + " / "
          + denominator);
    }
    Optional<BigDecimal> maxDenominator = denominator.upper();
    if (numerator.upper().map(u -> u.signum() == 0).orElse(false)) {
      // The numerator is exactly zero: every defined value is 0, whatever the denominator.
      return new RatioRange(BigDecimal.ZERO, BigDecimal.ONE, true, BigDecimal.ZERO, BigDecimal.ONE, true, true);
    }
    if (maxDenominator.isPresent() && maxDenominator.get().signum() == 0) {
      return undefined();
    }
    // Lower end: smallest numerator over largest denominator (zero when the denominator is unbounded).
    BigDecimal lowerNumerator = maxDenominator.isPresent() ? numerator.lower() : BigDecimal.ZERO;
    BigDecimal lowerDenominator = maxDenominator.orElse(BigDecimal.ONE);
    // A zero numerator reaches 0 over any denominator; otherwise the end needs both of its ends.
    boolean zeroReached = numerator.lower().signum() == 0 && numerator.isLowerClosed();
    boolean lowerClosed = zeroReached || (maxDenominator.isPresent()
        && numerator.isLowerClosed() && denominator.isUpperClosed());
    // Upper end: largest numerator over smallest denominator, unbounded if either allows it.
    boolean bounded = numerator.upper().isPresent() && denominator.lower().signum() > 0;
    return new RatioRange(lowerNumerator, lowerDenominator, lowerClosed,
        bounded ? numerator.upper().get() : null, bounded ? denominator.lower() : null,
        bounded && numerator.isUpperClosed() && denominator.isLowerClosed(), true);
  }

  /** The range of a ratio whose denominator is zero: no value, whatever the numerator. */
  static RatioRange undefined() {
    return new RatioRange(BigDecimal.ZERO, BigDecimal.ONE, false, null, null, false, false);
  }

  /** The range of an exact ratio: a point, or undefined when its denominator is zero. */
  static RatioRange of(Ratio ratio) {
    return ratio.isDefined() ? of(Interval.point(BigDecimal.valueOf(ratio.numerator())),
        Interval.point(BigDecimal.valueOf(ratio.denominator()))) : undefined();
  }

  /**
   * Whether the range exists: false only when the denominator is exactly zero.
   *
   * @return true unless undefined
   */
  public boolean isDefined() {
    return defined;
  }

  /**
   * Whether the value lies in the range, compared exactly.
   *
   * @param value a fraction of one, such as 0.272; not null
   * @return true if the range contains it; false when undefined
   */
  public boolean contains(BigDecimal value) {
    if (!defined) {
      return false;
    }
    int fromLower = value.multiply(lowerDenominator).compareTo(lowerNumerator);
    if (fromLower < 0 || (fromLower == 0 && !lowerClosed)) {
      return false;
    }
    if (upperNumerator == null || upperDenominator == null) {
      return true;
    }
    int fromUpper = value.multiply(upperDenominator).compareTo(upperNumerator);
    return fromUpper < 0 || (fromUpper == 0 && upperClosed);
  }

  /**
   * Whether some value lies both in this range and in {@code interval}, compared exactly, such as
   * {@code (0.27102, 0.27243)} and the {@code [0.2715, 0.2725)} a published 27.2% stands for.
   *
   * @param interval values as fractions of one; not null
   * @return true if they share a value; false when undefined
   */
  public boolean intersects(Interval interval) {
    if (!defined) {
      return false;
    }
    // Below: the range's lower end against the interval's upper end.
    Optional<BigDecimal> top = interval.upper();
    if (top.isPresent()) {
      int order = lowerNumerator.compareTo(top.get().multiply(lowerDenominator));
      if (order > 0 || (order == 0 && !(lowerClosed && interval.isUpperClosed()))) {
        return false;
      }
    }
    // Above: the interval's lower end against the range's upper end.
    if (upperNumerator == null || upperDenominator == null) {
      return true;
    }
    int order = interval.lower().multiply(upperDenominator).compareTo(upperNumerator);
    return order < 0 || (order == 0 && interval.isLowerClosed() && upperClosed);
  }

  /**
   * Whether every value of this range exceeds every value of {@code other}, compared exactly; false when
   * either is undefined. Two equal points are not above one another.
   */
  boolean isWhollyAbove(RatioRange other) {
    if (!defined || !other.defined || other.upperNumerator == null || other.upperDenominator == null) {
      return false;
    }
    int order = lowerNumerator.multiply(other.upperDenominator).compareTo(other.upperNumerator.multiply(lowerDenominator));
    return order > 0 || (order == 0 && !(lowerClosed && other.upperClosed));
  }

  /**
   * Whether some value of this range exceeds some value of {@code other}: this range's upper end lies
   * above the other's lower end (an unbounded range always does); false when either is undefined.
   */
  boolean canExceed(RatioRange other) {
    if (!defined || !other.defined) {
      return false;
    }
    if (upperNumerator == null || upperDenominator == null) {
      return true;
    }
    return upperNumerator.multiply(other.lowerDenominator).compareTo(other.lowerNumerator.multiply(upperDenominator)) > 0;
  }

  /**
   * Whether the range is bounded above.
   *
   * @return false when unbounded or undefined
   */
  public boolean isBounded() {
    return defined && upperNumerator != null;
  }

  /**
   * The lower end as a fraction of one, rounded down at {@code scale} decimals.
   *
   * @param scale the number of decimals
   * @return the lower end, empty when undefined; not null
   */
  public Optional<BigDecimal> lower(int scale) {
    return defined ? Optional.of(lowerNumerator.divide(lowerDenominator, scale, RoundingMode.FLOOR))
        : Optional.empty();
  }

  /**
   * The upper end as a fraction of one, rounded up at {@code scale} decimals.
   *
   * @param scale the number of decimals
   * @return the upper end, empty when undefined or unbounded; not null
   */
  public Optional<BigDecimal> upper(int scale) {
    if (!defined || upperNumerator == null || upperDenominator == null) {
      return Optional.empty();
    }
    return Optional.of(upperNumerator.divide(upperDenominator, scale, RoundingMode.CEILING));
  }

  /**
   * Whether the lower end belongs to the range.
   *
   * @return true for {@code [}
   */
  public boolean isLowerClosed() {
    return lowerClosed;
  }

  /**
   * Whether the upper end belongs to the range.
   *
   * @return true for {@code ]}
   */
  public boolean isUpperClosed() {
    return upperClosed;
  }

  /**
   * The range in percent at two decimals, widened outwards, such as {@code (27.10%, 27.25%)},
   * {@code [0.00%, ∞)} or {@code undefined}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (!defined) {
      return "undefined";
    }
    String lower = lower(4).orElseThrow().movePointRight(2).setScale(2, RoundingMode.FLOOR).toPlainString() + "%";
    String upper = upper(4).map(u -> u.movePointRight(2).setScale(2, RoundingMode.CEILING).toPlainString() + "%")
        .orElse("∞");
    return (lowerClosed ? "[" : "(") + lower + ", " + upper + (upperClosed ? "]" : ")");
  }
}
