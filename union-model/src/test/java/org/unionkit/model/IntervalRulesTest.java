package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntervalRulesTest {

  @Test
  void defaultsAreFivePercentAndRoundedWhenScaled() {
    IntervalRules rules = IntervalRules.defaults();

    assertThat(rules.nearlyWidth()).as("近 width").isEqualByComparingTo("0.05");
    assertThat(rules.aboutWidth()).as("约 width").isEqualByComparingTo("0.05");
    assertThat(rules.rounding()).as("rounding").isEqualTo(RoundingAssumption.ROUNDED_WHEN_SCALED);
  }

  @ParameterizedTest(name = "aboutWidth {0}")
  @ValueSource(strings = {"0", "1", "-0.05", "1.5"})
  void aboutWidthMustLieStrictlyBetweenZeroAndOne(String width) {
    assertRejected(() -> IntervalRules.defaults().withAboutWidth(new BigDecimal(width)), "aboutWidth",
        "aboutWidth (" + width + ") must lie strictly between 0 and 1");
  }

  @ParameterizedTest(name = "nearlyWidth {0}")
  @ValueSource(strings = {"0", "1", "-0.05", "2"})
  void nearlyWidthMustLieStrictlyBetweenZeroAndOne(String width) {
    assertRejected(() -> IntervalRules.defaults().withNearlyWidth(new BigDecimal(width)), "nearlyWidth",
        "nearlyWidth (" + width + ") must lie strictly between 0 and 1");
  }
}
