package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionkit.stats.StatsFixtures.enterpriseContract;
import static org.unionkit.stats.StatsFixtures.grassroots;
import static org.unionkit.stats.StatsFixtures.member;
import static org.unionkit.stats.StatsFixtures.organisation;
import static org.unionkit.stats.StatsFixtures.regionalContract;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractId;
import org.unionkit.model.ContractKind;
import org.unionkit.model.ContractScope;
import org.unionkit.model.Dataset;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Industry;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;

class TallyTest {

  /** One member of union U1, employed on a standard contract unless the test says otherwise. */
  private static Member.Builder memberOfU1(String id, WorkRelation relation, EmploymentForm form) {
    return member(id, "U1", relation, form);
  }

  @Test
  void membersAreCountedIntoEveryMemberMeasure() {
    List<Member> members = List.of(
        memberOfU1("M1", WorkRelation.EMPLOYEE, EmploymentForm.STANDARD).skillLevel(SkillLevel.SENIOR_WORKER).build(),
        memberOfU1("M2", WorkRelation.RETIRED, EmploymentForm.STANDARD).skillLevel(SkillLevel.TECHNICIAN).build(),
        memberOfU1("M3", WorkRelation.EMPLOYEE, EmploymentForm.COURIER).skillLevel(SkillLevel.APPRENTICE).build(),
        memberOfU1("M4", WorkRelation.EMPLOYEE, EmploymentForm.FOOD_DELIVERY_RIDER)
            .skillLevel(SkillLevel.JUNIOR_WORKER).build(),
        memberOfU1("M5", WorkRelation.SELF_EMPLOYED, EmploymentForm.TRUCK_DRIVER).build(),
        memberOfU1("M6", WorkRelation.UNEMPLOYED, EmploymentForm.DISPATCHED)
            .skillLevel(SkillLevel.INTERMEDIATE_WORKER).build(),
        memberOfU1("M7", WorkRelation.EMPLOYEE, EmploymentForm.PART_TIME).skillLevel(SkillLevel.CHIEF_TECHNICIAN)
            .build());

    // Employees: M1, M3, M4, M7. Skilled (apprentices out): M1, M2, M4, M6, M7. High skill: M1, M2, M7.
    // Technician or above: M2, M7. New-employment: M3 (courier), M4 (rider), M5 (truck driver).
    Tally expected = Tally.empty()
        .with(Measure.MEMBERS, 7)
        .with(Measure.EMPLOYEE_MEMBERS, 4)
        .with(Measure.SKILLED_MEMBERS, 5)
        .with(Measure.APPRENTICE_MEMBERS, 1)
        .with(Measure.HIGH_SKILL_MEMBERS, 3)
        .with(Measure.TECHNICIAN_OR_ABOVE_MEMBERS, 2)
        .with(Measure.NEW_EMPLOYMENT_MEMBERS, 3)
        .with(Measure.COURIER_MEMBERS, 1)
        .with(Measure.FOOD_DELIVERY_RIDER_MEMBERS, 1)
        .with(Measure.TRUCK_DRIVER_MEMBERS, 1);

    assertThat(Tally.ofMembers(members)).as("member tally").isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: skilled {1}, apprentice {2}, high skill {3}, technician or above {4}")
  @CsvSource({
      "APPRENTICE,           0, 1, 0, 0",
      "JUNIOR_WORKER,        1, 0, 0, 0",
      "INTERMEDIATE_WORKER,  1, 0, 0, 0",
      "SENIOR_WORKER,        1, 0, 1, 0",
      "TECHNICIAN,           1, 0, 1, 1",
      "SENIOR_TECHNICIAN,    1, 0, 1, 1",
      "PRINCIPAL_TECHNICIAN, 1, 0, 1, 1",
      "CHIEF_TECHNICIAN,     1, 0, 1, 1"})
  void skillLevelsOnTheLadder(SkillLevel level, long skilled, long apprentice, long highSkill, long technician) {
    Tally tally = Tally.ofMembers(List.of(
        memberOfU1("M1", WorkRelation.EMPLOYEE, EmploymentForm.STANDARD).skillLevel(level).build()));

    assertThat(tally.get(Measure.SKILLED_MEMBERS)).as("skilled").isEqualTo(skilled);
    assertThat(tally.get(Measure.APPRENTICE_MEMBERS)).as("apprentice").isEqualTo(apprentice);
    assertThat(tally.get(Measure.HIGH_SKILL_MEMBERS)).as("high skill").isEqualTo(highSkill);
    assertThat(tally.get(Measure.TECHNICIAN_OR_ABOVE_MEMBERS)).as("technician or above").isEqualTo(technician);
    assertThat(tally.get(Measure.MEMBERS)).as("members").isEqualTo(1);
  }

  @Test
  void memberWithoutASkillLevelCountsInNoSkillMeasure() {
    Tally tally = Tally.ofMembers(List.of(memberOfU1("M1", WorkRelation.EMPLOYEE, EmploymentForm.STANDARD).build()));

    assertThat(tally).as("tally").isEqualTo(Tally.empty().with(Measure.MEMBERS, 1).with(Measure.EMPLOYEE_MEMBERS, 1));
  }

  @ParameterizedTest(name = "{0}: employee members {1}")
  @CsvSource({"EMPLOYEE, 1", "RETIRED, 0", "UNEMPLOYED, 0", "SELF_EMPLOYED, 0"})
  void onlyEmployeesAreEmployeeMembers(WorkRelation relation, long employees) {
    Tally tally = Tally.ofMembers(List.of(memberOfU1("M1", relation, EmploymentForm.STANDARD).build()));

    assertThat(tally.get(Measure.MEMBERS)).as("members").isEqualTo(1);
    assertThat(tally.get(Measure.EMPLOYEE_MEMBERS)).as("employee members").isEqualTo(employees);
  }

  @ParameterizedTest(name = "{0} counts in {1}")
  @CsvSource({
      "TRUCK_DRIVER,            TRUCK_DRIVER_MEMBERS",
      "COURIER,                 COURIER_MEMBERS",
      "SECURITY_GUARD,          SECURITY_GUARD_MEMBERS",
      "DOMESTIC_WORKER,         DOMESTIC_WORKER_MEMBERS",
      "FOOD_DELIVERY_RIDER,     FOOD_DELIVERY_RIDER_MEMBERS",
      "CARE_WORKER,             CARE_WORKER_MEMBERS",
      "MALL_INFORMATION_WORKER, MALL_INFORMATION_WORKER_MEMBERS",
      "ESTATE_AGENT,            ESTATE_AGENT_MEMBERS"})
  void eachNewEmploymentGroupHasItsMeasure(EmploymentForm group, Measure measure) {
    Tally tally = Tally.ofMembers(List.of(memberOfU1("M1", WorkRelation.EMPLOYEE, group).build()));

    assertThat(tally).as("tally").isEqualTo(Tally.empty().with(Measure.MEMBERS, 1).with(Measure.EMPLOYEE_MEMBERS, 1)
        .with(Measure.NEW_EMPLOYMENT_MEMBERS, 1).with(measure, 1));
    assertThat(Measure.membersOf(group)).as("membersOf").isEqualTo(measure);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EmploymentForm.class, names = {"STANDARD", "DISPATCHED", "PART_TIME"})
  void otherEmploymentFormsAreNotNewEmployment(EmploymentForm form) {
    Tally tally = Tally.ofMembers(List.of(memberOfU1("M1", WorkRelation.EMPLOYEE, form).build()));

    assertThat(tally.get(Measure.NEW_EMPLOYMENT_MEMBERS)).as("new-employment members").isZero();
    assertThatThrownBy(() -> Measure.membersOf(form)).as("no group measure")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(form.name());
  }

  @Test
  void onlyGrassrootsUnionsCountAsUnionisedUnitsWithTheirEmployees() {
    List<Organisation> organisations = List.of(
        organisation("HB", "河北省总工会", OrganisationKind.PROVINCIAL_FEDERATION).employees(5000).build(),
        organisation("SJZ", "石家庄市总工会", OrganisationKind.MUNICIPAL_FEDERATION).parent(StatsFixtures.id("HB"))
            .build(),
        organisation("TOWN", "某街道工会", OrganisationKind.TOWNSHIP_UNION).parent(StatsFixtures.id("SJZ"))
            .employees(30).build(),
        organisation("IND", "某产业工会", OrganisationKind.INDUSTRY_UNION).employees(700).build(),
        organisation("ASSOC", "某区域工会联合会", OrganisationKind.REGIONAL_OR_SECTORAL_UNION_ASSOCIATION)
            .employees(900).build(),
        grassroots("U1", "SJZ", Ownership.PRIVATE, 120).build(),
        organisation("J1", "某联合基层工会", OrganisationKind.JOINT_GRASSROOTS_UNION).parent(StatsFixtures.id("TOWN"))
            .employees(40).build(),
        organisation("U2", "某公司工会", OrganisationKind.GRASSROOTS_UNION).parent(StatsFixtures.id("SJZ")).build());

    // U1 (120 staff), J1 (40 staff) and U2 (headcount unknown, adds 0): 3 units, 160 employees.
    assertThat(Tally.ofOrganisations(organisations)).as("organisation tally")
        .isEqualTo(Tally.empty().with(Measure.UNIONISED_UNITS, 3).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 160));
  }

  @Test
  void oneUnionsEnterpriseContractsCoverItsWorkforceOnce() {
    List<CollectiveContract> contracts = List.of(
        enterpriseContract("C1", "U1", ContractKind.COMPREHENSIVE, 300),
        enterpriseContract("C2", "U1", ContractKind.WAGES, 280));

    assertThat(Tally.ofContracts(contracts)).as("contract tally").isEqualTo(Tally.empty()
        .with(Measure.CONTRACTS, 2)
        .with(Measure.CONTRACT_COVERAGE_GROSS, 580)
        .with(Measure.COVERED_EMPLOYEES, 300)
        .with(Measure.UNITS_WITH_CONTRACT, 1));
  }

  @Test
  void contractsOfDifferentUnionsAdd() {
    List<CollectiveContract> contracts = List.of(
        enterpriseContract("C1", "U1", ContractKind.COMPREHENSIVE, 300),
        enterpriseContract("C2", "U2", ContractKind.COMPREHENSIVE, 50),
        enterpriseContract("C3", "U1", ContractKind.WAGES, 280));

    assertThat(Tally.ofContracts(contracts)).as("contract tally").isEqualTo(Tally.empty()
        .with(Measure.CONTRACTS, 3)
        .with(Measure.CONTRACT_COVERAGE_GROSS, 630)
        .with(Measure.COVERED_EMPLOYEES, 350)
        .with(Measure.UNITS_WITH_CONTRACT, 2));
  }

  @Test
  void regionalContractsAddTheirCoverageInFull() {
    List<CollectiveContract> contracts = List.of(
        enterpriseContract("C1", "U1", ContractKind.COMPREHENSIVE, 300),
        enterpriseContract("C2", "U1", ContractKind.WAGES, 280),
        regionalContract("C3", "CTY", "130102", 1200, 35),
        regionalContract("C4", "CTY", "130102", 800, 12));

    // U1: 300 once; the county's two regional contracts: 1200 + 800 in full, and no unit with a contract.
    assertThat(Tally.ofContracts(contracts)).as("contract tally").isEqualTo(Tally.empty()
        .with(Measure.CONTRACTS, 4)
        .with(Measure.CONTRACT_COVERAGE_GROSS, 2580)
        .with(Measure.COVERED_EMPLOYEES, 2300)
        .with(Measure.UNITS_WITH_CONTRACT, 1));
  }

  @Test
  void industryContractAddsInFullAndMakesNoUnitWithAContract() {
    CollectiveContract industry = CollectiveContract.builder().id(ContractId.parse("C1")).kind(ContractKind.WAGES)
        .scope(ContractScope.INDUSTRY).union(StatsFixtures.id("IND")).employer("某行业协会")
        .validity(StatsFixtures.YEAR).coveredEmployees(5000).coveredEnterprises(40).industry(Industry.parse("C34"))
        .build();

    assertThat(Tally.ofContracts(List.of(industry))).as("contract tally").isEqualTo(Tally.empty()
        .with(Measure.CONTRACTS, 1)
        .with(Measure.CONTRACT_COVERAGE_GROSS, 5000)
        .with(Measure.COVERED_EMPLOYEES, 5000));
  }

  @Test
  void enterpriseContractCoveringNobodyStillMakesAUnitWithAContract() {
    Tally tally = Tally.ofContracts(List.of(enterpriseContract("C1", "U1", ContractKind.COMPREHENSIVE, 0)));

    assertThat(tally).as("contract tally").isEqualTo(Tally.empty().with(Measure.CONTRACTS, 1)
        .with(Measure.UNITS_WITH_CONTRACT, 1));
  }

  @Test
  void datasetTallyIsTheSumOfItsParts() {
    Dataset province = StatsFixtures.province();

    Tally tally = Tally.of(province);

    // See the picture in StatsFixtures: 6 members (5 employees; skilled M1 M2 M3 M6; high skill M1 M3;
    // technician M3; apprentice M4, a courier), 3 grassroots unions with 120 + 80 + 300 staff, contracts
    // C1 120 and C2 110 of U1 (covered once: 120), C3 300 of U3, C4 regional 1000.
    Tally expected = Tally.empty()
        .with(Measure.MEMBERS, 6)
        .with(Measure.EMPLOYEE_MEMBERS, 5)
        .with(Measure.SKILLED_MEMBERS, 4)
        .with(Measure.APPRENTICE_MEMBERS, 1)
        .with(Measure.HIGH_SKILL_MEMBERS, 2)
        .with(Measure.TECHNICIAN_OR_ABOVE_MEMBERS, 1)
        .with(Measure.NEW_EMPLOYMENT_MEMBERS, 1)
        .with(Measure.COURIER_MEMBERS, 1)
        .with(Measure.UNIONISED_UNITS, 3)
        .with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 500)
        .with(Measure.CONTRACTS, 4)
        .with(Measure.CONTRACT_COVERAGE_GROSS, 1530)
        .with(Measure.COVERED_EMPLOYEES, 1420)
        .with(Measure.UNITS_WITH_CONTRACT, 2);
    assertThat(tally).as("dataset tally").isEqualTo(expected);
    assertThat(Tally.ofMembers(province.members()).plus(Tally.ofOrganisations(province.organisations()))
        .plus(Tally.ofContracts(province.contracts()))).as("members + organisations + contracts")
        .isEqualTo(tally);
  }

  @Test
  void emptyRecordsGiveTheEmptyTally() {
    assertThat(Tally.ofMembers(List.of())).as("no members").isEqualTo(Tally.empty());
    assertThat(Tally.ofContracts(List.of())).as("no contracts").isEqualTo(Tally.empty());
    assertThat(Tally.ofOrganisations(List.of())).as("no organisations").isEqualTo(Tally.empty());
    assertThat(Tally.of(Dataset.builder().build())).as("empty dataset").isEqualTo(Tally.empty());
    for (Measure m : Measure.values()) {
      assertThat(Tally.empty().get(m)).as("empty %s", m).isZero();
    }
  }

  @Test
  void withReplacesOneCountInACopy() {
    Tally original = Tally.empty().with(Measure.MEMBERS, 1000);

    Tally changed = original.with(Measure.MEMBERS, 999).with(Measure.EMPLOYEES_IN_SCOPE, 5_000_000);

    assertThat(original.get(Measure.MEMBERS)).as("original unchanged").isEqualTo(1000);
    assertThat(changed.get(Measure.MEMBERS)).as("replaced, not added").isEqualTo(999);
    assertThat(changed.get(Measure.EMPLOYEES_IN_SCOPE)).as("supplied").isEqualTo(5_000_000);
    assertThat(original.with(Measure.MEMBERS, 0)).as("back to zero").isEqualTo(Tally.empty());
  }

  @Test
  void longsOfVersionOneListTheCountsInMeasureOrder() {
    long[] longs = Tally.empty().with(Measure.MEMBERS, 1000).with(Measure.HIGH_SKILL_MEMBERS, 163)
        .with(Measure.ASSISTED_PERSONS, 7).toLongs();
    long[] expected = new long[54];
    expected[0] = 1;
    expected[1] = 52;
    expected[2] = 1000;
    expected[6] = 163;
    expected[53] = 7;
    assertThat(longs).as("version, count of measures, then MEMBERS ... ASSISTED_PERSONS").isEqualTo(expected);
  }

  @Test
  void fromLongsRefusesWhatToLongsCannotHaveWritten() {
    long[] good = Tally.empty().with(Measure.MEMBERS, 5).toLongs();
    long[] version = good.clone();
    version[0] = 2;
    long[] count = good.clone();
    count[1] = 51;
    long[] negative = good.clone();
    negative[2] = -1;
    assertThatThrownBy(() -> Tally.fromLongs(version)).as("another version")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 1, not 2");
    assertThatThrownBy(() -> Tally.fromLongs(count)).as("another number of counts")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds 52 counts, not 51");
    assertThatThrownBy(() -> Tally.fromLongs(Arrays.copyOf(good, 20))).as("cut short")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in an array of 20");
    assertThatThrownBy(() -> Tally.fromLongs(new long[0])).as("empty")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the array is empty");
    assertThatThrownBy(() -> Tally.fromLongs(negative)).as("a negative count")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEMBERS (-1) must not be negative");
  }

  @Test
  void withRejectsNegativeCounts() {
    assertThatThrownBy(() -> Tally.empty().with(Measure.MEMBERS, -1)).as("negative count")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MEMBERS")
        .hasMessageContaining("-1");
  }

  @Test
  void plusAddsCountsAndThrowsOnOverflow() {
    Tally a = Tally.empty().with(Measure.MEMBERS, 1000).with(Measure.HIGH_SKILL_MEMBERS, 163);
    Tally b = Tally.empty().with(Measure.MEMBERS, 500).with(Measure.EMPLOYEE_MEMBERS, 450);

    assertThat(a.plus(b)).as("sum").isEqualTo(Tally.empty().with(Measure.MEMBERS, 1500)
        .with(Measure.HIGH_SKILL_MEMBERS, 163).with(Measure.EMPLOYEE_MEMBERS, 450));
    Tally full = Tally.empty().with(Measure.MONEY_RECOVERED, Long.MAX_VALUE);
    Tally one = Tally.empty().with(Measure.MONEY_RECOVERED, 1);
    assertThatThrownBy(() -> full.plus(one)).as("overflow").isInstanceOf(ArithmeticException.class);
  }

  @Test
  void toStringListsNonZeroCountsInMeasureOrder() {
    assertThat(Tally.empty()).as("empty").hasToString("Tally{}");
    assertThat(Tally.empty().with(Measure.HIGH_SKILL_MEMBERS, 163).with(Measure.MEMBERS, 1000)
        .with(Measure.EMPLOYEE_MEMBERS, 0)).as("two counts")
        .hasToString("Tally{MEMBERS=1000, HIGH_SKILL_MEMBERS=163}");
  }

  @Test
  void equalTalliesHaveEqualHashCodes() {
    Tally a = Tally.empty().with(Measure.MEMBERS, 3).with(Measure.CONTRACTS, 1);
    Tally b = Tally.empty().with(Measure.CONTRACTS, 1).with(Measure.MEMBERS, 3);

    assertThat(a).as("same counts, other order").isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).as("other counts").isNotEqualTo(Tally.empty().with(Measure.MEMBERS, 3));
  }
}
