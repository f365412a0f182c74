package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionkit.model.Interval;
import org.unionkit.model.Quantity;

/** Published ratios checked against their figures, with the review's own examples worked by hand. */
class AuditTest {

  private static Audit audit(String stated, String numerator, String denominator) {
    return Audit.ofPercent(Quantity.parse(stated), Quantity.parse(numerator), Quantity.parse(denominator));
  }

  @ParameterizedTest(name = "{0} = {1} / {2}: {3}")
  @CsvSource({
      // 247万/909万 as rounded counts lies in (27.10%, 27.25%); 27.2% stands for [27.15%, 27.25%).
      "27.2%, 247万人, 909万人, CONSISTENT",
      "27.1%, 247万人, 909万人, CONSISTENT",
      "27.3%, 247万人, 909万人, INCONSISTENT",
      "27.0%, 247万人, 909万人, INCONSISTENT",
      // Exact counts: 418/1000 = 41.8% exactly.
      "41.8%, 418家, 1000家, CONSISTENT",
      "41.9%, 418家, 1000家, INCONSISTENT",
      // 30.0% of 2亿 skilled: 6000万 high-skill (national, end of 2021).
      "30.0%, 6000万人, 2亿人, CONSISTENT",
      // 14万余 of 15万: [140000, 150000) / [145000, 155000) gives (90.32%, 103.45%); 85% stands for [84.5%, 85.5%).
      "95%, 14万余人, 15万人, CONSISTENT",
      "85%, 14万余人, 15万人, INCONSISTENT",
      // An unbounded numerator cannot bound the ratio.
      "50%, 40万+人次, 100万人次, NOT_DETERMINABLE",
      "50%, 5人, 0人, NOT_DETERMINABLE"})
  void verdicts(String stated, String numerator, String denominator, Verdict verdict) {
    assertThat(audit(stated, numerator, denominator).verdict()).as("%s = %s / %s", stated, numerator, denominator)
        .isEqualTo(verdict);
  }

  @Test
  void theComputedRangeIsKept() {
    Audit skills = audit("27.2%", "247万人", "909万人");
    assertThat(skills.computed()).as("range").hasToString("(27.10%, 27.25%)");
    assertThat(skills).as("one line").hasToString("27.2% = 247万人 / 909万人: computed (27.10%, 27.25%), CONSISTENT");
  }

  @Test
  void sharesOfDifferentThingsAndNonPercentagesAreRefused() {
    assertThatThrownBy(() -> audit("50%", "819万人次", "909万人")).as("person-times over persons")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PERSON_TIMES").hasMessageContaining("PERSONS");
    assertThatThrownBy(() -> audit("27人", "247万人", "909万人")).as("a stated count")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a percentage");
  }

  @Test
  void derivedFiguresComeOutAsRangesWithUnits() {
    // 526万 over 5.1万: [5255000, 5265000) / [50500, 51500) gives 102.038... to 104.257...
    assertThat(Audit.derive(Quantity.parse("526万人"), Quantity.parse("5.1万份"))).as("workers per contract")
        .hasToString("(102.03, 104.26) 人/份");
    // 6800多万 over 14万余: [68000000, 69000000) / [140000, 150000) gives 453.33... to 492.85...
    DerivedFigure perPerson = Audit.derive(Quantity.parse("6800多万元"), Quantity.parse("14万余人"));
    assertThat(perPerson.unit()).as("unit").isEqualTo("元/人");
    assertThat(perPerson).as("assistance per person").hasToString("(453.33, 492.86) 元/人");
    // 2744万 over 486 cases: 27435000..27445000 / 486 = 56450.6... to 56471.2...
    assertThat(Audit.derive(Quantity.parse("2744万元"), Quantity.parse("486件"))).as("money per case")
        .hasToString("[56450.61, 56471.20) 元/件");
  }

  @Test
  void rangesIntersectIntervalsExactlyAtTheirEnds() {
    RatioRange half = RatioRange.of(Interval.point(BigDecimal.ONE), Interval.point(BigDecimal.valueOf(2)));
    assertThat(half.intersects(Interval.closed(new BigDecimal("0.5"), BigDecimal.ONE))).as("touching closed ends").isTrue();
    assertThat(half.intersects(Interval.closedOpen(new BigDecimal("0.4"), new BigDecimal("0.5")))).as("open at 0.5")
        .isFalse();
    assertThat(half.intersects(Interval.atLeast(new BigDecimal("0.6")))).as("above").isFalse();
  }

  @Test
  void rangesMeetIntervalsOnlyWhereBothIncludeTheSharedEnd() {
    RatioRange half = RatioRange.of(Interval.point(BigDecimal.ONE), Interval.point(BigDecimal.valueOf(2)));
    assertThat(half.intersects(Interval.parse("(0.5, 1]"))).as("open at the shared end 0.5").isFalse();
    assertThat(half.intersects(Interval.parse("[0, 0.5]"))).as("closed at the shared end 0.5").isTrue();
    RatioRange open = RatioRange.of(Interval.closedOpen(BigDecimal.ONE, BigDecimal.valueOf(2)),
        Interval.point(BigDecimal.valueOf(4)));
    assertThat(open.intersects(Interval.parse("[0.5, 1]"))).as("the range stops short of 0.5").isFalse();
    assertThat(open.intersects(Interval.parse("[0, 0.25]"))).as("0.25 is in both").isTrue();
    RatioRange unbounded = RatioRange.of(Interval.atLeast(BigDecimal.ONE), Interval.point(BigDecimal.TEN));
    assertThat(unbounded.intersects(Interval.parse("[5, 6]"))).as("far above the lower end").isTrue();
    assertThat(unbounded.intersects(Interval.parse("[0, 0.05]"))).as("below the lower end").isFalse();
    RatioRange undefined = RatioRange.of(Interval.point(BigDecimal.ONE), Interval.point(BigDecimal.ZERO));
    assertThat(undefined.intersects(Interval.parse("[0, ∞)"))).as("an undefined range meets nothing").isFalse();
  }

  @Test
  void derivedFiguresThatCannotBeBoundedSaySo() {
    assertThat(Audit.derive(Quantity.parse("5人"), Quantity.parse("0人"))).as("over zero").hasToString("undefined 人/人");
    assertThat(Audit.derive(Quantity.parse("40万+人次"), Quantity.parse("10个")).toString()).as("unbounded")
        .isEqualTo("[40000.00, ∞) 人次/个");
  }
}
