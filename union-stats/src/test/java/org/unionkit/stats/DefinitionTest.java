package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The definition catalogue: codes as files write them, comparability, and what differs. */
class DefinitionTest {
  @Test
  void findsIlostatCodesWithOrWithoutTheirFrequency() {
    assertThat(Definition.ofCode("ILR_TUMT_NOC_RT_A")).as("annual code").map(Definition::code)
        .contains("ILR_TUMT_NOC_RT");
    assertThat(Definition.ofCode("ilr_cbct_noc_rt")).as("any case").map(Definition::code).contains("ILR_CBCT_NOC_RT");
    assertThat(Definition.ofCode("ILR_TUMT_NOC_NB_Q")).as("quarterly count").map(Definition::concept)
        .contains(Concept.UNION_MEMBERSHIP);
    assertThat(Definition.ofCode("ILR_TUMT_NOC_RT_X")).as("no such frequency").isEmpty();
    assertThat(Definition.ofCode("EMP_TEMP_SEX_AGE_NB")).as("another indicator").isEmpty();
  }

  @Test
  void readsTheOecdMeasuresAsIctwssVariables() {
    assertThat(Definition.ofCode("TUD")).map(Definition::code).contains("UD");
    assertThat(Definition.ofCode("CBC")).map(Definition::code).contains("AdjCov");
    assertThat(Definition.ofCode("unadjcov")).map(Definition::code).contains("UnadjCov");
  }

  @Test
  void unionDensityMatchesIlostatAndMembershipRatesDoNot() {
    Definition density = Definition.of(Indicators.UNION_DENSITY).orElseThrow();
    Definition ilo = Definition.ofCode("ILR_TUMT_NOC_RT").orElseThrow();
    assertThat(density.ilostat()).as("density's ILOSTAT code").contains(ilo);
    assertThat(density.differences(ilo)).as("nothing to change").isEmpty();
    assertThat(Definition.ofCode("UD").orElseThrow().isComparable(ilo)).as("ICTWSS UD is ILO density").isTrue();
    Definition rate = Definition.of(Indicators.MEMBERSHIP_RATE_UNIONISED_UNITS).orElseThrow();
    assertThat(rate.ilostat()).as("入会率 has no ILOSTAT code").isEmpty();
    assertThat(rate.differences(ilo)).as("both sides of 入会率 differ").containsExactly(
        "above the line: count union members who are employees (在职职工会员), not all members, retired, unemployed "
            + "and self-employed included (全部会员（含离退休等）)",
        "below the line: count all employees (全部职工（雇员）), not employees of units with a union only (建会单位职工)");
  }

  @Test
  void adjustedCoverageIsIlostatsAndUnadjustedDiffersBelowTheLine() {
    Definition ilo = Definition.ofCode("ILR_CBCT_NOC_RT_A").orElseThrow();
    assertThat(Definition.of(Indicators.BARGAINING_COVERAGE_ADJUSTED).orElseThrow().ilostat()).contains(ilo);
    assertThat(Definition.ofCode("UnadjCov").orElseThrow().differences(ilo)).containsExactly(
        "below the line: count employees with the right to bargain (有集体协商权的职工), not all employees (全部职工（雇员）)");
    assertThat(Definition.ofCode("Level").orElseThrow().differences(ilo)).as("another concept")
        .containsExactly("measures bargaining level, not collective bargaining coverage");
  }

  @Test
  void indicatorsOfOtherConceptsHaveNoDefinition() {
    assertThat(Definition.of(Indicators.HIGH_SKILL_RATIO)).isEmpty();
    assertThat(Definition.all()).as("every unionkit definition names a catalogue indicator")
        .filteredOn(d -> d.series().equals("unionkit"))
        .allSatisfy(d -> assertThat(Indicators.all()).anyMatch(i -> i.id().equals(d.code())));
  }

  @Test
  void definitionsAreEqualBySeriesAndCode() {
    Definition ud = Definition.ofCode("UD").orElseThrow();
    assertThat(Definition.ofCode("tud")).as("the alias is the same definition").contains(ud);
    assertThat(ud.hashCode()).isEqualTo(Definition.ofCode("UD").orElseThrow().hashCode());
    assertThat(ud).isNotEqualTo(Definition.ofCode("ILR_TUMT_NOC_RT").orElseThrow());
    assertThat(ud.source()).contains("ICTWSS codebook 6.1");
    assertThat(ud.english()).startsWith("net union density");
    assertThat(Definition.ofCode("Level").orElseThrow()).hasToString(
        "ICTWSS Level: predominant level of wage bargaining (1 company ... 5 central)");
    assertThat(Definition.ofCode("ILR_TUMT_NOC_NB").orElseThrow()).hasToString(
        "ILOSTAT ILR_TUMT_NOC_NB: union members who are employees");
  }
}
