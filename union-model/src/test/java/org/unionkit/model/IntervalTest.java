package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntervalTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void factoriesPrintInMathematicalNotation() {
    assertThat(Interval.closedOpen(d("140000"), d("150000"))).as("closedOpen").hasToString("[140000, 150000)");
    assertThat(Interval.closed(d("47500"), d("52500"))).as("closed").hasToString("[47500, 52500]");
    assertThat(Interval.point(d("418"))).as("point").hasToString("[418, 418]");
    assertThat(Interval.atLeast(d("400000"))).as("atLeast").hasToString("[400000, ∞)");
    assertThat(Interval.greaterThan(d("5"))).as("greaterThan").hasToString("(5, ∞)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[140000, 150000)", "[47500, 52500]", "[418, 418]", "[400000, ∞)", "(5, ∞)",
      "[27.15, 27.25)", "(-0.5, 2]"})
  void parseReadsWhatToStringPrints(String text) {
    assertThat(Interval.parse(text)).as("parse then print").hasToString(text);
  }

  @Test
  void equalityComparesEndsByValue() {
    assertThat(Interval.closedOpen(d("1.0"), d("2.00"))).as("1.0 equals 1")
        .isEqualTo(Interval.closedOpen(d("1"), d("2")))
        .hasSameHashCodeAs(Interval.closedOpen(d("1"), d("2")));
    assertThat(Interval.closedOpen(d("1"), d("2"))).as("closedness matters")
        .isNotEqualTo(Interval.closed(d("1"), d("2")));
    assertThat(Interval.atLeast(d("1"))).as("[1, ∞) is not (1, ∞)").isNotEqualTo(Interval.greaterThan(d("1")));
  }

  @Test
  void containsRespectsClosedness() {
    Interval interval = Interval.closedOpen(d("140000"), d("150000"));

    assertThat(interval.contains(d("140000"))).as("closed lower end").isTrue();
    assertThat(interval.contains(d("150000"))).as("open upper end").isFalse();
    assertThat(interval.contains(d("139999.99"))).as("below").isFalse();
    assertThat(Interval.greaterThan(d("5")).contains(d("5"))).as("open lower end").isFalse();
    assertThat(Interval.greaterThan(d("5")).contains(d("1E+12"))).as("unbounded above").isTrue();
  }

  @Test
  void isPointOnlyForASingleValue() {
    assertThat(Interval.point(d("418")).isPoint()).as("[418, 418]").isTrue();
    assertThat(Interval.closed(d("1"), d("2")).isPoint()).as("[1, 2]").isFalse();
    assertThat(Interval.atLeast(d("1")).isPoint()).as("[1, ∞)").isFalse();
    assertThat(Interval.atLeast(d("1")).upper()).as("unbounded has no upper end").isEmpty();
  }

  @Test
  void plusAddsTheEnds() {
    assertThat(Interval.closedOpen(d("1"), d("2")).plus(Interval.point(d("10")))).as("[1, 2) + [10, 10]")
        .isEqualTo(Interval.closedOpen(d("11"), d("12")));
    assertThat(Interval.closedOpen(d("1"), d("2")).plus(Interval.atLeast(d("5")))).as("[1, 2) + [5, ∞)")
        .isEqualTo(Interval.atLeast(d("6")));
    assertThat(Interval.greaterThan(d("1")).plus(Interval.point(d("1")))).as("(1, ∞) + [1, 1]")
        .isEqualTo(Interval.greaterThan(d("2")));
  }

  @Test
  void timesScalesTheEnds() {
    assertThat(Interval.closedOpen(d("1"), d("2")).times(d("10000"))).as("[1, 2) × 10000")
        .isEqualTo(Interval.closedOpen(d("10000"), d("20000")));
  }

  @ParameterizedTest(name = "times {0}")
  @ValueSource(strings = {"0", "-1"})
  void timesNeedsAPositiveFactor(String factor) {
    assertRejected(() -> Interval.closedOpen(d("1"), d("2")).times(d(factor)), "factor",
        "factor (" + factor + ") must be positive");
  }

  @ParameterizedTest(name = "[{0}, {1})")
  @CsvSource({"2, 1", "1, 1"})
  void closedOpenNeedsUpperAboveLower(String lower, String upper) {
    assertRejected(() -> Interval.closedOpen(d(lower), d(upper)), "upper",
        "upper (" + upper + ") must be above lower (" + lower + ")");
  }

  @Test
  void closedNeedsUpperNotBelowLower() {
    assertRejected(() -> Interval.closed(d("2"), d("1")), "upper", "upper (1) must be above lower (2)");
  }

  @Test
  void unboundedUpperEndMustBeOpen() {
    assertRejected(() -> Interval.parse("[1, ∞]"), "upper", "upper (∞) must be open when unbounded");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"1, 2", "[1,2)", "{1, 2}", "[1, 2", ""})
  void parseRejectsTextThatIsNotAnInterval(String text) {
    assertRejected(() -> Interval.parse(text), "interval",
        "interval (\"" + text + "\") must look like [1, 2) or (1, ∞)");
  }

  @Test
  void parseRejectsAnEndThatIsNotANumber() {
    assertRejected(() -> Interval.parse("[a, 2)"), "interval", "interval (\"a\") needs a number at column 1");
  }

  @Test
  void intervalsIntersectWhereBothHoldAValue() {
    assertThat(Interval.parse("[2069, 2069]").intersects(Interval.parse("[1500, 2500)"))).as("a point inside").isTrue();
    assertThat(Interval.parse("[0, 1)").intersects(Interval.parse("[1, 2]"))).as("1 is excluded by the first").isFalse();
    assertThat(Interval.parse("[0, 1]").intersects(Interval.parse("[1, 2]"))).as("1 is in both").isTrue();
    assertThat(Interval.parse("(5, ∞)").intersects(Interval.parse("[0, 5]"))).as("5 is excluded by the first").isFalse();
    assertThat(Interval.parse("[3, ∞)").intersects(Interval.parse("[7, ∞)"))).as("both unbounded").isTrue();
  }

  @Test
  void minusTakesEachEndFromTheOtherEnd() {
    assertThat(Interval.closedOpen(d("100"), d("200")).minus(Interval.point(d("10")))).as("a point off")
        .hasToString("[90, 190)");
    assertThat(Interval.closedOpen(d("100"), d("200")).minus(Interval.closedOpen(d("10"), d("20"))))
        .as("the lower end open where the subtrahend's upper end was").hasToString("(80, 190)");
    assertThat(Interval.atLeast(d("5")).minus(Interval.closed(d("1"), d("2")))).hasToString("[3, ∞)");
    assertThat(Interval.point(d("1")).minus(Interval.point(d("3")))).as("below zero").hasToString("[-2, -2]");
    assertRejected(() -> Interval.point(d("1")).minus(Interval.atLeast(d("0"))), "subtrahend", "bounded above");
  }
}
