package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Dataset;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Member;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;

/** Bounds and monotonicity of every indicator family, over generated datasets. */
class IndicatorProperties {

  /** Whether {@code a <= b}, compared exactly; undefined ratios compare as neither lower nor higher. */
  private static boolean notAbove(Ratio a, Ratio b) {
    if (!a.isDefined() || !b.isDefined()) {
      return true;
    }
    return BigInteger.valueOf(a.numerator()).multiply(BigInteger.valueOf(b.denominator()))
        .compareTo(BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator()))) <= 0;
  }

  private static void assertWithinZeroAndOne(Indicator indicator, Tally tally) {
    Ratio r = indicator.compute(tally);
    if (r.isDefined()) {
      assertThat(r.numerator()).as("%s: numerator of %s", indicator.id(), r).isBetween(0L, r.denominator());
    }
  }

  private static Tally with(Tally tally, Member member) {
    return tally.plus(Tally.ofMembers(List.of(member)));
  }

  private static OrganisationId anyUnion(Dataset dataset) {
    return dataset.organisations().get(dataset.organisations().size() - 1).id();
  }

  // ---- skills -------------------------------------------------------------------------------------

  @Test
  void skillSharesLieBetweenZeroAndOne() {
    qt().forAll(Generated.datasets()).checkAssert(d -> {
      Tally t = Tally.of(d);
      for (Indicator i : List.of(Indicators.HIGH_SKILL_RATIO, Indicators.HIGH_SKILL_RATIO_WITH_APPRENTICES,
          Indicators.TECHNICIAN_SHARE)) {
        assertWithinZeroAndOne(i, t);
      }
    });
  }

  @Test
  void addingAHighSkillMemberNeverLowersTheHighSkillRatio() {
    qt().forAll(Generated.datasets(), Generated.by(g -> g)).checkAssert((d, g) -> {
      Tally before = Tally.of(d);
      Member expert = g.member(anyUnion(d)).withSkillLevel(SkillLevel.TECHNICIAN);
      assertThat(notAbove(Indicators.HIGH_SKILL_RATIO.compute(before),
          Indicators.HIGH_SKILL_RATIO.compute(with(before, expert)))).as("ratio after adding a technician").isTrue();
    });
  }

  @Test
  void addingAnApprenticeLowersOnlyTheRatioThatCountsApprentices() {
    qt().forAll(Generated.datasets(), Generated.by(g -> g)).checkAssert((d, g) -> {
      Tally before = Tally.of(d);
      Tally after = with(before, g.member(anyUnion(d)).withSkillLevel(SkillLevel.APPRENTICE));
      assertThat(Indicators.HIGH_SKILL_RATIO.compute(after)).as("default ratio leaves apprentices out")
          .isEqualTo(Indicators.HIGH_SKILL_RATIO.compute(before));
      assertThat(notAbove(Indicators.HIGH_SKILL_RATIO_WITH_APPRENTICES.compute(after),
          Indicators.HIGH_SKILL_RATIO_WITH_APPRENTICES.compute(before))).as("ratio with apprentices").isTrue();
    });
  }

  // ---- membership and density ---------------------------------------------------------------------

  @Test
  void densityLiesBetweenZeroAndOneWhenEmployeesIncludeTheMembers() {
    qt().forAll(Generated.datasets(), longs().between(0, 1_000_000)).checkAssert((d, extra) -> {
      Tally t = Tally.of(d);
      Tally supplied = t.with(Measure.EMPLOYEES_IN_SCOPE, t.get(Measure.MEMBERS) + extra);
      assertWithinZeroAndOne(Indicators.UNION_DENSITY, supplied);
      assertWithinZeroAndOne(Indicators.MEMBERSHIP_RATE_ALL_EMPLOYEES, supplied);
    });
  }

  @Test
  void aNonMemberEmployeeNeverRaisesDensityAndAnEmployeeMemberNeverLowersIt() {
    qt().forAll(Generated.datasets(), longs().between(0, 1_000_000), Generated.by(g -> g))
        .checkAssert((d, extra, g) -> {
          Tally t = Tally.of(d);
          Tally base = t.with(Measure.EMPLOYEES_IN_SCOPE, t.get(Measure.MEMBERS) + extra);
          Tally moreEmployees = base.with(Measure.EMPLOYEES_IN_SCOPE, base.get(Measure.EMPLOYEES_IN_SCOPE) + 1);
          assertThat(notAbove(Indicators.UNION_DENSITY.compute(moreEmployees), Indicators.UNION_DENSITY.compute(base)))
              .as("a non-member employee").isTrue();
          Member joiner = g.member(anyUnion(d)).withWorkRelation(WorkRelation.EMPLOYEE);
          Tally joined = with(moreEmployees, joiner);
          assertThat(notAbove(Indicators.UNION_DENSITY.compute(moreEmployees), Indicators.UNION_DENSITY.compute(joined)))
              .as("that employee joining").isTrue();
        });
  }

  @Test
  void retiredMembersDoNotCountTowardsDensity() {
    qt().forAll(Generated.datasets(), Generated.by(g -> g)).checkAssert((d, g) -> {
      Tally base = Tally.of(d).with(Measure.EMPLOYEES_IN_SCOPE, 1_000_000);
      Tally after = with(base, g.member(anyUnion(d)).withWorkRelation(WorkRelation.RETIRED));
      assertThat(Indicators.UNION_DENSITY.compute(after)).as("density").isEqualTo(Indicators.UNION_DENSITY.compute(base));
      assertThat(notAbove(Indicators.MEMBERSHIP_RATE_UNIONISED_UNITS.compute(base),
          Indicators.MEMBERSHIP_RATE_UNIONISED_UNITS.compute(after))).as("membership rate counts every member").isTrue();
    });
  }

  // ---- organising and bargaining ------------------------------------------------------------------

  @Test
  void establishmentRateAndBuildingRateLieBetweenZeroAndOne() {
    qt().forAll(Generated.datasets(), longs().between(0, 1000)).checkAssert((d, extra) -> {
      Tally t = Tally.of(d);
      assertWithinZeroAndOne(Indicators.CONTRACT_ESTABLISHMENT_RATE, t);
      assertWithinZeroAndOne(Indicators.UNION_BUILDING_RATE,
          t.with(Measure.UNITS_IN_SCOPE, t.get(Measure.UNIONISED_UNITS) + extra));
    });
  }

  @Test
  void narrowingTheScopeNeverAddsUnitsOrMembers() {
    qt().forAll(Generated.datasets(), longs().between(0, 3000)).checkAssert((d, minimum) -> {
      Tally all = RollUp.of(d).subtree(d.organisations().get(0).id());
      Tally narrow = RollUp.of(d.tree(), d.members(), d.contracts(), CountOptions.allTime().withScope(Scope.all().withNonPublic().withMinEmployees(minimum)))
          .subtree(d.organisations().get(0).id());
      for (Measure m : List.of(Measure.UNIONISED_UNITS, Measure.MEMBERS, Measure.COVERED_EMPLOYEES)) {
        assertThat(narrow.get(m)).as("%s with at least %d staff", m, minimum).isLessThanOrEqualTo(all.get(m));
      }
    });
  }

  @Test
  void anotherContractNeverLowersCoverageAndAdjustedCoverageIsNeverBelowUnadjusted() {
    qt().forAll(Generated.datasets(), Generated.by(g -> g), longs().between(0, 100_000)).checkAssert((d, g, without) -> {
      List<CollectiveContract> more = new ArrayList<>(d.contracts());
      more.add(g.contract(d.organisations().get(d.organisations().size() - 1)));
      long before = Tally.ofContracts(d.contracts()).get(Measure.COVERED_EMPLOYEES);
      assertThat(Tally.ofContracts(more).get(Measure.COVERED_EMPLOYEES)).as("coverage after one more contract")
          .isGreaterThanOrEqualTo(before);
      Tally t = Tally.of(d).with(Measure.EMPLOYEES_IN_SCOPE, before + 2 * without)
          .with(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT, without);
      assertThat(notAbove(Indicators.BARGAINING_COVERAGE.compute(t), Indicators.BARGAINING_COVERAGE_ADJUSTED.compute(t)))
          .as("adjusted coverage removes employees from the denominator only").isTrue();
      assertWithinZeroAndOne(Indicators.BARGAINING_COVERAGE, t);
    });
  }

  // ---- new-employment groups ----------------------------------------------------------------------

  @Test
  void groupSharesAddUpToTheWholeAndEachLiesBetweenZeroAndOne() {
    qt().forAll(Generated.datasets()).checkAssert(d -> {
      Tally t = Tally.of(d);
      long numerators = 0;
      for (EmploymentForm group : EmploymentForm.values()) {
        if (group.isNewEmploymentGroup()) {
          Ratio share = Indicators.newEmploymentGroupShare(group).compute(t);
          assertWithinZeroAndOne(Indicators.newEmploymentGroupShare(group), t);
          assertThat(share.denominator()).as("%s over the new-employment members", group)
              .isEqualTo(t.get(Measure.NEW_EMPLOYMENT_MEMBERS));
          numerators += share.numerator();
        }
      }
      assertThat(numerators).as("the eight numerators").isEqualTo(t.get(Measure.NEW_EMPLOYMENT_MEMBERS));
      assertWithinZeroAndOne(Indicators.NEW_EMPLOYMENT_SHARE, t);
    });
  }

  @Test
  void aNewCourierNeverLowersTheCourierShare() {
    qt().forAll(Generated.datasets(), Generated.by(g -> g)).checkAssert((d, g) -> {
      Indicator couriers = Indicators.newEmploymentGroupShare(EmploymentForm.COURIER);
      Tally before = Tally.of(d);
      Tally after = with(before, g.member(anyUnion(d)).withEmploymentForm(EmploymentForm.COURIER));
      assertThat(notAbove(couriers.compute(before), couriers.compute(after))).as("courier share").isTrue();
    });
  }

  // ---- money and services -------------------------------------------------------------------------

  @Test
  void perUnitFiguresDoNotChangeWhenBothCountsScaleAlike() {
    qt().forAll(longs().between(0, 1_000_000_000L), longs().between(1, 1_000_000), longs().between(1, 1000))
        .checkAssert((money, cases, k) -> {
          Tally one = Tally.empty().with(Measure.MONEY_RECOVERED, money).with(Measure.LEGAL_AID_CASES, cases);
          Tally scaled = Tally.empty().with(Measure.MONEY_RECOVERED, money * k).with(Measure.LEGAL_AID_CASES, cases * k);
          Indicator perCase = Indicators.MONEY_RECOVERED_PER_CASE;
          assertThat(perCase.value(perCase.compute(scaled), RoundingRule.HALF_EVEN))
              .as("per-case value under scaling by %d", k).isEqualTo(perCase.value(perCase.compute(one), RoundingRule.HALF_EVEN));
        });
  }

  @Test
  void serviceRatesAreUndefinedExactlyWithoutCases() {
    qt().forAll(longs().between(0, 1000), longs().between(0, 1000), longs().between(0, 1000))
        .checkAssert((studios, cases, settled) -> {
          Tally t = Tally.empty().with(Measure.MEDIATION_STUDIOS, studios).with(Measure.MEDIATION_CASES, cases + settled)
              .with(Measure.MEDIATION_SUCCESSES, settled);
          assertThat(Indicators.MEDIATION_CASES_PER_STUDIO.compute(t).isDefined()).as("per studio").isEqualTo(studios > 0);
          assertThat(Indicators.MEDIATION_SUCCESS_RATE.compute(t).isDefined()).as("success rate")
              .isEqualTo(cases + settled > 0);
          assertWithinZeroAndOne(Indicators.MEDIATION_SUCCESS_RATE, t);
        });
  }

  @Test
  void growthHasTheSignOfTheChangeAndIsZeroWithoutOne() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000)).checkAssert((before, after) -> {
      Ratio growth = Indicators.growth(Measure.MEMBERS, Tally.empty().with(Measure.MEMBERS, before),
          Tally.empty().with(Measure.MEMBERS, after));
      assertThat(growth.isDefined()).as("defined").isEqualTo(before > 0);
      assertThat(Long.signum(growth.numerator())).as("sign of growth").isEqualTo(Long.compare(after, before));
    });
  }
}
