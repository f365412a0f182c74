package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatioTest {

  @Test
  void hebeiHighSkillRatioKeepsItsCounts() {
    // 247万 high-skill of 909万 skilled (Hebei, 2020): 247 / 909 = 0.27172..., so 27.2%.
    Ratio ratio = Ratio.of(2_470_000, 9_090_000);

    assertThat(ratio.numerator()).as("numerator").isEqualTo(2_470_000);
    assertThat(ratio.denominator()).as("denominator").isEqualTo(9_090_000);
    assertThat(ratio.isDefined()).as("defined").isTrue();
    assertThat(ratio.percent()).as("percent").contains(new BigDecimal("27.2"));
    assertThat(ratio.value(4)).as("value at 4 decimals").contains(new BigDecimal("0.2717"));
    assertThat(ratio).as("text").hasToString("27.2% (2470000/9090000)");
  }

  @Test
  void highSkillRatioOfSixtyMillionOverTwoHundredMillionIsThirtyPercent() {
    // 4700万 高级工 + 1000万 技师 + 300万 高级技师 = 6000万 high-skill, over 2亿 skilled.
    Ratio direct = Ratio.of(47_000_000 + 10_000_000 + 3_000_000, 200_000_000);
    Tally tally = Tally.empty().with(Measure.HIGH_SKILL_MEMBERS, 60_000_000)
        .with(Measure.SKILLED_MEMBERS, 200_000_000);

    Ratio computed = Indicators.HIGH_SKILL_RATIO.compute(tally);

    assertThat(direct.percent()).as("percent").contains(new BigDecimal("30.0"));
    assertThat(direct).as("text").hasToString("30.0% (60000000/200000000)");
    assertThat(computed).as("the indicator keeps the same counts").isEqualTo(direct);
    assertThat(Indicators.HIGH_SKILL_RATIO.display(computed)).as("display").isEqualTo("30.0%");
  }

  @Test
  void zeroDenominatorIsUndefinedNotZeroNorAnException() {
    Ratio ratio = Ratio.of(5, 0);

    assertThat(ratio.isDefined()).as("defined").isFalse();
    assertThat(ratio.value(2)).as("value").isEmpty();
    assertThat(ratio.value(2, RoundingRule.HALF_EVEN)).as("value, half-even").isEmpty();
    assertThat(ratio.percent()).as("percent").isEmpty();
    assertThat(ratio.percent(3, RoundingRule.HALF_UP)).as("percent at 3 decimals").isEmpty();
    assertThat(ratio.exactValue()).as("exact value").isEmpty();
    assertThat(ratio).as("text").hasToString("undefined (5/0)");
    assertThat(Ratio.of(0, 0)).as("0/0").hasToString("undefined (0/0)");
  }

  @ParameterizedTest(name = "{0}/10000: half-up {1}, half-even {2}")
  @CsvSource({
      // 27.25 is an exact half: half-up goes away from zero, half-even to the even digit 2.
      "2725,  27.3,  27.2",
      // 27.35: both go to 27.4 (4 is even).
      "2735,  27.4,  27.4",
      // Negative numerators (falls) round symmetrically: half-up away from zero.
      "-2725, -27.3, -27.2",
      // Not a half: both rules agree.
      "2726,  27.3,  27.3"})
  void roundingRulesDifferOnlyOnExactHalves(long numerator, String halfUp, String halfEven) {
    Ratio ratio = Ratio.of(numerator, 10_000);

    assertThat(ratio.percent(1, RoundingRule.HALF_UP)).as("half-up").contains(new BigDecimal(halfUp));
    assertThat(ratio.percent(1, RoundingRule.HALF_EVEN)).as("half-even").contains(new BigDecimal(halfEven));
    assertThat(ratio.percent()).as("default is half-up").contains(new BigDecimal(halfUp));
  }

  @Test
  void toStringRoundsHalfUp() {
    assertThat(Ratio.of(2725, 10_000)).as("27.25%").hasToString("27.3% (2725/10000)");
  }

  @Test
  void valueAtAScale() {
    assertThat(Ratio.of(1, 3).value(3)).as("1/3 at 3 decimals").contains(new BigDecimal("0.333"));
    assertThat(Ratio.of(2, 3).value(2)).as("2/3 at 2 decimals").contains(new BigDecimal("0.67"));
    assertThat(Ratio.of(1, 2).value(0)).as("1/2 at 0 decimals, half-up").contains(BigDecimal.ONE);
    assertThat(Ratio.of(1, 2).value(0, RoundingRule.HALF_EVEN)).as("1/2 at 0 decimals, half-even")
        .contains(BigDecimal.ZERO);
    assertThat(Ratio.of(2725, 10_000).value(3, RoundingRule.HALF_EVEN)).as("0.2725 half-even")
        .contains(new BigDecimal("0.272"));
    assertThat(Ratio.of(3, 2).value(1)).as("above one").contains(new BigDecimal("1.5"));
    assertThat(Ratio.of(1, 3).percent(2, RoundingRule.HALF_UP)).as("1/3 in percent at 2 decimals")
        .contains(new BigDecimal("33.33"));
  }

  @Test
  void exactValueWhenTheExpansionEnds() {
    assertThat(Ratio.of(3, 8).exactValue()).as("3/8").contains(new BigDecimal("0.375"));
    assertThat(Ratio.of(247, 1000).exactValue()).as("247/1000").contains(new BigDecimal("0.247"));
    // 1/3 never ends: 34 significant digits (decimal128), rounded half-even.
    assertThat(Ratio.of(1, 3).exactValue()).as("1/3")
        .contains(new BigDecimal("0." + "3".repeat(34)));
    assertThat(Ratio.of(2, 3).exactValue()).as("2/3")
        .contains(new BigDecimal("0." + "6".repeat(33) + "7"));
  }

  @Test
  void plusAddsNumeratorsAndDenominators() {
    assertThat(Ratio.of(1, 4).plus(Ratio.of(2, 6))).as("1/4 + 2/6").isEqualTo(Ratio.of(3, 10));
    assertThat(Ratio.of(5, 0).plus(Ratio.of(1, 4))).as("an undefined part adds its numerator")
        .isEqualTo(Ratio.of(6, 4));
    assertThat(Ratio.of(0, 0).plus(Ratio.of(0, 0))).as("0/0 + 0/0").isEqualTo(Ratio.of(0, 0));
  }

  @Test
  void plusOverflowThrows() {
    Ratio huge = Ratio.of(Long.MAX_VALUE, 1);

    assertThatThrownBy(() -> huge.plus(Ratio.of(1, 1))).as("numerator overflow")
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Ratio.of(1, Long.MAX_VALUE).plus(Ratio.of(1, 1))).as("denominator overflow")
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void equalityIsOnTheCounts() {
    Ratio half = Ratio.of(1, 2);
    Ratio twoQuarters = Ratio.of(2, 4);

    assertThat(half).as("1/2 vs 2/4").isNotEqualTo(twoQuarters);
    assertThat(half.value(2)).as("same value").isEqualTo(twoQuarters.value(2));
    assertThat(half).as("1/2 vs 1/2").isEqualTo(Ratio.of(1, 2)).hasSameHashCodeAs(Ratio.of(1, 2));
    assertThat(Ratio.of(2, 1)).as("2/1 vs 1/2").isNotEqualTo(half);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"27.2% (2470000/9090000)", "30.0% (60000000/200000000)", "undefined (5/0)",
      "undefined (0/0)", "-10.0% (-10/100)", "0.0% (0/7)", "100.0% (7/7)", "27.3% (2725/10000)"})
  void parseReadsWhatToStringPrints(String text) {
    Ratio parsed = Ratio.parse(text);

    assertThat(parsed).as("round trip").hasToString(text);
  }

  @Test
  void parseReadsTheCounts() {
    assertThat(Ratio.parse("27.2% (2470000/9090000)")).as("counts").isEqualTo(Ratio.of(2_470_000, 9_090_000));
    assertThat(Ratio.parse("undefined (5/0)")).as("undefined").isEqualTo(Ratio.of(5, 0));
  }

  @Test
  void parseRejectsAPercentageTheCountsDoNotGive() {
    assertThatThrownBy(() -> Ratio.parse("27.3% (2470000/9090000)")).as("27.3% is not 2470000/9090000")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("27.3% (2470000/9090000)")
        .hasMessageContaining("27.2% (2470000/9090000)");
    assertThatThrownBy(() -> Ratio.parse("undefined (5/1)")).as("5/1 is defined")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ratio.parse("27% (2470000/9090000)")).as("wrong number of decimals")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "27.2%", "2470000/9090000", "27.2% (2470000/9090000", "27.2% 2470000/9090000)",
      "27.2% (2470000)", "27.2% (a/b)", "27.2% (2470000/9090000.0)", "27.2% (2470000/ 9090000)"})
  void parseRejectsMalformedText(String text) {
    assertThatThrownBy(() -> Ratio.parse(text)).as("malformed")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @Test
  void negativeDenominatorIsRejected() {
    assertThatThrownBy(() -> Ratio.of(1, -5)).as("negative denominator")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator")
        .hasMessageContaining("-5");
    assertThatThrownBy(() -> Ratio.parse("-10.0% (10/-100)")).as("parsed negative denominator")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator");
  }

  @Test
  void negativeNumeratorIsAFall() {
    Ratio fall = Ratio.of(-10, 100);

    assertThat(fall.percent()).as("percent").contains(new BigDecimal("-10.0"));
    assertThat(fall).as("text").hasToString("-10.0% (-10/100)");
  }
}
