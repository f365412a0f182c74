package org.unionkit.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An exact ratio of two counts that keeps both, such as {@code 27.2% (2470000/9090000)}.
 *
 * <p>A ratio with a zero denominator is <em>undefined</em>: {@link #value(int)} and {@link #percent()}
 * are empty and {@code toString} says {@code undefined (0/0)}; it is never NaN, never zero and never an
 * exception. The numerator may be negative (a fall, in a growth rate); the denominator may not.
 * {@link #plus(Ratio)} adds numerators and denominators, which merges the same ratio over two disjoint
 * parts (two cities' high-skill ratios into the province's). Equality compares the two counts exactly:
 * {@code 1/2} and {@code 2/4} are different ratios with the same value. Immutable and thread-safe.
 */
public final class Ratio {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long numerator;
  private final long denominator;

  private Ratio(long numerator, long denominator) {
    if (denominator < 0) {
      throw new IllegalArgumentException("denominator (" + denominator + ") must not be negative");
    }
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The ratio of two counts, such as {@code Ratio.of(2_470_000, 9_090_000)}.
   *
   * @param numerator the count above the line
   * @param denominator the count below the line, not negative; zero gives an undefined ratio
   * @return the ratio, not null
   * @throws IllegalArgumentException if the denominator is negative
   */
  public static Ratio of(long numerator, long denominator) {
    return new Ratio(numerator, denominator);
  }

  /**
   * Reads the form {@link #toString()} prints, such as {@code 27.2% (2470000/9090000)} or
   * {@code undefined (0/0)}; only the counts in brackets are read, the percentage is checked against them.
   *
   * @param text the ratio; not null
   * @return the ratio, not null
   * @throws IllegalArgumentException if the text is not a ratio or its percentage disagrees with its counts
   */
  public static Ratio parse(CharSequence text) {
    String s = text.toString();
    int open = s.lastIndexOf(" (");
    int slash = s.lastIndexOf('/');
    if (open < 0 || slash < open || !s.endsWith(")")) {
      throw new IllegalArgumentException("ratio (\"" + s + "\") must look like 27.2% (2470000/9090000)");
    }
    Ratio ratio;
    try {
      ratio = of(Long.parseLong(s.substring(open + 2, slash)), Long.parseLong(s.substring(slash + 1, s.length() - 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("ratio (\"" + s + "\") must have whole counts in brackets", e);
    }
    if (!ratio.toString().equals(s)) {
      throw new IllegalArgumentException("ratio (\"" + s + "\") shows a percentage other than its counts give: "
          + ratio);
    }
    return ratio;
  }

  /**
   * The count above the line.
   *
   * @return the numerator
   */
  public long numerator() {
    return numerator;
  }

  /**
   * The count below the line.
   *
   * @return the denominator, not negative
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Whether the ratio has a value: the denominator is not zero.
   *
   * @return true unless the denominator is zero
   */
  public boolean isDefined() {
    return denominator != 0;
  }

  /**
   * The value as a fraction of one, rounded half-up at {@code scale} decimals, such as 0.2717 at scale 4
   * for 2470000/9090000.
   *
   * @param scale the number of decimals, 0 or more
   * @return the value, empty when undefined; not null
   */
  public Optional<BigDecimal> value(int scale) {
    return value(scale, RoundingRule.HALF_UP);
  }

  /**
   * The value as a fraction of one, rounded by {@code rule} at {@code scale} decimals.
   *
   * @param scale the number of decimals, 0 or more
   * @param rule the rounding rule; not null
   * @return the value, empty when undefined; not null
   */
  public Optional<BigDecimal> value(int scale, RoundingRule rule) {
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, rule.mode()));
  }

  /**
   * The percentage at one decimal, rounded half-up, as publications show it: 27.2 for 2470000/9090000.
   *
   * @return the percentage, empty when undefined; not null
   */
  public Optional<BigDecimal> percent() {
    return percent(1, RoundingRule.HALF_UP);
  }

  /**
   * The percentage at {@code decimals} decimals, rounded once from the exact value by {@code rule}.
   *
   * @param decimals the number of decimals, 0 or more
   * @param rule the rounding rule; not null
   * @return the percentage, empty when undefined; not null
   */
  public Optional<BigDecimal> percent(int decimals, RoundingRule rule) {
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), decimals, rule.mode()));
  }

  /**
   * The exact value as a fraction of one, when it has a finite decimal expansion (3/8 = 0.375), else
   * rounded half-even to 34 significant digits.
   *
   * @return the value, empty when undefined; not null
   */
  public Optional<BigDecimal> exactValue() {
    if (!isDefined()) {
      return Optional.empty();
    }
    BigDecimal n = BigDecimal.valueOf(numerator);
    BigDecimal d = BigDecimal.valueOf(denominator);
    try {
      return Optional.of(n.divide(d));
    } catch (ArithmeticException nonTerminating) {
      return Optional.of(n.divide(d, MathContext.DECIMAL128));
    }
  }

  /**
   * The same ratio over two disjoint parts: numerators and denominators added, such as
   * {@code 1/4 + 2/6 = 3/10}.
   *
   * @param other the other part's ratio; not null
   * @return the merged ratio, not null
   * @throws ArithmeticException if a sum overflows a long
   */
  public Ratio plus(Ratio other) {
    return new Ratio(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ratio other && other.numerator == numerator && other.denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /**
   * The percentage at one decimal (half-up) and the counts, such as {@code 27.2% (2470000/9090000)}, or
   * {@code undefined (5/0)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String counts = " (" + numerator + "/" + denominator + ")";
    return percent().map(p -> p.toPlainString() + "%" + counts).orElse("undefined" + counts);
  }
}
