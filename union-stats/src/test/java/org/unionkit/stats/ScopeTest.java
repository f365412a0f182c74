package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionkit.stats.StatsFixtures.organisation;
import static org.unionkit.stats.StatsFixtures.region;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.unionkit.model.Industry;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;

class ScopeTest {
  /** 百人以上非公企业: non-public enterprises with 100 or more staff. */
  private static final Scope HUNDRED_PLUS_NON_PUBLIC = Scope.all().withNonPublic().withMinEmployees(100);

  private static Organisation unit(OrganisationKind kind, Ownership ownership, long employees) {
    return organisation("U1", "某公司工会", kind).ownership(ownership).employees(employees).build();
  }

  private static Organisation federation(OrganisationKind kind) {
    return organisation("F1", "某总工会", kind).employees(5000).region(region("130000")).build();
  }

  @Test
  void allIncludesEverything() {
    Scope all = Scope.all();

    assertThat(all.includes(unit(OrganisationKind.GRASSROOTS_UNION, Ownership.STATE_OWNED, 10))).as("state-owned")
        .isTrue();
    assertThat(all.includes(federation(OrganisationKind.PROVINCIAL_FEDERATION))).as("federation").isTrue();
    assertThat(all.includes(organisation("X", "某工会", OrganisationKind.GRASSROOTS_UNION).build()))
        .as("a union with nothing recorded").isTrue();
  }

  @ParameterizedTest(name = "{0} grassroots union of {1} staff: {2}")
  @CsvSource({
      "PRIVATE,                  120,  true",
      "PRIVATE,                  100,  true",
      "PRIVATE,                  99,   false",
      "PRIVATE,                  0,    false",
      "FOREIGN_INVESTED,         300,  true",
      "HK_MACAO_TAIWAN_INVESTED, 1000, true",
      "STATE_OWNED,              500,  false",
      "COLLECTIVE,               500,  false",
      "PUBLIC_INSTITUTION,       500,  false",
      "GOVERNMENT_AGENCY,        500,  false",
      "SOCIAL_ORGANISATION,      500,  false"})
  void hundredPlusNonPublic(Ownership ownership, long employees, boolean included) {
    assertThat(HUNDRED_PLUS_NON_PUBLIC.includes(unit(OrganisationKind.GRASSROOTS_UNION, ownership, employees)))
        .as("included").isEqualTo(included);
  }

  @Test
  void jointGrassrootsUnionsAreUnitsToo() {
    assertThat(HUNDRED_PLUS_NON_PUBLIC.includes(unit(OrganisationKind.JOINT_GRASSROOTS_UNION, Ownership.PRIVATE,
        150))).as("joint union of private units, 150 staff").isTrue();
  }

  @Test
  void unknownOwnershipOrHeadcountIsOutsideAUnitScope() {
    Organisation noHeadcount = organisation("U1", "某公司工会", OrganisationKind.GRASSROOTS_UNION)
        .ownership(Ownership.PRIVATE).build();
    Organisation noOwnership = organisation("U2", "某公司工会", OrganisationKind.GRASSROOTS_UNION).employees(500)
        .build();

    assertThat(HUNDRED_PLUS_NON_PUBLIC.includes(noHeadcount)).as("headcount unknown").isFalse();
    assertThat(HUNDRED_PLUS_NON_PUBLIC.includes(noOwnership)).as("ownership unknown").isFalse();
    assertThat(Scope.all().withMinEmployees(0).includes(noHeadcount)).as("0+ staff, headcount unknown").isFalse();
    assertThat(Scope.all().withMinEmployees(100).includes(noOwnership)).as("100+ staff, any ownership").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = OrganisationKind.class, names = {"GRASSROOTS_UNION", "JOINT_GRASSROOTS_UNION"},
      mode = EnumSource.Mode.EXCLUDE)
  void unitCriteriaLeaveOutEveryOtherKind(OrganisationKind kind) {
    Organisation organisation = organisation("F1", "某工会", kind).employees(5000).build();

    assertThat(HUNDRED_PLUS_NON_PUBLIC.includes(organisation)).as("non-public 100+").isFalse();
    assertThat(Scope.all().withMinEmployees(100).includes(organisation)).as("100+ staff").isFalse();
    assertThat(Scope.all().includes(organisation)).as("all").isTrue();
  }

  @Test
  void regionIncludesEveryLevelBelowIt() {
    Scope hebei = Scope.all().withRegion(region("130000"));
    Scope shijiazhuang = Scope.all().withRegion(region("130100"));

    Organisation inDistrict = organisation("U1", "某公司工会", OrganisationKind.GRASSROOTS_UNION)
        .region(region("130102")).build();
    Organisation inTangshan = organisation("U2", "某公司工会", OrganisationKind.GRASSROOTS_UNION)
        .region(region("130202")).build();
    Organisation inBeijing = organisation("U3", "某公司工会", OrganisationKind.GRASSROOTS_UNION)
        .region(region("110105")).build();
    Organisation withoutRegion = organisation("U4", "某公司工会", OrganisationKind.GRASSROOTS_UNION).build();

    assertThat(hebei.includes(inDistrict)).as("130102 in 130000").isTrue();
    assertThat(hebei.includes(inTangshan)).as("130202 in 130000").isTrue();
    assertThat(hebei.includes(inBeijing)).as("110105 in 130000").isFalse();
    assertThat(hebei.includes(withoutRegion)).as("no region").isFalse();
    assertThat(hebei.includes(federation(OrganisationKind.PROVINCIAL_FEDERATION)))
        .as("the province's federation: region criteria apply to every organisation").isTrue();
    assertThat(shijiazhuang.includes(inDistrict)).as("130102 in 130100").isTrue();
    assertThat(shijiazhuang.includes(inTangshan)).as("130202 in 130100").isFalse();
    assertThat(shijiazhuang.includes(federation(OrganisationKind.PROVINCIAL_FEDERATION)))
        .as("130000 in 130100").isFalse();
  }

  @Test
  void industryIncludesClassesWithinIt() {
    Scope manufacturing = Scope.all().withIndustry(Industry.parse("C"));

    assertThat(manufacturing.includes(organisation("U1", "某公司工会", OrganisationKind.GRASSROOTS_UNION)
        .industry(Industry.parse("C3411")).build())).as("C3411 in C").isTrue();
    assertThat(manufacturing.includes(organisation("U2", "某公司工会", OrganisationKind.GRASSROOTS_UNION)
        .industry(Industry.parse("F")).build())).as("F in C").isFalse();
    assertThat(manufacturing.includes(organisation("U3", "某公司工会", OrganisationKind.GRASSROOTS_UNION).build()))
        .as("no industry").isFalse();
  }

  @Test
  void criteriaCombine() {
    Scope scope = HUNDRED_PLUS_NON_PUBLIC.withRegion(region("130000"));

    assertThat(scope.includes(organisation("U1", "某公司工会", OrganisationKind.GRASSROOTS_UNION)
        .ownership(Ownership.PRIVATE).employees(120).region(region("130102")).build())).as("all hold").isTrue();
    assertThat(scope.includes(organisation("U2", "某公司工会", OrganisationKind.GRASSROOTS_UNION)
        .ownership(Ownership.PRIVATE).employees(120).build())).as("no region").isFalse();
  }

  @Test
  void toStringNamesTheCriteria() {
    assertThat(Scope.all()).as("all").hasToString("all organisations");
    assertThat(HUNDRED_PLUS_NON_PUBLIC).as("100+ non-public")
        .hasToString("ownership [PRIVATE, FOREIGN_INVESTED, HK_MACAO_TAIWAN_INVESTED], 100+ staff");
    assertThat(HUNDRED_PLUS_NON_PUBLIC.withRegion(region("130000")).withIndustry(Industry.parse("C")))
        .as("every criterion")
        .hasToString("ownership [PRIVATE, FOREIGN_INVESTED, HK_MACAO_TAIWAN_INVESTED], 100+ staff, region 130000, "
            + "industry C");
    assertThat(Scope.all().withRegion(region("130000"))).as("region only").hasToString("region 130000");
    assertThat(Scope.all().withOwnerships(Set.of(Ownership.STATE_OWNED))).as("state-owned")
        .hasToString("ownership [STATE_OWNED]");
  }

  @Test
  void equalityIsOnTheCriteria() {
    Scope named = Scope.all().withOwnerships(EnumSet.of(Ownership.HK_MACAO_TAIWAN_INVESTED, Ownership.PRIVATE,
        Ownership.FOREIGN_INVESTED)).withMinEmployees(100);

    assertThat(named).as("same criteria").isEqualTo(HUNDRED_PLUS_NON_PUBLIC).hasSameHashCodeAs(HUNDRED_PLUS_NON_PUBLIC);
    assertThat(Scope.all().withNonPublic()).as("no size").isNotEqualTo(HUNDRED_PLUS_NON_PUBLIC);
  }

  @Test
  void invalidCriteriaAreRejected() {
    Scope all = Scope.all();

    assertThatThrownBy(() -> all.withMinEmployees(-1)).as("negative minimum")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> all.withOwnerships(Set.of())).as("no ownership")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ownership");
  }
}
