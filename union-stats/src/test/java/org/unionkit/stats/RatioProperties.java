package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Ratios: merge laws, undefined exactly at a zero denominator, bounds, display within half a digit. */
class RatioProperties implements MergeLaws<Ratio> {
  private static final BigDecimal HALF_DIGIT = new BigDecimal("0.05");

  /** Ratios of counts as reports hold them: a part of a whole, the whole possibly zero. */
  private static Gen<Ratio> parts() {
    return longs().between(0, 10_000_000_000L).zip(longs().between(0, 10_000_000_000L),
        (a, b) -> Ratio.of(Math.min(a, b), Math.max(a, b)));
  }

  @Override
  public Gen<Ratio> values() {
    return longs().between(-1_000_000_000L, 1_000_000_000L).zip(longs().between(0, 1_000_000_000L), Ratio::of);
  }

  @Override
  public Ratio empty() {
    return Ratio.of(0, 0);
  }

  @Override
  public Ratio plus(Ratio a, Ratio b) {
    return a.plus(b);
  }

  @Test
  void undefinedExactlyWhenTheDenominatorIsZero() {
    qt().forAll(values()).checkAssert(r -> {
      boolean zero = r.denominator() == 0;
      assertThat(r.isDefined()).as("%s defined", r).isEqualTo(!zero);
      assertThat(r.percent().isEmpty()).as("%s has no percent", r).isEqualTo(zero);
      assertThat(r.value(4).isEmpty()).as("%s has no value", r).isEqualTo(zero);
      assertThat(r.toString().startsWith("undefined")).as("%s says undefined", r).isEqualTo(zero);
    });
  }

  @Test
  void aPartOfAWholeLiesBetweenZeroAndOne() {
    qt().forAll(parts()).checkAssert(r -> r.exactValue().ifPresent(v ->
        assertThat(v).as("%s", r).isBetween(BigDecimal.ZERO, BigDecimal.ONE)));
  }

  @Test
  void displayedPercentIsWithinHalfADigitOfTheExactValue() {
    qt().forAll(values()).checkAssert(r -> r.percent().ifPresent(shown -> {
      BigDecimal exact = BigDecimal.valueOf(r.numerator()).multiply(BigDecimal.valueOf(100));
      BigDecimal error = shown.multiply(BigDecimal.valueOf(r.denominator())).subtract(exact).abs();
      assertThat(error).as("|%s%% - exact| <= 0.05 points", shown)
          .isLessThanOrEqualTo(HALF_DIGIT.multiply(BigDecimal.valueOf(r.denominator())));
    }));
  }

  @Test
  void bothRoundingRulesAgreeExceptOnExactHalves() {
    qt().forAll(values()).checkAssert(r -> {
      if (r.isDefined()) {
        BigDecimal up = r.percent(1, RoundingRule.HALF_UP).orElseThrow();
        BigDecimal even = r.percent(1, RoundingRule.HALF_EVEN).orElseThrow();
        assertThat(up.subtract(even).abs()).as("%s: half-up and half-even differ by at most one digit", r)
            .isLessThanOrEqualTo(new BigDecimal("0.1"));
      }
    });
  }

  @Test
  void parseReadsBackToString() {
    qt().forAll(values()).checkAssert(r -> assertThat(Ratio.parse(r.toString())).as("parse(%s)", r).isEqualTo(r));
  }

  @Test
  void mergingKeepsTheValueBetweenTheParts() {
    qt().forAll(parts(), parts()).checkAssert((a, b) -> {
      if (a.isDefined() && b.isDefined()) {
        BigDecimal merged = a.plus(b).exactValue().orElseThrow();
        BigDecimal low = a.exactValue().orElseThrow().min(b.exactValue().orElseThrow());
        BigDecimal high = a.exactValue().orElseThrow().max(b.exactValue().orElseThrow());
        // exactValue rounds non-terminating values at 34 digits: allow that last digit.
        BigDecimal slack = new BigDecimal("1e-30");
        assertThat(merged).as("%s + %s lies between them", a, b).isBetween(low.subtract(slack), high.add(slack));
      }
    });
  }
}
