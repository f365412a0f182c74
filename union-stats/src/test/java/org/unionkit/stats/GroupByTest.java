package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.stats.StatsFixtures.region;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionkit.model.Dataset;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.IndustrySection;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;
import org.unionkit.model.RegionLevel;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;

/**
 * Groupings of the province of {@link StatsFixtures}, plus U4: a collective unit's union of 50 staff under
 * HB with no recorded region, and its member M7 (高级工, employee).
 */
class GroupByTest {
  private static final ReportingPeriod ALL_TIME = CountOptions.allTime().period();
  private static final Organisation U4 = StatsFixtures.grassroots("U4", "HB", Ownership.COLLECTIVE, 50).build();
  private static final Member M7 = StatsFixtures.employee("M7", "U4", SkillLevel.SENIOR_WORKER);
  private static final Dataset DATASET = Dataset.builder().addAllOrganisations(StatsFixtures.ORGANISATIONS)
      .addOrganisations(U4).addAllMembers(StatsFixtures.MEMBERS).addMembers(M7)
      .addAllContracts(StatsFixtures.CONTRACTS).build();

  private static Tally sum(GroupBy.Groups<?> groups) {
    Tally total = groups.unknown();
    for (Tally t : groups.groups().values()) {
      total = total.plus(t);
    }
    return total;
  }

  @Test
  void organisationsByPrefectureTakeTheirMembersAndContracts() {
    GroupBy.Groups<Region> groups = GroupBy.organisations(DATASET, ALL_TIME, GroupBy.region(RegionLevel.PREFECTURE));

    assertThat(groups.groups().keySet()).as("prefectures, in code order")
        .containsExactly(region("130100"), region("130200"));
    // 130100: SJZ (M6), U1 (M1, M2; C1, C2), U2 (M3).
    assertThat(groups.groups().get(region("130100"))).as("石家庄").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 4).with(Measure.EMPLOYEE_MEMBERS, 4).with(Measure.SKILLED_MEMBERS, 4)
        .with(Measure.HIGH_SKILL_MEMBERS, 2).with(Measure.TECHNICIAN_OR_ABOVE_MEMBERS, 1)
        .with(Measure.UNIONISED_UNITS, 2).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 200)
        .with(Measure.CONTRACTS, 2).with(Measure.CONTRACT_COVERAGE_GROSS, 230).with(Measure.COVERED_EMPLOYEES, 120)
        .with(Measure.UNITS_WITH_CONTRACT, 1));
    // 130200: TS (C4 regional 1000), U3 (M4, M5; C3 300).
    assertThat(groups.groups().get(region("130200"))).as("唐山").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 2).with(Measure.EMPLOYEE_MEMBERS, 1).with(Measure.APPRENTICE_MEMBERS, 1)
        .with(Measure.NEW_EMPLOYMENT_MEMBERS, 1).with(Measure.COURIER_MEMBERS, 1)
        .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 300)
        .with(Measure.CONTRACTS, 2).with(Measure.CONTRACT_COVERAGE_GROSS, 1300).with(Measure.COVERED_EMPLOYEES, 1300)
        .with(Measure.UNITS_WITH_CONTRACT, 1));
    // Unknown: HB (a province, coarser than a prefecture; counts nothing) and U4 (no region) with M7.
    assertThat(groups.unknown()).as("unknown").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 1).with(Measure.EMPLOYEE_MEMBERS, 1).with(Measure.SKILLED_MEMBERS, 1)
        .with(Measure.HIGH_SKILL_MEMBERS, 1)
        .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 50));
  }

  @Test
  void organisationGroupsAddUpToTheWholeTally() {
    GroupBy.Groups<Region> groups = GroupBy.organisations(DATASET, ALL_TIME, GroupBy.region(RegionLevel.PREFECTURE));

    assertThat(sum(groups)).as("groups + unknown").isEqualTo(Tally.of(DATASET));
  }

  @Test
  void membersBySkillLevelWithoutALevelAreUnknown() {
    GroupBy.Groups<SkillLevel> groups = GroupBy.members(DATASET.members(), ALL_TIME, GroupBy.skillLevel());

    assertThat(groups.groups().keySet()).as("levels, in ladder order").containsExactly(SkillLevel.APPRENTICE,
        SkillLevel.JUNIOR_WORKER, SkillLevel.INTERMEDIATE_WORKER, SkillLevel.SENIOR_WORKER, SkillLevel.TECHNICIAN);
    assertThat(groups.groups().get(SkillLevel.APPRENTICE)).as("M4").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 1).with(Measure.EMPLOYEE_MEMBERS, 1).with(Measure.APPRENTICE_MEMBERS, 1)
        .with(Measure.NEW_EMPLOYMENT_MEMBERS, 1).with(Measure.COURIER_MEMBERS, 1));
    assertThat(groups.groups().get(SkillLevel.SENIOR_WORKER)).as("M1 and M7").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 2).with(Measure.EMPLOYEE_MEMBERS, 2).with(Measure.SKILLED_MEMBERS, 2)
        .with(Measure.HIGH_SKILL_MEMBERS, 2));
    assertThat(groups.groups().get(SkillLevel.TECHNICIAN)).as("M3").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 1).with(Measure.EMPLOYEE_MEMBERS, 1).with(Measure.SKILLED_MEMBERS, 1)
        .with(Measure.HIGH_SKILL_MEMBERS, 1).with(Measure.TECHNICIAN_OR_ABOVE_MEMBERS, 1));
    assertThat(groups.unknown()).as("M5, retired, no level").isEqualTo(Tally.empty().with(Measure.MEMBERS, 1));
  }

  @Test
  void memberGroupsAddUpToTheMemberTally() {
    GroupBy.Groups<SkillLevel> bySkill = GroupBy.members(DATASET.members(), ALL_TIME, GroupBy.skillLevel());
    GroupBy.Groups<EmploymentForm> byForm = GroupBy.members(DATASET.members(), ALL_TIME, GroupBy.employmentForm());

    assertThat(sum(bySkill)).as("by skill").isEqualTo(Tally.ofMembers(DATASET.members()));
    assertThat(sum(byForm)).as("by employment form").isEqualTo(Tally.ofMembers(DATASET.members()));
    assertThat(byForm.unknown()).as("every member has a form").isEqualTo(Tally.empty());
    assertThat(byForm.groups().keySet()).as("forms").containsExactly(EmploymentForm.STANDARD,
        EmploymentForm.DISPATCHED, EmploymentForm.COURIER);
  }

  @Test
  void organisationsBySizeBand() {
    GroupBy.Groups<SizeBand> groups = GroupBy.organisations(DATASET, ALL_TIME, GroupBy.sizeBand());

    // U4 50 and U2 80: 25-99; U1 120: 100-299; U3 300: 300-999; federations have no headcount.
    assertThat(groups.groups().keySet()).as("bands").containsExactly(SizeBand.FROM_25_TO_99,
        SizeBand.FROM_100_TO_299, SizeBand.FROM_300_TO_999);
    assertThat(groups.groups().get(SizeBand.FROM_25_TO_99).get(Measure.EMPLOYEES_OF_UNIONISED_UNITS))
        .as("25-99 staff").isEqualTo(130);
    assertThat(groups.groups().get(SizeBand.FROM_25_TO_99).get(Measure.MEMBERS)).as("25-99 members: M3, M6, M7")
        .isEqualTo(3);
    // Unknown: HB, SJZ and TS (C4).
    assertThat(groups.unknown()).as("federations").isEqualTo(Tally.empty()
        .with(Measure.CONTRACTS, 1).with(Measure.CONTRACT_COVERAGE_GROSS, 1000)
        .with(Measure.COVERED_EMPLOYEES, 1000));
    assertThat(sum(groups)).as("groups + unknown").isEqualTo(Tally.of(DATASET));
  }

  @Test
  void organisationsByOwnershipAndIndustrySection() {
    GroupBy.Groups<Ownership> byOwnership = GroupBy.organisations(DATASET, ALL_TIME, GroupBy.ownership());
    GroupBy.Groups<IndustrySection> bySection = GroupBy.organisations(DATASET, ALL_TIME, GroupBy.industrySection());

    assertThat(byOwnership.groups().keySet()).as("ownerships")
        .containsExactly(Ownership.STATE_OWNED, Ownership.COLLECTIVE, Ownership.PRIVATE);
    assertThat(byOwnership.groups().get(Ownership.PRIVATE).get(Measure.UNIONISED_UNITS)).as("private: U1, U3")
        .isEqualTo(2);
    assertThat(bySection.groups().keySet()).as("sections: only U1 records one").containsExactly(IndustrySection.C);
    assertThat(bySection.groups().get(IndustrySection.C).get(Measure.MEMBERS)).as("C: M1, M2").isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource({
      "130102, PREFECTURE, 130100",
      "130100, PREFECTURE, 130100",
      "130000, PREFECTURE, ''",
      "130102, PROVINCE,   130000",
      "130100, PROVINCE,   130000",
      "130102, COUNTY,     130102",
      "130100, COUNTY,     ''"})
  void regionKeyAtALevel(String code, RegionLevel level, String expected) {
    Organisation organisation = StatsFixtures.organisation("X", "某工会", OrganisationKind.GRASSROOTS_UNION)
        .region(region(code)).build();

    Optional<Region> key = GroupBy.region(level).apply(organisation);

    assertThat(key).as("key").isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(region(expected)));
  }

  @Test
  void regionKeyOfAnOrganisationWithoutARegionIsAbsent() {
    assertThat(GroupBy.region(RegionLevel.PROVINCE).apply(U4)).as("no region").isEmpty();
  }

  @Test
  void tableHasAnUnknownRowOnlyWhenUnknownIsNonEmpty() {
    GroupBy.Groups<SkillLevel> bySkill = GroupBy.members(DATASET.members(), ALL_TIME, GroupBy.skillLevel());
    // Without U4, every organisation lies in 130000.
    GroupBy.Groups<Region> byProvince = GroupBy.organisations(StatsFixtures.province(), ALL_TIME,
        GroupBy.region(RegionLevel.PROVINCE));

    IndicatorTable skillTable = bySkill.table(SkillLevel::chinese, List.of(Indicators.HIGH_SKILL_RATIO));
    IndicatorTable provinceTable = byProvince.table(Region::code, List.of(Indicators.HIGH_SKILL_RATIO));

    assertThat(skillTable.rows()).as("skill rows")
        .containsExactly("学徒工", "初级工", "中级工", "高级工", "技师", "(unknown)");
    assertThat(skillTable.cell(5, 0)).as("M5 has no skill").isEqualTo(Ratio.of(0, 0));
    assertThat(skillTable.cell(3, 0)).as("高级工: 2 of 2").isEqualTo(Ratio.of(2, 2));
    assertThat(byProvince.unknown()).as("every organisation lies in 130000").isEqualTo(Tally.empty());
    assertThat(provinceTable.rows()).as("province rows").containsExactly("130000");
    assertThat(provinceTable.cell(0, 0)).as("130000: high skill M1 M3 of skilled M1 M2 M3 M6")
        .isEqualTo(Ratio.of(2, 4));
  }
}
