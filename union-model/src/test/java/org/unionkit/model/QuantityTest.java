package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @ParameterizedTest(name = "{0} = {1} {2} {3} {4}")
  @CsvSource(delimiter = '|', textBlock = """
      14万余人   | 14   | WAN | YU_AFTER_MULTIPLIER  | PERSON
      6800多万元 | 6800 | WAN | DUO_AFTER_NUMBER     | YUAN
      10余万人   | 10   | WAN | YU_AFTER_NUMBER      | PERSON
      5.1万份    | 5.1  | WAN | EXACT                | COPY
      40万+人次  | 40   | WAN | AT_LEAST             | PERSON_TIME
      1230多项   | 1230 | ONE | DUO_AFTER_NUMBER     | ITEM
      418家      | 418  | ONE | EXACT                | ENTERPRISE
      27.2%     | 27.2 | ONE | EXACT                | PERCENT
      约5万人    | 5    | WAN | ABOUT                | PERSON
      5万人左右  | 5    | WAN | AROUND               | PERSON
      3.2万多篇  | 3.2  | WAN | DUO_AFTER_MULTIPLIER | ARTICLE
      1万亿元    | 1    | WAN_YI | EXACT             | YUAN
      """)
  void parseSplitsTheFigureIntoItsParts(
      String text, BigDecimal number, Multiplier multiplier, Qualifier qualifier, Unit unit) {
    Quantity quantity = Quantity.parse(text);

    assertThat(quantity.number()).as("digits as written").isEqualTo(number);
    assertThat(quantity.multiplier()).as("multiplier").isEqualTo(multiplier);
    assertThat(quantity.qualifier()).as("qualifier").isEqualTo(qualifier);
    assertThat(quantity.unit()).as("unit").isEqualTo(unit);
    assertThat(quantity).as("of(...) from the same parts").isEqualTo(Quantity.of(number, multiplier, qualifier, unit));
  }

  /** Intervals worked out by hand from the rules in the Javadoc of {@code Quantity.interval}. */
  @ParameterizedTest(name = "{0} stands for {1}")
  @CsvSource(delimiter = '|', textBlock = """
      14万余人   | [140000, 150000)
      14余万人   | [140000, 150000)
      6800多万元 | [68000000, 69000000)
      10余万人   | [100000, 200000)
      3.2万多篇  | [32000, 33000)
      5.1万份    | [50500, 51500)
      5.10万份   | [50950, 51050)
      40万+人次  | [400000, ∞)
      100+人     | [100, ∞)
      1230多项   | [1230, 1240)
      418家      | [418, 418]
      27.2%     | [27.15, 27.25)
      约5万人    | [47500, 52500]
      5万人左右  | [47500, 52500]
      近5万人    | [47500, 50000)
      不足100人  | [0, 100)
      不到100人  | [0, 100)
      逾1000人   | (1000, ∞)
      超过5万人  | (50000, ∞)
      """)
  void intervalUnderTheDefaultRules(String text, String interval) {
    Quantity quantity = Quantity.parse(text);

    assertThat(quantity.interval()).as("interval of %s", text).hasToString(interval);
    assertThat(quantity).as("toString writes the figure back as it was written").hasToString(text);
    assertThat(Quantity.parse(quantity.toString())).as("parse(toString())").isEqualTo(quantity);
  }

  @Test
  void moreThanAfterTheMultiplierIsClosedBelowAndOpenAbove() {
    Interval interval = Quantity.parse("14万余人").interval();

    assertThat(interval.lower()).as("lower end").isEqualByComparingTo("140000");
    assertThat(interval.upper()).as("upper end").hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("150000"));
    assertThat(interval.isLowerClosed()).as("140000 itself is 14万余").isTrue();
    assertThat(interval.isUpperClosed()).as("150000 would be written 15万").isFalse();
    assertThat(interval.contains(new BigDecimal("149999"))).as("149999 is 14万余").isTrue();
    assertThat(interval.contains(new BigDecimal("150000"))).as("150000 is not 14万余").isFalse();
  }

  @Test
  void valueIsTheWrittenBoundInTheUnitsBase() {
    assertThat(Quantity.parse("14万余人").value()).as("14万").isEqualByComparingTo("140000");
    assertThat(Quantity.parse("6800多万元").value()).as("6800万").isEqualByComparingTo("68000000");
    assertThat(Quantity.parse("172.5万人").value()).as("172.5万").isEqualByComparingTo("1725000");
    assertThat(Quantity.parse("6800多万元").dimension()).as("元 counts money").isEqualTo(Dimension.MONEY);
    assertThat(Quantity.parse("40万+人次").dimension()).as("人次 counts person-times")
        .isEqualTo(Dimension.PERSON_TIMES);
  }

  @Test
  void writtenScaleIsKept() {
    assertThat(Quantity.parse("5.10万人")).as("5.10万 claims more precision than 5.1万")
        .isNotEqualTo(Quantity.parse("5.1万人"));
    assertThat(Quantity.parse("5.10万人")).as("toString keeps the trailing zero").hasToString("5.10万人");
  }

  @Test
  void ofCountIsAnExactFigureWithoutMultiplier() {
    Quantity quantity = Quantity.of(418, Unit.ENTERPRISE);

    assertThat(quantity).as("418家").isEqualTo(Quantity.parse("418家")).hasToString("418家");
    assertThat(quantity.interval()).as("a plain whole number is exact by default")
        .isEqualTo(Interval.point(new BigDecimal("418")));
  }

  @Test
  void aboutWidthOverridesTheDefaultFivePercent() {
    IntervalRules tenPercent = IntervalRules.defaults().withAboutWidth(new BigDecimal("0.10"));

    assertThat(Quantity.parse("约5万人").interval(tenPercent)).as("约5万人 at ±10%")
        .isEqualTo(Interval.closed(new BigDecimal("45000"), new BigDecimal("55000")));
    assertThat(Quantity.parse("5万人左右").interval(tenPercent)).as("左右 follows the about width too")
        .isEqualTo(Interval.closed(new BigDecimal("45000"), new BigDecimal("55000")));
    assertThat(Quantity.parse("近5万人").interval(tenPercent)).as("近 keeps its own width")
        .isEqualTo(Interval.closedOpen(new BigDecimal("47500"), new BigDecimal("50000")));
  }

  @Test
  void nearlyWidthOverridesTheDefaultFivePercent() {
    IntervalRules tenPercent = IntervalRules.defaults().withNearlyWidth(new BigDecimal("0.10"));

    assertThat(Quantity.parse("近5万人").interval(tenPercent)).as("近5万人 reaching 10% below")
        .isEqualTo(Interval.closedOpen(new BigDecimal("45000"), new BigDecimal("50000")));
  }

  @Test
  void neverRoundedReadsUnqualifiedFiguresAsExact() {
    IntervalRules exact = IntervalRules.defaults().withRounding(RoundingAssumption.NEVER_ROUNDED);

    assertThat(Quantity.parse("5.1万份").interval(exact)).as("5.1万份 as exactly 51000")
        .isEqualTo(Interval.point(new BigDecimal("51000")));
    assertThat(Quantity.parse("27.2%").interval(exact)).as("27.2% as exactly 27.2")
        .isEqualTo(Interval.point(new BigDecimal("27.2")));
    assertThat(Quantity.parse("14万余人").interval(exact)).as("qualified figures ignore the rounding assumption")
        .isEqualTo(Interval.closedOpen(new BigDecimal("140000"), new BigDecimal("150000")));
  }

  @Test
  void alwaysRoundedReadsPlainCountsAsRounded() {
    IntervalRules rounded = IntervalRules.defaults().withRounding(RoundingAssumption.ALWAYS_ROUNDED);

    assertThat(Quantity.parse("418家").interval(rounded)).as("418 rounded to the unit")
        .isEqualTo(Interval.closedOpen(new BigDecimal("417.5"), new BigDecimal("418.5")));
    assertThat(Quantity.parse("0人").interval(rounded)).as("the lower end does not go below zero")
        .isEqualTo(Interval.closedOpen(BigDecimal.ZERO, new BigDecimal("0.5")));
  }

  @Test
  void negativeNumberIsRejected() {
    assertRejected(() -> Quantity.of(new BigDecimal("-3"), Multiplier.ONE, Qualifier.EXACT, Unit.PERSON),
        "number", "number (-3) must not be negative");
  }

  @ParameterizedTest(name = "{0} without a multiplier")
  @CsvSource({"YU_AFTER_MULTIPLIER, 余", "DUO_AFTER_MULTIPLIER, 多"})
  void moreThanAfterAMultiplierNeedsOne(Qualifier qualifier, String symbol) {
    assertRejected(() -> Quantity.of(new BigDecimal("14"), Multiplier.ONE, qualifier, Unit.PERSON),
        "qualifier", "qualifier (" + qualifier + ") after a multiplier needs 万 or 亿",
        "write " + symbol + " after the digits instead");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"约0人, 约", "0多人, 多", "不足0人, 不足", "逾0人, 逾", "近0万人, 近"})
  void qualifiedFiguresMustBePositive(String text, String symbol) {
    assertRejected(() -> Quantity.parse(text), "number", "number (0) must be positive with the qualifier " + symbol);
  }

  @Test
  void atLeastZeroIsAllowed() {
    assertThat(Quantity.parse("0+人").interval()).as("0+人 is [0, ∞)").isEqualTo(Interval.atLeast(BigDecimal.ZERO));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"3.5人, 人", "1.23456万人, 人", "0.5家, 家", "2.5人次, 人次"})
  void countsMustBeWholeAfterTheMultiplier(String text, String unit) {
    assertRejected(() -> Quantity.parse(text), "number",
        "number (" + text + ") must be a whole count of " + unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1.234元", "0.0000001万元"})
  void moneyMustBeAWholeNumberOfFen(String text) {
    assertRejected(() -> Quantity.parse(text), "number",
        "number (" + text + ") must be a whole number of fen (0.01元)");
  }

  @Test
  void fractionsOfCountsAndPercentagesThatStayWholeOrAreNotCountsAreAccepted() {
    assertThat(Quantity.parse("172.5万人").value()).as("172.5万人 is whole").isEqualByComparingTo("1725000");
    assertThat(Quantity.parse("0.01元").value()).as("one fen").isEqualByComparingTo("0.01");
    assertThat(Quantity.parse("27.2345%").value()).as("percentages have no smallest step")
        .isEqualByComparingTo("27.2345");
  }

  /** Columns counted by hand, 1-based, one per character. */
  @ParameterizedTest(name = "\"{0}\" fails at column {1}")
  @CsvSource(delimiter = '|', textBlock = """
      14万余人x   | 6 | the end of the text                   | found "x"
      5万人左右了 | 6 | the end of the text                   | found "了"
      约5万人左右 | 5 | the end of the text                   | found "左右"
      ''          | 1 | a number                              | found the end
      人          | 1 | a number                              | found "人"
      近人        | 2 | a number                              | found "人"
      1.2.3人     | 1 | a number such as 172.5                | found "1.2.3人"
      .5人        | 1 | a number such as 172.5                | found ".5人"
      14万        | 4 | a unit such as 人, 人次, 家, 件, 元 or %, or a measure word such as 宗 | found the end
      14万x       | 4 | a unit such as 人, 人次, 家, 件, 元 or %, or a measure word such as 宗 | found "x"
      12,34人     | 1 | a number whose commas separate thousands, such as 12,345 | found "12,34人"
      二〇二〇人  | 2 | a Chinese numeral such as 一百二十 (digits in a row, as in 二〇二〇, are not a count) | found "〇二〇人"
      一十百人    | 3 | a Chinese numeral whose places fall, such as 一千二百 | found "百人"
      5以上       | 2 | a unit such as 人, 人次, 家, 件, 元 or %, or a measure word such as 宗 | found "以上"
      """)
  void parseErrorsReportTheColumn(String text, int column, String expected, String found) {
    assertRejected(() -> Quantity.parse(text), "quantity",
        "quantity (\"" + text + "\")", "needs " + expected + " at column " + column, found);
  }

  /** The written forms of real reports beyond the seed's, each with the interval its rule gives (README's table). */
  @ParameterizedTest(name = "{0} is {1}, {2}")
  @CsvSource(delimiter = '|', textBlock = """
      90%以上          | 90%以上       | [90, ∞)
      1亿人以上        | 1亿人以上     | [100000000, ∞)
      100人以下        | 100人以下     | [0, 100]
      两万人           | 2万人         | [15000, 25000)
      十余万人         | 10余万人      | [100000, 200000)
      三千多人         | 3000多人      | [3000, 4000)
      一百二十人       | 120人         | [120, 120]
      一万二千人       | 1.2万人       | [11500, 12500)
      近万人           | 近1万人       | [9500, 10000)
      一亿二千万元     | 1.2亿元       | [115000000, 125000000)
      １２３人         | 123人         | [123, 123]
      ４．５万人       | 4.5万人       | [44500, 45500)
      ９０％以上       | 90%以上       | [90, ∞)
      12,345人         | 12345人       | [12345, 12345]
      １２，３４５人   | 12345人       | [12345, 12345]
      12宗             | 12宗          | [12, 12]
      3座以上          | 3座以上       | [3, ∞)
      5千余条          | 5千余条       | x
      """)
  void readsTheFormsOfRealReports(String written, String printed, String interval) {
    if (interval.equals("x")) {
      assertThatThrownBy(() -> Quantity.parse(written)).as("digits with 千 are not a figure").isInstanceOf(
          ValidationException.class);
      return;
    }
    Quantity q = Quantity.parse(written);
    assertThat(q).as("%s prints", written).hasToString(printed);
    assertThat(q.interval()).as("%s stands for", written).hasToString(interval);
    assertThat(Quantity.parse(printed)).as("%s parses back", printed).isEqualTo(q);
  }

  @Test
  void anotherMeasureWordCountsOnlyTheSameWord() {
    Quantity cases = Quantity.parse("12宗");
    assertThat(cases.unit()).isEqualTo(Unit.OTHER);
    assertThat(cases.measureWord()).isEqualTo("宗");
    assertThat(cases.dimension()).isEqualTo(Dimension.OTHER);
    assertThat(cases.countsSameAs(Quantity.parse("30宗"))).isTrue();
    assertThat(cases.countsSameAs(Quantity.parse("3座"))).as("宗 and 座 are different things").isFalse();
    assertThat(cases.countsSameAs(Quantity.parse("12件"))).as("nor is 宗 件, which is CASES").isFalse();
    assertThat(Quantity.parse("12人").countsSameAs(Quantity.parse("3名"))).as("人 and 名 both count persons")
        .isTrue();
    assertRejected(() -> Quantity.ofMeasureWord(BigDecimal.ONE, Multiplier.ONE, Qualifier.EXACT, "人"),
        "measureWord", "not a known unit");
    assertRejected(() -> Quantity.ofMeasureWord(BigDecimal.ONE, Multiplier.ONE, Qualifier.EXACT, "ab"),
        "measureWord", "one CJK ideograph");
    assertRejected(() -> Quantity.of(BigDecimal.ONE, Multiplier.ONE, Qualifier.EXACT, Unit.OTHER),
        "measureWord", "one CJK ideograph");
  }
}
