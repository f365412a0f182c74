package org.unionkit.stats;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A named indicator definition, such as the high-skill ratio 高技能人才占比 = 高技能人才数 / 技能人才数:
 * its id, Chinese and English names, formula, numerator and denominator over {@link Measure}s, display
 * unit and the source of the definition. {@link Indicators} holds the catalogue. Immutable and thread-safe.
 */
public final class Indicator {
  private final String id;
  private final String chinese;
  private final String english;
  private final Term numerator;
  private final Term denominator;
  private final IndicatorUnit unit;
  private final String source;

  Indicator(String id, String chinese, String english, Term numerator, Term denominator, IndicatorUnit unit,
      String source) {
    this.id = id;
    this.chinese = chinese;
    this.english = english;
    this.numerator = numerator;
    this.denominator = denominator;
    this.unit = unit;
    this.source = source;
  }

  /**
   * The stable identifier, such as {@code high-skill-ratio}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * The Chinese name, such as 高技能人才占比.
   *
   * @return the name, not null
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The English name, such as {@code high-skill ratio}.
   *
   * @return the name, not null
   */
  public String english() {
    return english;
  }

  /**
   * The counts above the line.
   *
   * @return the numerator, not null
   */
  public Term numerator() {
    return numerator;
  }

  /**
   * The counts below the line.
   *
   * @return the denominator, not null
   */
  public Term denominator() {
    return denominator;
  }

  /**
   * The formula in Chinese measure names, such as {@code (高技能人才数) / (技能人才数)}.
   *
   * @return the formula, not null
   */
  public String formula() {
    return "(" + numerator + ") / (" + denominator + ")";
  }

  /**
   * The display unit.
   *
   * @return the unit, not null
   */
  public IndicatorUnit unit() {
    return unit;
  }

  /**
   * Where the definition comes from, such as {@code ILOSTAT ILR_TUMT_NOC_RT}.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }

  /**
   * The indicator's exact ratio in a tally, undefined when the denominator counts zero.
   *
   * @param tally the counts; not null
   * @return the ratio, not null
   * @throws IllegalArgumentException if the denominator is negative (subtracted counts exceed added ones)
   */
  public Ratio compute(Tally tally) {
    return Ratio.of(numerator.evaluate(tally), denominator(tally.counts(), 0));
  }

  /** The denominator's value over the tally laid out from {@code counts[base]}; a ratio needs it at least 0. */
  long denominator(long[] counts, int base) {
    long below = denominator.evaluate(counts, base);
    if (below < 0) {
      throw new IllegalArgumentException(id + ": denominator " + denominator + " is negative (" + below
          + "); the subtracted counts exceed the added ones");
    }
    return below;
  }


  /**
   * The value in the display unit, rounded once from the exact ratio, such as 27.2 (percent) for
   * 2470000/9090000, or 56460.91 (yuan per case) for 2744万元 recovered in 486 cases.
   *
   * @param ratio a ratio this indicator computed; not null
   * @param rule the rounding rule; not null
   * @return the value at the unit's decimals, empty when undefined; not null
   */
  public Optional<BigDecimal> value(Ratio ratio, RoundingRule rule) {
    if (!ratio.isDefined()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(ratio.numerator()).scaleByPowerOfTen(unit.powerOfTen())
        .divide(BigDecimal.valueOf(ratio.denominator()), unit.decimals(), rule.mode()));
  }

  /**
   * The value as a report shows it, such as {@code 27.2%} or {@code 103.1 人/份}, rounded half-up; or
   * {@code undefined}.
   *
   * @param ratio a ratio this indicator computed; not null
   * @return the text, not null
   */
  public String display(Ratio ratio) {
    return value(ratio, RoundingRule.HALF_UP)
        .map(v -> v.toPlainString() + (unit == IndicatorUnit.PERCENT ? "%" : " " + unit.symbol()))
        .orElse("undefined");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Indicator other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * The id with names and formula, such as
   * {@code high-skill-ratio 高技能人才占比 (high-skill ratio) = (高技能人才数) / (技能人才数)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return id + " " + chinese + " (" + english + ") = " + formula();
  }
}
