package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  /** toString uses the largest of 元, 万元 and 亿元 not above the amount. */
  @ParameterizedTest(name = "{0} = {1} yuan, printed {2}")
  @CsvSource(delimiter = '|', textBlock = """
      1500万元   | 15000000     | 1500万元
      8082.9万元 | 80829000     | 8082.9万元
      2亿元      | 200000000    | 2亿元
      -12.5元    | -12.5        | -12.5元
      0.15亿元   | 15000000     | 1500万元
      12345元    | 12345        | 1.2345万元
      9999.99元  | 9999.99      | 9999.99元
      1万元      | 10000        | 1万元
      -3万元     | -30000       | -3万元
      1万亿元    | 1000000000000 | 10000亿元
      0元        | 0            | 0元
      """)
  void parseReadsTheAmountAndToStringPicksTheLargestUnit(String text, BigDecimal yuan, String printed) {
    Money money = Money.parse(text);

    assertThat(money.yuan()).as("amount in yuan").isEqualByComparingTo(yuan);
    assertThat(money).as("printed in the largest unit").hasToString(printed);
    assertThat(Money.parse(money.toString())).as("parse(toString())").isEqualTo(money);
  }

  @Test
  void equalityIgnoresTheScaleAndTheUnitWritten() {
    assertThat(Money.parse("1500万元")).as("1500万元 = 0.15亿元")
        .isEqualTo(Money.parse("0.15亿元"))
        .hasSameHashCodeAs(Money.parse("0.15亿元"))
        .isEqualByComparingTo(Money.parse("0.15亿元"));
    assertThat(Money.ofYuan(new BigDecimal("12.50"))).as("12.50元 = 12.5元").isEqualTo(Money.parse("12.5元"));
    assertThat(Money.ofYuan(27_440_000)).as("27440000元 = 2744万元").isEqualTo(Money.parse("2744万元"));
    assertThat(Money.of(new BigDecimal("8082.9"), Multiplier.WAN)).as("of(8082.9, WAN)")
        .isEqualTo(Money.parse("8082.9万元"));
    assertThat(Money.ofYuan(BigDecimal.ZERO)).as("0元 is zero()").isEqualTo(Money.zero());
  }

  @Test
  void inExpressesTheAmountInAMultiple() {
    assertThat(Money.parse("8082.9万元").in(Multiplier.WAN)).as("in 万").isEqualByComparingTo("8082.9");
    assertThat(Money.parse("8082.9万元").in(Multiplier.YI)).as("in 亿").isEqualByComparingTo("0.80829");
    assertThat(Money.parse("2亿元").in(Multiplier.ONE)).as("in 元").isEqualByComparingTo("200000000");
  }

  @Test
  void arithmeticIsExact() {
    Money sum = Money.parse("1500万元").plus(Money.parse("8082.9万元"));

    assertThat(sum).as("1500万元 + 8082.9万元").isEqualTo(Money.parse("9582.9万元"));
    assertThat(Money.parse("0.01元").plus(Money.parse("0.02元"))).as("fen add up exactly")
        .isEqualTo(Money.parse("0.03元"));
    Money deficit = Money.parse("12.5元").minus(Money.parse("25元"));
    assertThat(deficit).as("12.5元 - 25元").isEqualTo(Money.parse("-12.5元"));
    assertThat(deficit.isNegative()).as("a deficit is negative").isTrue();
    assertThat(Money.zero().isNegative()).as("zero is not negative").isFalse();
    assertThat(Money.parse("-1元")).as("order compares amounts").isLessThan(Money.zero());
  }

  @Test
  void subFenAmountsAreRejected() {
    assertRejected(() -> Money.parse("0.001元"), "money", "money (0.001元) must be a whole number of fen (0.01元)");
    assertRejected(() -> Money.ofYuan(new BigDecimal("12.345")), "money",
        "money (12.345元) must be a whole number of fen");
    assertRejected(() -> Money.of(new BigDecimal("0.0000001"), Multiplier.WAN), "money",
        "money (0.001元) must be a whole number of fen");
  }

  @Test
  void trailingZerosBelowAFenAreNotFractionsOfAFen() {
    assertThat(Money.ofYuan(new BigDecimal("12.3400"))).as("12.3400元 is 12.34元")
        .isEqualTo(Money.parse("12.34元"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1500万    | 元        | 6 | found the end
      1500万元整 | the end of the text | 7 | found "整"
      元        | a number  | 1 | found "元"
      +5元      | a number  | 1 | found "+5元"
      --5元     | a number  | 2 | found "-5元"
      5美元     | 元        | 2 | found "美元"
      """)
  void parseErrorsReportTheColumn(String text, String expected, int column, String found) {
    assertRejected(() -> Money.parse(text), "money",
        "money (\"" + text + "\")", "needs " + expected + " at column " + column, found);
  }
}
