package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.unionkit.model.Interval;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;

/** What a comparison computes and writes, over generated counts: exact where the counts are, sound where not. */
class ComparisonProperties {
  private static final ReportingPeriod Y2020 = ReportingPeriod.ofYear(2020);

  /** Counts of a province: employee members within members, the unentitled within the employees, some zero. */
  private static Gen<Tally> tallies() {
    return longs().between(0, 2_000_000).zip(longs().between(0, 1_000), longs().between(0, 3_000_000),
        longs().between(0, 1_000), (members, share, employees, unentitled) -> Tally.empty()
            .with(Measure.MEMBERS, members).with(Measure.EMPLOYEE_MEMBERS, members * share / 1_000)
            .with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, employees / 2).with(Measure.COVERED_EMPLOYEES, employees / 3)
            .with(Measure.EMPLOYEES_IN_SCOPE, employees)
            .with(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT, employees * unentitled / 4_000));
  }

  private static Comparison.Subject subject(Tally tally) {
    return Comparison.Subject.ofRegion(Region.parse("130000"), "河北省总工会", Y2020, tally);
  }

  @Test
  void exactFiguresAreTheIndicatorsRatiosAndAreWrittenRoundedWithTheirCounts() {
    qt().forAll(tallies()).checkAssert(tally -> {
      Comparison.Subject subject = subject(tally);
      List<Observation> written = subject.observations();
      int defined = 0;
      for (Comparison.Figure figure : subject.figures()) {
        Ratio exact = figure.indicator().compute(tally);
        assertThat(figure.exact()).as("%s exact", figure.indicator().id()).contains(exact);
        assertThat(figure.range().isDefined()).as("defined as the ratio is").isEqualTo(exact.isDefined());
        if (exact.isDefined()) {
          Observation o = written.get(defined++);
          assertThat(o.value()).as("%s written", figure.indicator().id())
              .isEqualByComparingTo(figure.indicator().value(exact, RoundingRule.HALF_UP).orElseThrow());
          assertThat(o.notes()).extracting(Observation.Note::code).as("its counts")
              .startsWith("UKN:" + exact.numerator(), "UKD:" + exact.denominator());
        }
      }
      assertThat(written).as("one observation a defined figure").hasSize(defined);
    });
  }

  @Test
  void aSuppliedIntervalAroundTheCountGivesARangeAroundTheRatio() {
    qt().forAll(tallies(), longs().between(0, 50_000), longs().between(0, 50_000), longs().between(0, 5_000))
        .checkAssert((tally, below, above, around) -> {
          long employees = tally.get(Measure.EMPLOYEES_IN_SCOPE);
          long unentitled = tally.get(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT);
          if (employees < unentitled + around) {
            return; // the intervals could not hold the counts and keep the adjusted denominator positive
          }
          Comparison.Subject supplied = subject(tally)
              .withSupplied(Measure.EMPLOYEES_IN_SCOPE, Interval.closed(BigDecimal.valueOf(Math.max(employees - below,
                  unentitled + around)), BigDecimal.valueOf(employees + above)))
              .withSupplied(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT, Interval.closed(
                  BigDecimal.valueOf(Math.max(0, unentitled - around)), BigDecimal.valueOf(unentitled + around)));
          for (Comparison.Figure figure : supplied.figures()) {
            Ratio exact = figure.indicator().compute(tally);
            if (exact.isDefined() && figure.exact().isEmpty()) {
              BigDecimal value = BigDecimal.valueOf(exact.numerator()).divide(BigDecimal.valueOf(exact.denominator()),
                  20, RoundingMode.HALF_UP);
              // A 20-digit quotient may round across an open end: test exactly representable ratios only.
              if (value.multiply(BigDecimal.valueOf(exact.denominator())).compareTo(
                  BigDecimal.valueOf(exact.numerator())) == 0) {
                assertThat(figure.range().contains(value)).as("%s: %s holds %s", figure.indicator().id(),
                    figure.range(), exact).isTrue();
              }
            }
          }
        });
  }

  @Test
  void aSeriesFigureIsConsistentWithTheCountsItRoundsAndInconsistentOneStepAway() {
    qt().forAll(tallies(), integers().between(0, 3)).checkAssert((tally, decimals) -> {
      Ratio density = Indicators.UNION_DENSITY.compute(tally);
      if (!density.isDefined()) {
        return;
      }
      BigDecimal rounded = density.percent(decimals, RoundingRule.HALF_UP).orElseThrow();
      BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-decimals);
      for (BigDecimal published : List.of(rounded, rounded.add(step))) {
        Observation o = new Observation("ILOSTAT", "CN-HE", "ILR_TUMT_NOC_RT_A", "2020", published, 0,
            ObservationStatus.NORMAL, "", List.of(), "", List.of());
        Comparison comparison = Comparison.of(subject(tally), List.of(o));
        assertThat(comparison.checks()).as("the province's density against %s", published).singleElement()
            .extracting(Comparison.Check::verdict)
            .isEqualTo(published == rounded ? Verdict.CONSISTENT : Verdict.INCONSISTENT);
      }
    });
  }
}
