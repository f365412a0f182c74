package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionkit.model.EmploymentForm;

class IndicatorsTest {

  /** The eight new-employment groups, named here rather than derived. */
  private static final List<EmploymentForm> GROUPS = List.of(EmploymentForm.TRUCK_DRIVER, EmploymentForm.COURIER,
      EmploymentForm.SECURITY_GUARD, EmploymentForm.DOMESTIC_WORKER, EmploymentForm.FOOD_DELIVERY_RIDER,
      EmploymentForm.CARE_WORKER, EmploymentForm.MALL_INFORMATION_WORKER, EmploymentForm.ESTATE_AGENT);

  static Stream<Indicator> catalogue() {
    return Indicators.all().stream();
  }

  @Test
  void catalogueHoldsEveryNamedIndicatorAndTheEightGroupShares() {
    List<Indicator> expected = new ArrayList<>(List.of(Indicators.HIGH_SKILL_RATIO,
        Indicators.HIGH_SKILL_RATIO_WITH_APPRENTICES, Indicators.TECHNICIAN_SHARE, Indicators.SKILLED_PER_EMPLOYEE,
        Indicators.UNION_DENSITY, Indicators.MEMBERSHIP_RATE_UNIONISED_UNITS,
        Indicators.MEMBERSHIP_RATE_ALL_EMPLOYEES, Indicators.UNION_BUILDING_RATE, Indicators.BARGAINING_COVERAGE,
        Indicators.BARGAINING_COVERAGE_ADJUSTED, Indicators.CONTRACT_ESTABLISHMENT_RATE,
        Indicators.WORKERS_PER_CONTRACT, Indicators.WORKERS_PER_SIGNED_CONTRACT, Indicators.NEW_EMPLOYMENT_SHARE,
        Indicators.NEW_EMPLOYMENT_SHARE_OF_NEW_MEMBERS, Indicators.PLATFORM_REGISTRATION_RATE,
        Indicators.PLATFORM_UNION_RATE, Indicators.SPENDING_SHARE, Indicators.MONEY_RECOVERED_PER_CASE,
        Indicators.MEDIATION_CASES_PER_STUDIO, Indicators.MEDIATION_SUCCESS_RATE, Indicators.ASSISTANCE_PER_PERSON));
    GROUPS.forEach(g -> expected.add(Indicators.newEmploymentGroupShare(g)));

    assertThat(Indicators.all()).as("catalogue").containsExactlyInAnyOrderElementsOf(expected);
    assertThat(Indicators.all().get(0)).as("skills come first").isEqualTo(Indicators.HIGH_SKILL_RATIO);
  }

  @Test
  void catalogueCannotBeChanged() {
    List<Indicator> all = Indicators.all();

    assertThatThrownBy(() -> all.add(Indicators.HIGH_SKILL_RATIO)).as("add")
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void idsAreUnique() {
    List<String> ids = Indicators.all().stream().map(Indicator::id).toList();

    assertThat(ids).as("ids").doesNotHaveDuplicates();
    assertThat(Indicators.HIGH_SKILL_RATIO.id()).as("documented id").isEqualTo("high-skill-ratio");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void everyIndicatorIsNamedSourcedAndNamesItsMeasures(Indicator indicator) {
    assertThat(indicator.id()).as("id").isNotBlank().doesNotContainAnyWhitespaces();
    assertThat(indicator.chinese()).as("Chinese name").isNotBlank()
        .matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
            "holds Chinese characters");
    assertThat(indicator.english()).as("English name").isNotBlank();
    assertThat(indicator.source()).as("source").isNotBlank();
    assertThat(indicator.unit()).as("unit").isNotNull();
    List<Measure> measures = new ArrayList<>();
    measures.addAll(indicator.numerator().added());
    measures.addAll(indicator.numerator().subtracted());
    measures.addAll(indicator.denominator().added());
    measures.addAll(indicator.denominator().subtracted());
    assertThat(measures).as("measures").isNotEmpty();
    for (Measure m : measures) {
      assertThat(indicator.formula()).as("formula of %s names %s", indicator.id(), m).contains(m.chinese());
    }
    assertThat(indicator.toString()).as("text").startsWith(indicator.id() + " ").contains(indicator.chinese())
        .contains(indicator.english()).contains(indicator.formula());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void everyIndicatorIsUndefinedOnAnEmptyTally(Indicator indicator) {
    Ratio ratio = indicator.compute(Tally.empty());

    assertThat(ratio.isDefined()).as("defined").isFalse();
    assertThat(indicator.value(ratio, RoundingRule.HALF_UP)).as("value").isEmpty();
    assertThat(indicator.display(ratio)).as("display").isEqualTo("undefined");
  }

  @Test
  void formulaAndTextOfTheHighSkillRatio() {
    assertThat(Indicators.HIGH_SKILL_RATIO.formula()).as("formula").isEqualTo("(高技能人才数) / (技能人才数)");
    assertThat(Indicators.HIGH_SKILL_RATIO).as("text")
        .hasToString("high-skill-ratio 高技能人才占比 (high-skill ratio) = (高技能人才数) / (技能人才数)");
    assertThat(Indicators.BARGAINING_COVERAGE_ADJUSTED.formula()).as("formula with a subtraction")
        .isEqualTo("(集体合同覆盖职工数) / (职工总数 − 无集体协商权职工数)");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EmploymentForm.class, names = {"TRUCK_DRIVER", "COURIER", "SECURITY_GUARD",
      "DOMESTIC_WORKER", "FOOD_DELIVERY_RIDER", "CARE_WORKER", "MALL_INFORMATION_WORKER", "ESTATE_AGENT"})
  void groupShareIsTheGroupOverNewEmploymentMembers(EmploymentForm group) {
    Indicator share = Indicators.newEmploymentGroupShare(group);

    assertThat(Indicators.all()).as("in the catalogue").contains(share);
    assertThat(share.numerator()).as("numerator").isEqualTo(Term.of(Measure.membersOf(group)));
    assertThat(share.denominator()).as("denominator").isEqualTo(Term.of(Measure.NEW_EMPLOYMENT_MEMBERS));
    assertThat(share.unit()).as("unit").isEqualTo(IndicatorUnit.PERCENT);
    assertThat(share.chinese()).as("Chinese name names the group").contains(group.chinese());
    assertThat(share.english()).as("English name names the group").contains(group.english());
    assertThat(share).as("same indicator each time").isSameAs(Indicators.newEmploymentGroupShare(group));
  }

  @Test
  void courierShareOfNewEmploymentMembers() {
    // 3 couriers among 12 new-employment members: 25.0%.
    Tally tally = Tally.empty().with(Measure.COURIER_MEMBERS, 3).with(Measure.NEW_EMPLOYMENT_MEMBERS, 12);
    Indicator share = Indicators.newEmploymentGroupShare(EmploymentForm.COURIER);

    assertThat(share.compute(tally)).as("ratio").isEqualTo(Ratio.of(3, 12));
    assertThat(share.display(share.compute(tally))).as("display").isEqualTo("25.0%");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EmploymentForm.class, names = {"STANDARD", "DISPATCHED", "PART_TIME"})
  void groupShareOfANonGroupIsRejected(EmploymentForm form) {
    assertThatThrownBy(() -> Indicators.newEmploymentGroupShare(form)).as("%s is not a group", form)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(form.name());
  }

  @Test
  void workersPerContractInHebei() {
    // 526万 covered over 5.1万 contracts: 5260000 / 51000 = 103.137... persons per contract.
    Tally tally = Tally.empty().with(Measure.CONTRACT_COVERAGE_GROSS, 5_260_000).with(Measure.CONTRACTS, 51_000);
    Ratio ratio = Indicators.WORKERS_PER_CONTRACT.compute(tally);

    assertThat(ratio).as("ratio").isEqualTo(Ratio.of(5_260_000, 51_000));
    assertThat(Indicators.WORKERS_PER_CONTRACT.value(ratio, RoundingRule.HALF_UP)).as("value")
        .contains(new BigDecimal("103.1"));
    assertThat(Indicators.WORKERS_PER_CONTRACT.display(ratio)).as("display").isEqualTo("103.1 人/份");
  }

  @Test
  void spendingShareInHebei() {
    Tally tally = Tally.empty().with(Measure.SERVICE_SPENDING, 792).with(Measure.TOTAL_SPENDING, 1000);
    Ratio ratio = Indicators.SPENDING_SHARE.compute(tally);

    assertThat(Indicators.SPENDING_SHARE.value(ratio, RoundingRule.HALF_UP)).as("value")
        .contains(new BigDecimal("79.2"));
    assertThat(Indicators.SPENDING_SHARE.display(ratio)).as("display").isEqualTo("79.2%");
  }

  @Test
  void moneyRecoveredPerLegalAidCaseInYuan() {
    // 2744万元 = 27,440,000 yuan = 2,744,000,000 fen over 486 cases:
    // 486 × 56460 = 27,439,560, remainder 440; 440 / 486 = 0.9053..., so 56460.91 yuan per case.
    Tally tally = Tally.empty().with(Measure.MONEY_RECOVERED, 2_744_000_000L).with(Measure.LEGAL_AID_CASES, 486);
    Indicator indicator = Indicators.MONEY_RECOVERED_PER_CASE;
    Ratio ratio = indicator.compute(tally);

    assertThat(ratio).as("ratio keeps fen").isEqualTo(Ratio.of(2_744_000_000L, 486));
    assertThat(indicator.value(ratio, RoundingRule.HALF_UP)).as("half-up").contains(new BigDecimal("56460.91"));
    assertThat(indicator.value(ratio, RoundingRule.HALF_EVEN)).as("half-even, not a half")
        .contains(new BigDecimal("56460.91"));
    assertThat(indicator.display(ratio)).as("display").isEqualTo("56460.91 元/件");
  }

  @Test
  void mediationCasesPerStudio() {
    // 776 cases in 129 studios: 129 × 6 = 774, so 6.0155... cases per studio.
    Tally tally = Tally.empty().with(Measure.MEDIATION_CASES, 776).with(Measure.MEDIATION_STUDIOS, 129);
    Ratio ratio = Indicators.MEDIATION_CASES_PER_STUDIO.compute(tally);

    assertThat(Indicators.MEDIATION_CASES_PER_STUDIO.value(ratio, RoundingRule.HALF_UP)).as("value")
        .contains(new BigDecimal("6.0"));
    assertThat(Indicators.MEDIATION_CASES_PER_STUDIO.display(ratio)).as("display").isEqualTo("6.0 件/个");
  }

  @Test
  void assistancePerPersonInYuan() {
    // 6800万元 = 6,800,000,000 fen over 140,000 persons: 485.714... yuan per person.
    Tally tally = Tally.empty().with(Measure.ASSISTANCE_MONEY, 6_800_000_000L).with(Measure.ASSISTED_PERSONS,
        140_000);

    assertThat(Indicators.ASSISTANCE_PER_PERSON.display(Indicators.ASSISTANCE_PER_PERSON.compute(tally)))
        .as("display").isEqualTo("485.71 元/人");
  }

  @Test
  void highSkillRatioWithApprenticesWidensTheDenominator() {
    // 247 high-skill, 909 skilled, 91 apprentices: 247/909 = 27.2% without, 247/1000 = 24.7% with.
    Tally tally = Tally.empty().with(Measure.HIGH_SKILL_MEMBERS, 247).with(Measure.SKILLED_MEMBERS, 909)
        .with(Measure.APPRENTICE_MEMBERS, 91);

    assertThat(Indicators.HIGH_SKILL_RATIO.compute(tally)).as("without").isEqualTo(Ratio.of(247, 909));
    assertThat(Indicators.HIGH_SKILL_RATIO_WITH_APPRENTICES.compute(tally)).as("with")
        .isEqualTo(Ratio.of(247, 1000));
    assertThat(Indicators.HIGH_SKILL_RATIO_WITH_APPRENTICES.display(Indicators.HIGH_SKILL_RATIO_WITH_APPRENTICES
        .compute(tally))).as("display").isEqualTo("24.7%");
  }

  @Test
  void adjustedCoverageSubtractsEmployeesWithoutABargainingRight() {
    // 300 covered over 1000 − 200 = 800 employees with a right to bargain: 37.5%; unadjusted 30.0%.
    Tally tally = Tally.empty().with(Measure.COVERED_EMPLOYEES, 300).with(Measure.EMPLOYEES_IN_SCOPE, 1000)
        .with(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT, 200);

    assertThat(Indicators.BARGAINING_COVERAGE_ADJUSTED.compute(tally)).as("adjusted").isEqualTo(Ratio.of(300, 800));
    assertThat(Indicators.BARGAINING_COVERAGE_ADJUSTED.display(Indicators.BARGAINING_COVERAGE_ADJUSTED
        .compute(tally))).as("adjusted display").isEqualTo("37.5%");
    assertThat(Indicators.BARGAINING_COVERAGE.compute(tally)).as("unadjusted").isEqualTo(Ratio.of(300, 1000));
  }

  @Test
  void adjustedCoverageWithNoEmployeesLeftIsUndefined() {
    Tally tally = Tally.empty().with(Measure.COVERED_EMPLOYEES, 300).with(Measure.EMPLOYEES_IN_SCOPE, 200)
        .with(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT, 200);

    assertThat(Indicators.BARGAINING_COVERAGE_ADJUSTED.compute(tally)).as("300 / (200 − 200)")
        .isEqualTo(Ratio.of(300, 0));
  }

  @Test
  void adjustedCoverageWithANegativeDenominatorIsRejected() {
    Tally tally = Tally.empty().with(Measure.COVERED_EMPLOYEES, 30).with(Measure.EMPLOYEES_IN_SCOPE, 100)
        .with(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT, 200);

    assertThatThrownBy(() -> Indicators.BARGAINING_COVERAGE_ADJUSTED.compute(tally)).as("100 − 200 < 0")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bargaining-coverage-adjusted")
        .hasMessageContaining("-100");
  }

  @Test
  void undefinedIndicatorDisplaysUndefined() {
    // Density needs the employees in scope, which no record holds: undefined until supplied.
    Tally counted = Tally.empty().with(Measure.EMPLOYEE_MEMBERS, 850);
    Ratio ratio = Indicators.UNION_DENSITY.compute(counted);

    assertThat(ratio).as("ratio").isEqualTo(Ratio.of(850, 0));
    assertThat(Indicators.UNION_DENSITY.display(ratio)).as("display").isEqualTo("undefined");
    assertThat(Indicators.UNION_DENSITY.display(Indicators.UNION_DENSITY.compute(counted.with(
        Measure.EMPLOYEES_IN_SCOPE, 1000)))).as("once supplied").isEqualTo("85.0%");
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "100, 105, 5.0",
      "100, 90,  -10.0",
      "100, 100, 0.0",
      "200, 201, 0.5",
      "5,   0,   -100.0"})
  void growthOfAMeasure(long previous, long current, String percent) {
    Ratio growth = Indicators.growth(Measure.MEMBERS, Tally.empty().with(Measure.MEMBERS, previous),
        Tally.empty().with(Measure.MEMBERS, current));

    assertThat(growth).as("ratio").isEqualTo(Ratio.of(current - previous, previous));
    assertThat(growth.percent()).as("percent").contains(new BigDecimal(percent));
  }

  @Test
  void growthFromZeroIsUndefined() {
    Ratio growth = Indicators.growth(Measure.MEMBERS, Tally.empty(), Tally.empty().with(Measure.MEMBERS, 5));

    assertThat(growth.isDefined()).as("defined").isFalse();
    assertThat(growth).as("text").hasToString("undefined (5/0)");
  }

  @Test
  void growthLooksAtTheNamedMeasureOnly() {
    Tally previous = Tally.empty().with(Measure.MEMBERS, 100).with(Measure.SKILLED_MEMBERS, 40);
    Tally current = Tally.empty().with(Measure.MEMBERS, 120).with(Measure.SKILLED_MEMBERS, 50);

    assertThat(Indicators.growth(Measure.SKILLED_MEMBERS, previous, current)).as("skilled")
        .isEqualTo(Ratio.of(10, 40));
  }

  @Test
  void unitsShowTheirDecimals() {
    assertThat(Arrays.stream(IndicatorUnit.values()).map(u -> u.symbol() + " " + u.decimals()).toList())
        .as("units").containsExactly("% 1", "人/份 1", "元/件 2", "元/人 2", "件/个 1");
  }
}
