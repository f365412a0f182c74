package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Interval;

/** Every ratio of counts drawn from two intervals lies in their ratio range. */
class RatioRangeProperties {

  @Test
  void containsEveryRatioOfMembersOfTheIntervals() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000), longs().between(1, 1_000_000),
        longs().between(1, 1_000_000)).checkAssert((nLow, nWidth, dLow, dWidth) -> {
          Interval n = Interval.closedOpen(BigDecimal.valueOf(nLow), BigDecimal.valueOf(nLow + nWidth));
          Interval d = Interval.closedOpen(BigDecimal.valueOf(dLow), BigDecimal.valueOf(dLow + dWidth));
          RatioRange range = RatioRange.of(n, d);
          for (long x : new long[] {nLow, nLow + nWidth / 2, nLow + nWidth - 1}) {
            for (long y : new long[] {dLow, dLow + dWidth / 2, dLow + dWidth - 1}) {
              BigDecimal value = BigDecimal.valueOf(x).divide(BigDecimal.valueOf(y), MathContext.DECIMAL128);
              // A 34-digit quotient may round across an open end: test exactly representable points only.
              if (value.multiply(BigDecimal.valueOf(y)).compareTo(BigDecimal.valueOf(x)) == 0) {
                assertThat(range.contains(value)).as("%s contains %d/%d", range, x, y).isTrue();
              }
            }
          }
        });
  }

  @Test
  void excludesWhatNoPairOfMembersCanReach() {
    qt().forAll(integers().between(0, 1000), integers().between(1, 1000), integers().between(1, 1000))
        .checkAssert((n, d, width) -> {
          RatioRange range = RatioRange.of(Interval.point(BigDecimal.valueOf(n)),
              Interval.closedOpen(BigDecimal.valueOf(d), BigDecimal.valueOf(d + width)));
          BigDecimal above = BigDecimal.valueOf(n + 1L).divide(BigDecimal.valueOf(d), MathContext.DECIMAL128);
          assertThat(range.contains(above)).as("%s excludes (n + 1) / min d", range).isFalse();
          assertThat(range.contains(BigDecimal.valueOf(-1))).as("%s excludes -1", range).isFalse();
        });
  }

  @Test
  void printedRangeContainsTheExactRange() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000), longs().between(1, 1_000_000))
        .checkAssert((n, d, width) -> {
          RatioRange range = RatioRange.of(Interval.closed(BigDecimal.valueOf(n), BigDecimal.valueOf(n + width)),
              Interval.closed(BigDecimal.valueOf(d), BigDecimal.valueOf(d + width)));
          BigDecimal lowest = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d + width), MathContext.DECIMAL128);
          assertThat(range.lower(4).orElseThrow()).as("lower end rounded down").isLessThanOrEqualTo(lowest);
          BigDecimal highest = BigDecimal.valueOf(n + width).divide(BigDecimal.valueOf(d), MathContext.DECIMAL128);
          assertThat(range.upper(4).orElseThrow()).as("upper end rounded up").isGreaterThanOrEqualTo(highest);
        });
  }
}
