package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the records built with builders (organisations, contracts, programmes, figures, sources) and
 * of identifiers: each broken rule names the field and the offending value.
 */
class ValidationMessagesTest {
  private static final ReportingPeriod YEAR = ReportingPeriod.ofYear(2020);

  private static Arguments rule(String description, ThrowingCallable call, String field, String message) {
    return Arguments.of(Named.of(description, call), field, message);
  }

  private static Organisation.Builder organisation(String id) {
    return Organisation.builder().id(OrganisationId.parse(id));
  }

  private static Organisation.Builder province() {
    return organisation("HB").name("河北省总工会").kind(OrganisationKind.PROVINCIAL_FEDERATION);
  }

  /** A wage contract of union U1 without scope, employer or counts: each rule sets its own. */
  private static CollectiveContract.Builder contract() {
    return CollectiveContract.builder().id(ContractId.parse("C1")).kind(ContractKind.WAGES)
        .union(OrganisationId.parse("U1")).validity(YEAR);
  }

  private static Programme.Builder programme(ProgrammeKind kind) {
    return Programme.builder().id(ProgrammeId.parse("P1")).kind(kind).organiser(OrganisationId.parse("HB"))
        .period(YEAR);
  }

  private static ReportedFigure.Builder figure() {
    return ReportedFigure.builder().id(FigureId.parse("skilled-workers")).quantity(Quantity.parse("909万人"))
        .period(YEAR).source(Source.of("河北省总工会2020年工作回顾"));
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("blank name", () -> organisation("HB").name("").kind(OrganisationKind.PROVINCIAL_FEDERATION).build(),
            "name", "name (\"\") must not be blank"),
        rule("white-space name",
            () -> organisation("HB").name("  ").kind(OrganisationKind.PROVINCIAL_FEDERATION).build(),
            "name", "name (\"  \") must not be blank"),
        rule("no-break-space name",
            () -> organisation("HB").name("\u00A0").kind(OrganisationKind.PROVINCIAL_FEDERATION).build(),
            "name", "name (\"\u00A0\") must not be blank"),
        rule("name ending in an ideographic space",
            () -> organisation("HB").name("河北省总工会\u3000").kind(OrganisationKind.PROVINCIAL_FEDERATION).build(),
            "name", "must not start or end with white space"),
        rule("name with a line break",
            () -> organisation("HB").name("河北省\n总工会").kind(OrganisationKind.PROVINCIAL_FEDERATION).build(),
            "name", "name (\"河北省\\n总工会\") must not contain control characters"),
        rule("name with a leading space",
            () -> organisation("HB").name(" 河北省总工会").kind(OrganisationKind.PROVINCIAL_FEDERATION).build(),
            "name", "name (\" 河北省总工会\") must not start or end with white space"),
        rule("English name with a tab", () -> province().englishName("Hebei\tFTU").build(),
            "englishName", "englishName (\"Hebei\\tFTU\") must not contain control characters"),
        rule("English name with a trailing space", () -> province().englishName("Hebei FTU ").build(),
            "englishName", "englishName (\"Hebei FTU \") must not start or end with white space"),
        rule("own parent", () -> province().parent(OrganisationId.parse("HB")).build(),
            "parent", "parent (HB) must not be the organisation itself"),
        rule("national federation with a parent", () -> organisation("ACFTU").name("中华全国总工会")
                .kind(OrganisationKind.NATIONAL_FEDERATION).parent(OrganisationId.parse("WORLD")).build(),
            "parent", "parent (WORLD) must be empty for the national federation"),
        rule("ownership of a federation", () -> province().ownership(Ownership.PRIVATE).build(),
            "ownership", "ownership (PRIVATE) applies to grassroots unions only, not to a PROVINCIAL_FEDERATION"),
        rule("negative headcount", () -> province().employees(-3).build(),
            "employees", "employees (-3) must not be negative"),

        rule("blank employer", () -> contract().scope(ContractScope.ENTERPRISE).employer("")
                .coveredEmployees(10).coveredEnterprises(1).build(),
            "employer", "employer (\"\") must not be blank"),
        rule("negative covered employees", () -> contract().scope(ContractScope.ENTERPRISE).employer("某某公司")
                .coveredEmployees(-1).coveredEnterprises(1).build(),
            "coveredEmployees", "coveredEmployees (-1) must not be negative"),
        rule("enterprise contract for two enterprises", () -> contract().scope(ContractScope.ENTERPRISE)
                .employer("某某公司").coveredEmployees(10).coveredEnterprises(2).build(),
            "coveredEnterprises", "coveredEnterprises (2) must be 1 for an enterprise contract"),
        rule("regional contract for no enterprise", () -> contract().scope(ContractScope.REGIONAL)
                .employer("某某县企业联合会").coveredEmployees(0).coveredEnterprises(0)
                .region(Region.parse("130102")).build(),
            "coveredEnterprises", "coveredEnterprises (0) must be at least 1 for a REGIONAL contract"),
        rule("industry contract without industry", () -> contract().scope(ContractScope.INDUSTRY)
                .employer("某某行业协会").coveredEmployees(1200).coveredEnterprises(35).build(),
            "industry", "industry () is required for an INDUSTRY contract"),
        rule("regional contract without region", () -> contract().scope(ContractScope.REGIONAL)
                .employer("某某县企业联合会").coveredEmployees(1200).coveredEnterprises(35).build(),
            "region", "region () is required for a REGIONAL contract"),

        rule("blank programme name", () -> programme(ProgrammeKind.LEGAL_AID).name(" ").build(),
            "name", "name (\" \") must not be blank"),
        rule("OTHER programme without name", () -> programme(ProgrammeKind.OTHER).build(),
            "name", "name () is required for kind OTHER"),
        rule("output key with a hyphen",
            () -> programme(ProgrammeKind.LEGAL_AID).putOutputs("money-recovered", Quantity.parse("2744万元")).build(),
            "outputs", "outputs (money-recovered) must be a key in lower camel case, such as moneyRecovered"),
        rule("output key in upper camel case",
            () -> programme(ProgrammeKind.LEGAL_AID).putOutputs("Cases", Quantity.parse("486件")).build(),
            "outputs", "outputs (Cases) must be a key in lower camel case"),

        rule("blank document", () -> Source.of(""), "document", "document (\"\") must not be blank"),
        rule("section with a trailing space", () -> Source.of("河北省总工会2020年工作回顾", "3 "),
            "section", "section (\"3 \") must not start or end with white space"),
        rule("blank measure", () -> figure().measure("").englishMeasure("skilled workers").build(),
            "measure", "measure (\"\") must not be blank"),
        rule("English measure with a line break",
            () -> figure().measure("全省技能人才").englishMeasure("skilled\nworkers").build(),
            "englishMeasure", "englishMeasure (\"skilled\\nworkers\") must not contain control characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void brokenRuleNamesFieldAndValue(ThrowingCallable call, String field, String message) {
    assertRejected(call, field, message);
  }

  @Test
  void longValuesAreCutInMessagesWithTheRestCounted() {
    String huge = "x".repeat(100) + "y".repeat(4900);
    assertRejected(() -> OrganisationId.parse(huge), "organisationId", "\"" + "x".repeat(100) + "\" and 4900 more characters",
        "must have 1 to 64 characters");
    assertThatThrownBy(() -> OrganisationId.parse(huge)).as("no part of the cut text").hasMessageNotContaining("y");
  }

  @Test
  void builderNamesTheRequiredAttributesNotSet() {
    assertRejected(() -> organisation("HB").build(), "name", "required attributes are not set: name, kind");
    assertRejected(() -> Member.builder().id(MemberId.parse("M1")).organisation(OrganisationId.parse("U1")).build(),
        "workRelation", "required attributes are not set: workRelation, employmentForm");
  }

  @Test
  void recordsThatKeepTheRulesBuild() {
    Organisation union = organisation("U1").name("某某公司工会").kind(OrganisationKind.GRASSROOTS_UNION)
        .parent(OrganisationId.parse("HB")).ownership(Ownership.PRIVATE).employees(0).build();
    CollectiveContract regional = contract().scope(ContractScope.REGIONAL).employer("某某县企业联合会")
        .coveredEmployees(1200).coveredEnterprises(35).region(Region.parse("130102")).build();
    Programme other = programme(ProgrammeKind.OTHER).name("“大学习”云课堂")
        .putOutputs("participants", Quantity.parse("819万人次")).build();

    assertThat(union.ownership()).as("grassroots unions have an ownership").contains(Ownership.PRIVATE);
    assertThat(regional.coveredEnterprises()).as("regional contract").isEqualTo(35);
    assertThat(other.outputs()).as("outputs").containsKey("participants");
  }

  static Stream<Arguments> identifiers() {
    return Stream.of(
        identifier("organisationId", OrganisationId::parse),
        identifier("memberId", MemberId::parse),
        identifier("contractId", ContractId::parse),
        identifier("programmeId", ProgrammeId::parse),
        identifier("figureId", FigureId::parse));
  }

  private static Arguments identifier(String field, Function<String, Identifier> parse) {
    return Arguments.of(field, Named.of(field, parse));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void identifiersHaveOneToSixtyFourCharacters(String field, Function<String, Identifier> parse) {
    String tooLong = "a".repeat(65);
    assertRejected(() -> parse.apply(""), field, field + " (\"\") must have 1 to 64 characters");
    assertRejected(() -> parse.apply(tooLong), field, field + " (\"" + tooLong + "\") must have 1 to 64 characters");
    assertThat(parse.apply("a".repeat(64))).as("64 characters").hasToString("a".repeat(64));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void identifiersHoldOnlyTheAllowedCharacters(String field, Function<String, Identifier> parse) {
    for (String bad : new String[] {"-HB", ".HB", "HB 0001", "河北", "HB/1"}) {
      assertRejected(() -> parse.apply(bad), field,
          field + " (\"" + bad + "\") may hold only A-Z a-z 0-9 . _ : - and must start with a letter or digit");
    }
    assertThat(parse.apply("HB-0001.a_b:9")).as("every allowed character").hasToString("HB-0001.a_b:9");
  }

  @Test
  void identifiersOfDifferentKindsDiffer() {
    assertThat((Identifier) OrganisationId.parse("HB")).as("same text, other kind")
        .isNotEqualTo(MemberId.parse("HB"))
        .isEqualTo(OrganisationId.parse("HB"));
  }
}
