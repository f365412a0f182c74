package org.unionkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Interval;
import org.unionkit.model.IntervalRules;
import org.unionkit.model.Money;
import org.unionkit.model.Qualifier;
import org.unionkit.model.Quantity;
import org.unionkit.model.RoundingAssumption;

/** Invariants of quantities, their intervals and money arithmetic. */
class QuantityProperties {
  /** Qualifiers whose written value bounds the interval without belonging to it. */
  private static final Set<Qualifier> STRICT = EnumSet.of(Qualifier.OVER, Qualifier.EXCEEDING, Qualifier.UNDER,
      Qualifier.BELOW, Qualifier.NEARLY);

  @Test
  void intervalContainsTheWrittenValueOrIsBoundedByIt() {
    qt().withExamples(1000).forAll(Generated.by(UnionGenerators::quantity)).checkAssert(q -> {
      Interval interval = q.interval();
      if (STRICT.contains(q.qualifier())) {
        assertThat(interval.contains(q.value())).as("%s excludes its written bound", q).isFalse();
        boolean isEnd = interval.lower().compareTo(q.value()) == 0
            || interval.upper().map(u -> u.compareTo(q.value()) == 0).orElse(false);
        assertThat(isEnd).as("%s: %s has the written value as an end", q, interval).isTrue();
      } else {
        assertThat(interval.contains(q.value())).as("%s: %s contains %s", q, interval, q.value()).isTrue();
      }
    });
  }

  @Test
  void exactFiguresAreAPointWhenNothingIsRounded() {
    IntervalRules never = IntervalRules.defaults().withRounding(RoundingAssumption.NEVER_ROUNDED);
    qt().forAll(Generated.by(g -> g.quantity().withQualifier(Qualifier.EXACT))).checkAssert(q -> assertThat(q.interval(never)).as("%s never rounded", q).isEqualTo(Interval.point(q.value())));
  }

  @Test
  void roundedIntervalIsNeverNarrowerThanTheExactOne() {
    IntervalRules always = IntervalRules.defaults().withRounding(RoundingAssumption.ALWAYS_ROUNDED);
    qt().forAll(Generated.by(UnionGenerators::quantity)).checkAssert(q -> {
      Interval rounded = q.interval(always);
      Interval exact = q.interval(IntervalRules.defaults().withRounding(RoundingAssumption.NEVER_ROUNDED));
      assertThat(rounded.lower()).as("%s lower end", q).isLessThanOrEqualTo(exact.lower());
    });
  }

  @Test
  void sumOfIntervalsContainsEverySumOfMembers() {
    qt().forAll(Generated.by(UnionGenerators::interval), Generated.by(UnionGenerators::interval))
        .checkAssert((a, b) -> {
          Interval sum = a.plus(b);
          for (BigDecimal x : insidePoints(a)) {
            for (BigDecimal y : insidePoints(b)) {
              assertThat(sum.contains(x.add(y))).as("%s + %s contains %s + %s", a, b, x, y).isTrue();
            }
          }
        });
  }

  @Test
  void moneyAdditionIsCommutativeAssociativeWithZero() {
    qt().forAll(Generated.by(UnionGenerators::money), Generated.by(UnionGenerators::money),
        Generated.by(UnionGenerators::money)).checkAssert((a, b, c) -> {
          assertThat(a.plus(b)).as("a + b = b + a").isEqualTo(b.plus(a));
          assertThat(a.plus(b).plus(c)).as("(a + b) + c = a + (b + c)").isEqualTo(a.plus(b.plus(c)));
          assertThat(a.plus(Money.zero())).as("a + 0 = a").isEqualTo(a);
          assertThat(a.plus(b).minus(b)).as("a + b - b = a").isEqualTo(a);
        });
  }

  /** Points that lie in the interval: its closed ends and a point between. */
  private static Set<BigDecimal> insidePoints(Interval interval) {
    BigDecimal lower = interval.lower();
    BigDecimal upper = interval.upper().orElse(lower.add(BigDecimal.TEN));
    Set<BigDecimal> points = new HashSet<>();
    points.add(lower.add(upper).divide(BigDecimal.valueOf(2)));
    if (interval.isLowerClosed()) {
      points.add(lower);
    }
    if (interval.isUpperClosed()) {
      points.add(upper);
    }
    points.removeIf(p -> !interval.contains(p));
    return points;
  }
}
