package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.ExampleRecords.member;
import static org.unionkit.model.ExampleRecords.organisation;
import static org.unionkit.model.OrganisationKind.GRASSROOTS_UNION;
import static org.unionkit.model.OrganisationKind.PROVINCIAL_FEDERATION;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final Organisation HB = organisation("HB", PROVINCIAL_FEDERATION);
  private static final Organisation U1 = organisation("U1", GRASSROOTS_UNION, "HB");
  private static final ReportingPeriod YEAR = ReportingPeriod.ofYear(2020);

  private static Dataset.Builder withOrganisations() {
    Dataset.Builder builder = Dataset.builder();
    builder.addOrganisations(HB, U1);
    return builder;
  }

  private static CollectiveContract contract(String id, String union) {
    return CollectiveContract.builder().id(ContractId.parse(id)).kind(ContractKind.WAGES)
        .scope(ContractScope.ENTERPRISE).union(OrganisationId.parse(union)).employer("某某有限公司")
        .validity(YEAR).coveredEmployees(120).coveredEnterprises(1).build();
  }

  private static Programme programme(String id, String organiser) {
    return Programme.builder().id(ProgrammeId.parse(id)).kind(ProgrammeKind.LEGAL_AID)
        .organiser(OrganisationId.parse(organiser)).period(YEAR).putOutputs("cases", Quantity.parse("486件"))
        .build();
  }

  private static ReportedFigure figure(String id) {
    return ReportedFigure.builder().id(FigureId.parse(id)).quantity(Quantity.parse("909万人"))
        .measure("全省技能人才").englishMeasure("skilled workers in the province").period(YEAR)
        .source(Source.of("河北省总工会2020年工作回顾", "4")).build();
  }

  @Test
  void consistentDatasetBuildsItsTree() {
    Dataset dataset = withOrganisations().addMembers(member("M1", "U1").build())
        .addContracts(contract("C1", "U1")).addProgrammes(programme("P1", "HB")).addFigures(figure("F1")).build();

    assertThat(dataset.tree().children(HB.id())).as("U1 under HB").containsExactly(U1);
    assertThat(dataset.members()).as("members").hasSize(1);
  }

  @Test
  void toStringPrintsCountsOnly() {
    Dataset dataset = withOrganisations()
        .addMembers(member("M1", "U1").citizenId(CitizenId.parse(CitizenIdTest.EXAMPLE)).build(),
            member("M2", "U1").joined(LocalDate.of(2015, 3, 8)).build())
        .addFigures(figure("F1")).build();

    assertThat(dataset).as("counts")
        .hasToString("Dataset[2 organisations, 2 members, 0 contracts, 0 programmes, 1 figures, 0 relations]");
  }

  @Test
  void relationsMustNameFiguresOfTheDataset() {
    Relation share = Relation.builder().id(FigureId.parse("check")).kind(RelationKind.SHARE)
        .result(FigureId.parse("F1")).numerator(FigureId.parse("F1")).denominator(FigureId.parse("F9"))
        .description("占比").englishDescription("share").build();
    ValidationAssertions.assertRejected(() -> withOrganisations().addFigures(figure("F1")).addRelations(share).build(),
        "relations", "relations (F9) named by relation check is not one of the dataset's figures");
  }

  @Test
  void memberOfAnUnknownOrganisationIsRejectedNamingTheMember() {
    assertRejected(() -> withOrganisations().addMembers(member("M1", "U1").build(), member("M7", "ZZ").build())
        .build(), "organisation", "organisation (ZZ) of member M7 is not one of the dataset's organisations");
  }

  @Test
  void contractOfAnUnknownUnionIsRejected() {
    assertRejected(() -> withOrganisations().addContracts(contract("C9", "ZZ")).build(), "union",
        "union (ZZ) of contract C9 is not one of the dataset's organisations");
  }

  @Test
  void programmeOfAnUnknownOrganiserIsRejected() {
    assertRejected(() -> withOrganisations().addProgrammes(programme("P9", "ZZ")).build(), "organiser",
        "organiser (ZZ) of programme P9 is not one of the dataset's organisations");
  }

  @Test
  void duplicateMemberIdsAreRejected() {
    assertRejected(() -> withOrganisations()
            .addMembers(member("M1", "U1").build(), member("M2", "U1").build(), member("M1", "HB").build()).build(),
        "members", "members (M1) appears more than once");
  }

  @Test
  void duplicateContractProgrammeAndFigureIdsAreRejected() {
    assertRejected(() -> withOrganisations().addContracts(contract("C1", "U1"), contract("C1", "HB")).build(),
        "contracts", "contracts (C1) appears more than once");
    assertRejected(() -> withOrganisations().addProgrammes(programme("P1", "U1"), programme("P1", "HB")).build(),
        "programmes", "programmes (P1) appears more than once");
    assertRejected(() -> withOrganisations().addFigures(figure("F1"), figure("F1")).build(),
        "figures", "figures (F1) appears more than once");
  }

  @Test
  void organisationsMustFormATree() {
    assertRejected(() -> withOrganisations().addOrganisations(organisation("U1", GRASSROOTS_UNION, "HB")).build(),
        "id", "organisation ids must be unique; repeated: U1");
  }
}
