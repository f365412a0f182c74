package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Multiplier;
import org.unionkit.model.Qualifier;
import org.unionkit.model.Quantity;
import org.unionkit.model.Unit;

/** A percentage rounded from true counts always passes the audit; one moved beyond the tolerance never does. */
class AuditProperties {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static Quantity percent(BigDecimal value) {
    return Quantity.of(value, Multiplier.ONE, Qualifier.EXACT, Unit.PERCENT);
  }

  private static BigDecimal exactPercent(long n, long d) {
    return BigDecimal.valueOf(n).multiply(HUNDRED).divide(BigDecimal.valueOf(d), 20, RoundingMode.HALF_EVEN);
  }

  /** A count as a report writes it in 万, rounded half-up to one decimal. */
  private static Quantity inWan(long count) {
    BigDecimal wan = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP);
    return Quantity.of(wan, Multiplier.WAN, Qualifier.EXACT, Unit.PERSON);
  }

  @Test
  void aPercentageRoundedFromExactCountsIsConsistent() {
    qt().forAll(longs().between(1, 1_000_000_000L), longs().between(0, 1_000_000_000L)).checkAssert((d, n0) -> {
      long n = n0 % (d + 1);
      BigDecimal shown = Ratio.of(n, d).percent().orElseThrow();
      Audit audit = Audit.ofPercent(percent(shown), Quantity.of(n, Unit.PERSON), Quantity.of(d, Unit.PERSON));
      assertThat(audit.verdict()).as("%s", audit).isEqualTo(Verdict.CONSISTENT);
    });
  }

  @Test
  void aPercentageRoundedFromCountsThatAreThemselvesRoundedIsConsistent() {
    qt().forAll(longs().between(100_000, 1_000_000_000L), longs().between(0, 1_000_000_000L)).checkAssert((d, n0) -> {
      long n = n0 % (d + 1);
      BigDecimal shown = Ratio.of(n, d).percent().orElseThrow();
      Audit audit = Audit.ofPercent(percent(shown), inWan(n), inWan(d));
      assertThat(audit.verdict()).as("%s", audit).isEqualTo(Verdict.CONSISTENT);
    });
  }

  @Test
  void aPercentageMovedBeyondRoundingAndIntervalWidthIsInconsistent() {
    qt().forAll(longs().between(100_000, 1_000_000_000L), longs().between(0, 1_000_000_000L), integers().between(1, 50),
        integers().between(0, 1)).checkAssert((d, n0, tenths, down) -> {
          long n = n0 % (d + 1);
          Quantity numerator = inWan(n);
          Quantity denominator = inWan(d);
          RatioRange computed = RatioRange.of(numerator.interval(), denominator.interval());
          // The counts allow [low, high]; a published one-decimal value stands for +/-0.05 around it.
          BigDecimal low = computed.lower(12).orElseThrow().multiply(HUNDRED);
          BigDecimal high = computed.upper(12).orElseThrow().multiply(HUNDRED);
          BigDecimal step = BigDecimal.valueOf(tenths).movePointLeft(1);
          BigDecimal moved = down == 1
              ? low.subtract(new BigDecimal("0.05")).subtract(step).setScale(1, RoundingMode.FLOOR)
              : high.add(new BigDecimal("0.05")).add(step).setScale(1, RoundingMode.CEILING);
          if (moved.signum() < 0) {
            return;
          }
          Audit audit = Audit.ofPercent(percent(moved), numerator, denominator);
          assertThat(audit.verdict()).as("%s moved beyond %s", audit, computed).isEqualTo(Verdict.INCONSISTENT);
        });
  }

  @Test
  void exactCountsToleranceIsHalfADigit() {
    qt().forAll(longs().between(1, 1_000_000), longs().between(0, 1_000_000), integers().between(2, 30))
        .checkAssert((d, n0, tenths) -> {
          long n = n0 % (d + 1);
          BigDecimal shown = Ratio.of(n, d).percent().orElseThrow().add(BigDecimal.valueOf(tenths).movePointLeft(1));
          Audit audit = Audit.ofPercent(percent(shown), Quantity.of(n, Unit.PERSON), Quantity.of(d, Unit.PERSON));
          assertThat(exactPercent(n, d).subtract(shown).abs()).as("moved by more than half a digit")
              .isGreaterThan(new BigDecimal("0.05"));
          assertThat(audit.verdict()).as("%s", audit).isEqualTo(Verdict.INCONSISTENT);
        });
  }
}
