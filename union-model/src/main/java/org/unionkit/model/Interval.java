package org.unionkit.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An interval of exact decimals, such as {@code [140000, 150000)}: the values a qualified or rounded
 * figure stands for. The lower end is finite; the upper end may be unbounded ({@code [400000, ∞)}).
 *
 * <p>Equality compares end points by value ({@code 1.0} equals {@code 1}) and closedness. Immutable and
 * thread-safe.
 */
public final class Interval {
  private static final String INFINITY = "∞";

  private final BigDecimal lower;
  private final boolean lowerClosed;
  private final @Nullable BigDecimal upper;
  private final boolean upperClosed;

  private Interval(BigDecimal lower, boolean lowerClosed, @Nullable BigDecimal upper, boolean upperClosed) {
    Objects.requireNonNull(lower, "lower");
    if (upper != null) {
      int order = lower.compareTo(upper);
      Checks.require(order < 0 || (order == 0 && lowerClosed && upperClosed), "upper", upper.toPlainString(),
          "must be above lower (" + lower.toPlainString() + ") unless both ends are closed and equal");
    } else {
      Checks.require(!upperClosed, "upper", INFINITY, "must be open when unbounded");
    }
    this.lower = lower;
    this.lowerClosed = lowerClosed;
    this.upper = upper;
    this.upperClosed = upperClosed;
  }

  /**
   * The single value {@code [v, v]}, such as {@code [418, 418]}.
   *
   * @param value the value; not null
   * @return the degenerate interval, not null
   */
  public static Interval point(BigDecimal value) {
    return new Interval(Objects.requireNonNull(value, "value"), true, value, true);
  }

  /**
   * {@code [lower, upper)}, such as {@code [140000, 150000)}.
   *
   * @param lower the included lower end; not null
   * @param upper the excluded upper end, above {@code lower}; not null
   * @return the interval, not null
   * @throws ValidationException if {@code upper <= lower}
   */
  public static Interval closedOpen(BigDecimal lower, BigDecimal upper) {
    return new Interval(lower, true, Objects.requireNonNull(upper, "upper"), false);
  }

  /**
   * {@code [lower, upper]}.
   *
   * @param lower the included lower end; not null
   * @param upper the included upper end, not below {@code lower}; not null
   * @return the interval, not null
   * @throws ValidationException if {@code upper < lower}
   */
  public static Interval closed(BigDecimal lower, BigDecimal upper) {
    return new Interval(lower, true, Objects.requireNonNull(upper, "upper"), true);
  }

  /**
   * {@code [lower, ∞)}: at least {@code lower}.
   *
   * @param lower the included lower end; not null
   * @return the unbounded interval, not null
   */
  public static Interval atLeast(BigDecimal lower) {
    return new Interval(lower, true, null, false);
  }

  /**
   * {@code (lower, ∞)}: more than {@code lower}.
   *
   * @param lower the excluded lower end; not null
   * @return the unbounded interval, not null
   */
  public static Interval greaterThan(BigDecimal lower) {
    return new Interval(lower, false, null, false);
  }

  /**
   * Parses the form {@link #toString()} prints, such as {@code [140000, 150000)} or {@code (5, ∞)}.
   *
   * @param text the text; not null
   * @return the interval, not null
   * @throws ValidationException if the text is not an interval
   */
  public static Interval parse(CharSequence text) {
    String s = text.toString();
    int comma = s.indexOf(", ");
    Checks.requireText(s.length() >= 6 && comma > 1 && "[(".indexOf(s.charAt(0)) >= 0
        && "])".indexOf(s.charAt(s.length() - 1)) >= 0, "interval", s,
        "must look like [1, 2) or (1, ∞)");
    String upperText = s.substring(comma + 2, s.length() - 1);
    BigDecimal upper = upperText.equals(INFINITY) ? null : TextCursor.decimal(upperText, "interval");
    return new Interval(TextCursor.decimal(s.substring(1, comma), "interval"), s.charAt(0) == '[',
        upper, s.charAt(s.length() - 1) == ']');
  }

  /**
   * The lower end, such as 140000 in {@code [140000, 150000)}.
   *
   * @return the lower end, not null
   */
  public BigDecimal lower() {
    return lower;
  }

  /**
   * The upper end, empty when unbounded.
   *
   * @return the upper end, not null
   */
  public Optional<BigDecimal> upper() {
    return Optional.ofNullable(upper);
  }

  /**
   * Whether the lower end belongs to the interval.
   *
   * @return true for {@code [}
   */
  public boolean isLowerClosed() {
    return lowerClosed;
  }

  /**
   * Whether the upper end belongs to the interval; false when unbounded.
   *
   * @return true for {@code ]}
   */
  public boolean isUpperClosed() {
    return upperClosed;
  }

  /**
   * Whether the interval holds one value only, such as {@code [418, 418]}.
   *
   * @return true for a point
   */
  public boolean isPoint() {
    return upper != null && lower.compareTo(upper) == 0;
  }

  /**
   * Whether {@code value} lies in the interval.
   *
   * @param value the value; not null
   * @return true if the interval contains it
   */
  public boolean contains(BigDecimal value) {
    int fromLower = value.compareTo(lower);
    if (fromLower < 0 || (fromLower == 0 && !lowerClosed)) {
      return false;
    }
    if (upper == null) {
      return true;
    }
    int fromUpper = value.compareTo(upper);
    return fromUpper < 0 || (fromUpper == 0 && upperClosed);
  }

  /**
   * Whether the two intervals share a value, such as {@code [2069, 2069]} and {@code [1500, 2500)}; an end
   * is shared only when both intervals include it.
   *
   * @param other the other interval; not null
   * @return true if some value lies in both
   */
  public boolean intersects(Interval other) {
    return startsNoLaterThanEndOf(other) && other.startsNoLaterThanEndOf(this);
  }

  private boolean startsNoLaterThanEndOf(Interval other) {
    if (other.upper == null) {
      return true;
    }
    int order = lower.compareTo(other.upper);
    return order < 0 || (order == 0 && lowerClosed && other.upperClosed);
  }

  /**
   * The interval of sums {@code a + b} for {@code a} in this and {@code b} in {@code other}, such as
   * {@code [1, 2) + [10, 10] = [11, 12)}.
   *
   * @param other the other interval; not null
   * @return the sum, not null
   */
  public Interval plus(Interval other) {
    BigDecimal sumUpper = upper == null || other.upper == null ? null : upper.add(other.upper);
    return new Interval(lower.add(other.lower), lowerClosed && other.lowerClosed,
        sumUpper, sumUpper != null && upperClosed && other.upperClosed);
  }

  /**
   * The values {@code a − b} for {@code a} in this interval and {@code b} in {@code other}, such as
   * {@code [100, 200) − [10, 10] = [90, 190)}; an end is included when both ends it comes from are.
   *
   * @param other the interval to subtract, bounded above; not null
   * @return the difference, possibly reaching below zero; not null
   * @throws ValidationException if {@code other} is unbounded
   */
  public Interval minus(Interval other) {
    Checks.require(other.upper != null, "subtrahend", other.toString(), "must be bounded above");
    BigDecimal otherUpper = Objects.requireNonNull(other.upper);
    BigDecimal differenceUpper = upper == null ? null : upper.subtract(other.lower);
    return new Interval(lower.subtract(otherUpper), lowerClosed && other.upperClosed,
        differenceUpper, differenceUpper != null && upperClosed && other.lowerClosed);
  }

  /**
   * The interval scaled by a positive factor, such as {@code [1, 2) × 10000 = [10000, 20000)}.
   *
   * @param factor the factor, greater than zero; not null
   * @return the scaled interval, not null
   * @throws ValidationException if the factor is not positive
   */
  public Interval times(BigDecimal factor) {
    Checks.require(factor.signum() > 0, "factor", factor.toPlainString(), "must be positive");
    return new Interval(lower.multiply(factor), lowerClosed,
        upper == null ? null : upper.multiply(factor), upperClosed);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Interval other
        && lower.compareTo(other.lower) == 0
        && lowerClosed == other.lowerClosed
        && (upper == null ? other.upper == null : other.upper != null && upper.compareTo(other.upper) == 0)
        && upperClosed == other.upperClosed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower.stripTrailingZeros(), lowerClosed,
        upper == null ? null : upper.stripTrailingZeros(), upperClosed);
  }

  /**
   * The interval in mathematical notation, such as {@code [140000, 150000)} or {@code (5, ∞)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return (lowerClosed ? "[" : "(") + TextCursor.plain(lower) + ", "
        + (upper == null ? INFINITY : TextCursor.plain(upper)) + (upperClosed ? "]" : ")");
  }
}
