package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionkit.model.Interval;

class RatioRangeTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static BigDecimal d(long value) {
    return BigDecimal.valueOf(value);
  }

  /** 247万 / 909万 read as rounded counts: [2465000, 2475000) / [9085000, 9095000). */
  private static final RatioRange HEBEI = RatioRange.of(Interval.closedOpen(d(2_465_000), d(2_475_000)),
      Interval.closedOpen(d(9_085_000), d(9_095_000)));

  @Test
  void roundedCountsGiveAnOpenRangeAroundThePublishedRatio() {
    // Lower: 2465000 / 9095000 = 493/1819 = 0.271028...; open because the denominator's 9095000 is excluded.
    // Upper: 2475000 / 9085000 = 495/1817 = 0.272427...; open because the numerator's 2475000 is excluded.
    assertThat(HEBEI.isDefined()).as("defined").isTrue();
    assertThat(HEBEI.isLowerClosed()).as("lower closed").isFalse();
    assertThat(HEBEI.isUpperClosed()).as("upper closed").isFalse();
    assertThat(HEBEI.lower(5)).as("lower, rounded down").contains(d("0.27102"));
    assertThat(HEBEI.upper(5)).as("upper, rounded up").contains(d("0.27243"));
    assertThat(HEBEI.lower(4)).as("lower at 4 decimals").contains(d("0.2710"));
    assertThat(HEBEI.upper(4)).as("upper at 4 decimals").contains(d("0.2725"));
    assertThat(HEBEI).as("text: lower rounded down, upper rounded up, both open").hasToString("(27.10%, 27.25%)");
  }

  @Test
  void containsComparesExactly() {
    assertThat(HEBEI.contains(d("0.272"))).as("0.272, the published 27.2%").isTrue();
    assertThat(HEBEI.contains(d("0.2724"))).as("0.2724 < 0.272427...").isTrue();
    assertThat(HEBEI.contains(d("0.27103"))).as("0.27103 > 0.271028...").isTrue();
    assertThat(HEBEI.contains(d("0.2725"))).as("0.2725 > 0.272427...").isFalse();
    assertThat(HEBEI.contains(d("0.27243"))).as("0.27243 > 0.272427...").isFalse();
    assertThat(HEBEI.contains(d("0.2710"))).as("0.2710 < 0.271028...").isFalse();
    assertThat(HEBEI.contains(d("0.27102"))).as("0.27102 < 0.271028...").isFalse();
  }

  @Test
  void assistancePerPersonFromQualifiedFigures() {
    // 6800多万元 / 14万余人: [68000000, 69000000) yuan over [140000, 150000) persons.
    // Lower: 68000000 / 150000 = 453.33...; upper: 69000000 / 140000 = 492.857142...; both open.
    RatioRange range = RatioRange.of(Interval.closedOpen(d(68_000_000), d(69_000_000)),
        Interval.closedOpen(d(140_000), d(150_000)));

    assertThat(range.lower(2)).as("lower, rounded down").contains(d("453.33"));
    assertThat(range.upper(2)).as("upper, rounded up").contains(d("492.86"));
    assertThat(range.isLowerClosed()).as("lower closed").isFalse();
    assertThat(range.isUpperClosed()).as("upper closed").isFalse();
    assertThat(range.contains(d("460"))).as("460 yuan per person").isTrue();
    assertThat(range.contains(d("453.34"))).as("453.34").isTrue();
    assertThat(range.contains(d("453.33"))).as("453.33 < 453.333...").isFalse();
    assertThat(range.contains(d("492.85"))).as("492.85").isTrue();
    assertThat(range.contains(d("492.86"))).as("492.86 > 492.857...").isFalse();
  }

  @Test
  void pointOverPointIsAClosedPoint() {
    RatioRange range = RatioRange.of(Interval.point(d(3)), Interval.point(d(8)));

    assertThat(range.isLowerClosed()).as("lower closed").isTrue();
    assertThat(range.isUpperClosed()).as("upper closed").isTrue();
    assertThat(range.lower(3)).as("lower").contains(d("0.375"));
    assertThat(range.upper(3)).as("upper").contains(d("0.375"));
    assertThat(range.contains(d("0.375"))).as("3/8").isTrue();
    assertThat(range.contains(d("0.3751"))).as("just above").isFalse();
    assertThat(range.contains(d("0.3749"))).as("just below").isFalse();
    assertThat(range).as("text").hasToString("[37.50%, 37.50%]");
  }

  @Test
  void closednessOfAnEndFollowsBothEndsItComesFrom() {
    // [1, 2] / [4, 4]: 1/4 to 2/4, both ends reached.
    RatioRange closed = RatioRange.of(Interval.closed(d(1), d(2)), Interval.point(d(4)));
    // [1, 2) / [4, 4]: 2/4 is not reached.
    RatioRange halfOpen = RatioRange.of(Interval.closedOpen(d(1), d(2)), Interval.point(d(4)));

    assertThat(closed).as("closed").hasToString("[25.00%, 50.00%]");
    assertThat(closed.contains(d("0.25"))).as("closed holds 0.25").isTrue();
    assertThat(closed.contains(d("0.5"))).as("closed holds 0.5").isTrue();
    assertThat(halfOpen).as("half-open").hasToString("[25.00%, 50.00%)");
    assertThat(halfOpen.contains(d("0.25"))).as("half-open holds 0.25").isTrue();
    assertThat(halfOpen.contains(d("0.5"))).as("half-open leaves out 0.5").isFalse();
  }

  @Test
  void denominatorExactlyZeroIsUndefined() {
    RatioRange range = RatioRange.of(Interval.closed(d(1), d(2)), Interval.point(BigDecimal.ZERO));

    assertThat(range.isDefined()).as("defined").isFalse();
    assertThat(range.contains(BigDecimal.ZERO)).as("contains 0").isFalse();
    assertThat(range.contains(d(1))).as("contains 1").isFalse();
    assertThat(range.lower(2)).as("lower").isEmpty();
    assertThat(range.upper(2)).as("upper").isEmpty();
    assertThat(range).as("text").hasToString("undefined");
  }

  @Test
  void denominatorReachingZeroIsUnboundedAbove() {
    // [1, 2) / [0, 10): the smallest value is 1/10, not reached (10 is excluded); no largest value.
    RatioRange range = RatioRange.of(Interval.closedOpen(d(1), d(2)), Interval.closedOpen(BigDecimal.ZERO, d(10)));

    assertThat(range.isDefined()).as("defined").isTrue();
    assertThat(range.upper(2)).as("upper").isEmpty();
    assertThat(range.isUpperClosed()).as("upper closed").isFalse();
    assertThat(range.lower(2)).as("lower").contains(d("0.10"));
    assertThat(range.contains(d("0.1"))).as("0.1, not reached").isFalse();
    assertThat(range.contains(d("0.11"))).as("0.11").isTrue();
    assertThat(range.contains(d(1_000_000))).as("a million").isTrue();
    assertThat(range).as("text").hasToString("(10.00%, ∞)");
  }

  @Test
  void unboundedNumeratorIsUnboundedAbove() {
    // [5, ∞) / [1, 2]: from 5/2 = 2.5 (reached) upwards.
    RatioRange range = RatioRange.of(Interval.atLeast(d(5)), Interval.closed(d(1), d(2)));

    assertThat(range.lower(1)).as("lower").contains(d("2.5"));
    assertThat(range.isLowerClosed()).as("lower closed").isTrue();
    assertThat(range.upper(1)).as("upper").isEmpty();
    assertThat(range).as("text").hasToString("[250.00%, ∞)");
  }

  @Test
  void unboundedDenominatorReachesDownTowardsZero() {
    // [1, 2] / [4, ∞): 2/4 is the largest value; values approach 0 without reaching it.
    RatioRange range = RatioRange.of(Interval.closed(d(1), d(2)), Interval.atLeast(d(4)));

    assertThat(range.lower(2)).as("lower").contains(d("0.00"));
    assertThat(range.isLowerClosed()).as("0 is not reached").isFalse();
    assertThat(range.upper(2)).as("upper").contains(d("0.50"));
    assertThat(range.isUpperClosed()).as("upper closed").isTrue();
    assertThat(range.contains(BigDecimal.ZERO)).as("contains 0").isFalse();
    assertThat(range.contains(d("0.000001"))).as("contains a tiny value").isTrue();
    assertThat(range).as("text").hasToString("(0.00%, 50.00%]");
  }

  @Test
  void zeroNumeratorOverAnUnboundedDenominatorReachesZero() {
    RatioRange range = RatioRange.of(Interval.closed(BigDecimal.ZERO, d(2)), Interval.atLeast(d(4)));

    assertThat(range.isLowerClosed()).as("0/4 = 0 is reached").isTrue();
    assertThat(range.contains(BigDecimal.ZERO)).as("contains 0").isTrue();
    assertThat(range).as("text").hasToString("[0.00%, 50.00%]");
  }

  @Test
  void zeroNumeratorReachesZeroOverABoundedDenominator() {
    // [0, 1] / [1, 2): 0/1 = 0 is a value, though the denominator's 2 is excluded; 1/1 is the largest.
    RatioRange range = RatioRange.of(Interval.closed(BigDecimal.ZERO, d(1)), Interval.closedOpen(d(1), d(2)));

    assertThat(range.isLowerClosed()).as("0 is reached").isTrue();
    assertThat(range.contains(BigDecimal.ZERO)).as("contains 0").isTrue();
    assertThat(range).as("text").hasToString("[0.00%, 100.00%]");
  }

  @Test
  void exactlyZeroNumeratorIsZeroOverAnyDenominator() {
    // [0, 0] / (1, 2]: every value is 0/d = 0, though the denominator's 1 is excluded.
    RatioRange bounded = RatioRange.of(Interval.point(BigDecimal.ZERO), Interval.parse("(1, 2]"));
    RatioRange reachingZero = RatioRange.of(Interval.point(BigDecimal.ZERO), Interval.closed(BigDecimal.ZERO, d(5)));

    for (RatioRange range : List.of(bounded, reachingZero)) {
      assertThat(range.contains(BigDecimal.ZERO)).as("%s contains 0", range).isTrue();
      assertThat(range.contains(d("0.0001"))).as("%s holds nothing above 0", range).isFalse();
      assertThat(range).as("text").hasToString("[0.00%, 0.00%]");
    }
  }

  @ParameterizedTest(name = "negative {0}")
  @ValueSource(strings = {"numerator", "denominator"})
  void negativeIntervalIsRejected(String side) {
    Interval negative = Interval.closed(d(-1), d(5));
    Interval positive = Interval.closed(d(1), d(5));
    Interval numerator = side.equals("numerator") ? negative : positive;
    Interval denominator = side.equals("numerator") ? positive : negative;

    assertThatThrownBy(() -> RatioRange.of(numerator, denominator)).as("negative %s", side)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[-1, 5]");
  }
}
