package org.unionkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Locale;
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
import org.unionkit.model.Unit;

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

  /** n written in Chinese numerals the standard way: 一万零五, 一千零一十, 十二万三千四百 (a reference writer). */
  private static String chinese(long n) {
    if (n == 0) {
      return "零";
    }
    long[] groups = {n / 100_000_000, n / 10_000 % 10_000, n % 10_000};
    String[] names = {"亿", "万", ""};
    StringBuilder text = new StringBuilder();
    for (int g = 0; g < 3; g++) {
      if (groups[g] == 0) {
        continue;
      }
      if (text.length() > 0 && groups[g] < 1000) {
        text.append('零');
      }
      text.append(section(groups[g])).append(names[g]);
    }
    return text.toString();
  }

  private static String section(long n) {
    String digits = "零一二三四五六七八九";
    long[] places = {1000, 100, 10, 1};
    String[] names = {"千", "百", "十", ""};
    StringBuilder text = new StringBuilder();
    boolean gap = false;
    for (int p = 0; p < 4; p++) {
      int d = (int) (n / places[p] % 10);
      if (d == 0) {
        gap = text.length() > 0;
      } else {
        text.append(gap ? "零" : "").append(digits.charAt(d)).append(names[p]);
        gap = false;
      }
    }
    return text.toString();
  }

  /** n in digits with the multiplier of its largest group, as {@link Quantity#toString()} writes Chinese numerals. */
  private static String digits(long n) {
    int power = n >= 100_000_000 ? 8 : n >= 10_000 ? 4 : 0;
    BigDecimal number = BigDecimal.valueOf(n).movePointLeft(power).stripTrailingZeros();
    return (number.scale() < 0 ? number.setScale(0) : number).toPlainString()
        + (power == 8 ? "亿" : power == 4 ? "万" : "");
  }

  @Test
  void chineseNumeralsParseToTheQuantityAndIntervalOfTheirDigits() {
    qt().withExamples(1000).forAll(longs().between(0, 999_999_999_999L),
        integers().between(0, 3)).checkAssert((n, form) -> {
          String prefix = form == 1 ? "约" : "";
          String suffix = form == 2 ? "人以上" : form == 3 ? "宗" : "人";
          Quantity written = Quantity.parse(prefix + chinese(n) + suffix);
          Quantity inDigits = Quantity.parse(prefix + digits(n) + suffix);
          assertThat(written).as("%s against %s", chinese(n), digits(n)).isEqualTo(inDigits);
          assertThat(written.interval()).as("the interval of %s", chinese(n)).isEqualTo(inDigits.interval());
        });
  }

  @Test
  void fullWidthAndHalfWidthSpellingsAreEqual() {
    qt().withExamples(1000).forAll(Generated.by(UnionGenerators::quantity)).checkAssert(q -> {
      StringBuilder full = new StringBuilder();
      q.toString().chars().forEach(c -> full.append((char) (c >= '!' && c <= '~' ? c + 0xFEE0 : c)));
      assertThat(Quantity.parse(full)).as("%s written full-width", full).isEqualTo(q);
    });
  }

  @Test
  void thousandsSeparatorsChangeNothing() {
    qt().forAll(longs().between(0, Long.MAX_VALUE / 10_000)).checkAssert(n -> {
      String grouped = String.format(Locale.ROOT, "%,d人", n);
      assertThat(Quantity.parse(grouped)).as(grouped).isEqualTo(Quantity.of(n, Unit.PERSON));
    });
  }
}
