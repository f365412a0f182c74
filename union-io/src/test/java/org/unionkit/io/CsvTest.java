package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unionkit.model.CitizenId;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.HardshipStatus;
import org.unionkit.model.Honour;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;
import org.unionkit.model.Sex;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Tally;
import org.unionkit.testkit.UnionGenerators;

/** CSV examples: encodings, header and row errors with their locations, formulas, tables, round trips. */
class CsvTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final String MEMBER_HEADER = "id,organisation,sex,birthYear,joined,workRelation,employmentForm,"
      + "skillLevel,honours,hardship,citizenId";
  private static final String ORGANISATION_HEADER = "id,name,englishName,kind,parent,region,industry,ownership,"
      + "employees,founded";

  private static ByteArrayInputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Member> members(String text) throws IOException {
    List<Member> read = new ArrayList<>();
    try (RecordReader<Member> reader = Csv.members(utf8(text), "m.csv", ReadOptions.defaults())) {
      reader.forEachRemaining(read::add);
    }
    return read;
  }

  private static List<Organisation> organisations(String text) throws IOException {
    List<Organisation> read = new ArrayList<>();
    try (RecordReader<Organisation> reader = Csv.organisations(utf8(text), "o.csv", ReadOptions.defaults())) {
      reader.forEachRemaining(read::add);
    }
    return read;
  }

  /** The failure of reading all members, whether the header or a row is at fault. */
  private static UnionFormatException memberFailure(String text) {
    Throwable thrown = catchThrowable(() -> members(text));
    assertThat(thrown).as("reading fails").isNotNull();
    Throwable cause = thrown instanceof UncheckedIOException ? thrown.getCause() : thrown;
    assertThat(cause).as("the failure").isInstanceOf(UnionFormatException.class);
    return (UnionFormatException) cause;
  }

  private static String memberRow(String employmentForm) {
    return "M1,U1,,,,EMPLOYEE," + employmentForm + ",,,,";
  }

  // ---- encodings ----------------------------------------------------------------------------------

  @Test
  void readsUtf8WithAByteOrderMarkAndCrlfLines() throws IOException {
    CitizenId id = UnionGenerators.seeded(1).citizenId(Region.parse("130102"), LocalDate.of(1980, 3, 1), Sex.FEMALE);
    String text = "\uFEFF" + MEMBER_HEADER + "\r\n"
        + "M1,U1,FEMALE,1980,2001-05-01,EMPLOYEE,COURIER,SENIOR_WORKER,NATIONAL_MODEL_WORKER;CRAFTSMAN,ON_FILE,"
        + id.unmaskedText() + "\r\n"
        + "M2,U1,,,,RETIRED,STANDARD,,,,\r\n";
    List<Member> read = members(text);
    Member expected = Member.builder().id(MemberId.parse("M1")).organisation(OrganisationId.parse("U1"))
        .sex(Sex.FEMALE).birthYear(Year.of(1980)).joined(LocalDate.of(2001, 5, 1))
        .workRelation(WorkRelation.EMPLOYEE).employmentForm(EmploymentForm.COURIER)
        .skillLevel(SkillLevel.SENIOR_WORKER).addHonours(Honour.NATIONAL_MODEL_WORKER, Honour.CRAFTSMAN)
        .hardship(HardshipStatus.ON_FILE).citizenId(id).build();
    Member bare = Member.builder().id(MemberId.parse("M2")).organisation(OrganisationId.parse("U1"))
        .workRelation(WorkRelation.RETIRED).employmentForm(EmploymentForm.STANDARD).build();
    assertThat(read).as("members, the BOM stripped from the first header").containsExactly(expected, bare);
  }

  @Test
  void readsUtf8WithoutAByteOrderMarkWithColumnsInAnyOrderAndOptionalOnesLeftOut() throws IOException {
    List<Organisation> read = organisations("kind,name,id\nPROVINCIAL_FEDERATION,河北省总工会,HB\n");
    assertThat(read).as("organisations").containsExactly(Organisation.builder().id(OrganisationId.parse("HB"))
        .name("河北省总工会").kind(OrganisationKind.PROVINCIAL_FEDERATION).build());
  }

  @Test
  void readsGbkWithChineseNames() throws IOException {
    String text = ORGANISATION_HEADER + "\r\n"
        + "HB,河北省总工会,Hebei Federation of Trade Unions,PROVINCIAL_FEDERATION,,130000,,,,\r\n"
        + "U1,石家庄钢铁有限公司工会,,GRASSROOTS_UNION,HB,130100,C31,STATE_OWNED,5300,1958-07-01\r\n";
    List<Organisation> read = new ArrayList<>();
    try (RecordReader<Organisation> reader = Csv.organisations(new ByteArrayInputStream(text.getBytes(GBK)),
        "基层工会.csv", ReadOptions.defaults().withCharset(GBK))) {
      reader.forEachRemaining(read::add);
    }
    assertThat(read).as("organisations read").hasSize(2);
    assertThat(read.get(0).name()).as("first name").isEqualTo("河北省总工会");
    assertThat(read.get(1).name()).as("second name").isEqualTo("石家庄钢铁有限公司工会");
    assertThat(read.get(1).employees()).as("employees").hasValue(5300);
    assertThat(read.get(1).ownership()).as("ownership").contains(Ownership.STATE_OWNED);
  }

  @Test
  void aGbkFileReadAsUtf8FailsNamingTheEncodingInsteadOfGarblingNames() {
    byte[] gbk = (ORGANISATION_HEADER + "\nHB,河北省总工会,,PROVINCIAL_FEDERATION,,,,,,\n").getBytes(GBK);
    assertThatThrownBy(() -> {
      try (RecordReader<Organisation> reader = Csv.organisations(new ByteArrayInputStream(gbk), "o.csv",
          ReadOptions.defaults())) {
        reader.forEachRemaining(o -> { });
      }
    }).as("GBK read as UTF-8").satisfies(e -> {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      assertThat(cause).as("cause").isInstanceOf(UnionFormatException.class)
          .hasMessageContaining("not UTF-8 text").hasMessageContaining("GBK")
          .hasNoCause();
    });
  }

  @Test
  void aUtf8ByteOrderMarkReadAsGbkIsRefused() {
    byte[] utf8 = ("\uFEFF" + ORGANISATION_HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Csv.organisations(new ByteArrayInputStream(utf8), "o.csv",
        ReadOptions.defaults().withCharset(GBK)))
        .as("UTF-8 with BOM read as GBK").isInstanceOf(UnionFormatException.class)
        .hasMessageContaining("byte order mark").hasMessageContaining("read it as UTF-8");
  }

  // ---- header -------------------------------------------------------------------------------------

  @Test
  void aMissingRequiredColumnFailsNamingIt() {
    UnionFormatException e = memberFailure("id,organisation,workRelation\nM1,U1,EMPLOYEE\n");
    assertThat(e.path()).as("path").isEqualTo("employmentForm");
    assertThat(e.line()).as("line").isEqualTo(1);
    assertThat(e).as("exception").hasMessage("m.csv:1: employmentForm: missing required column employmentForm 就业形态");
  }

  @Test
  void anUnknownColumnFailsNamingItUnlessIgnored() throws IOException {
    String text = "id,organisation,workRelation,employmentForm,所属片区\nM1,U1,EMPLOYEE,STANDARD,东片\n";
    UnionFormatException e = memberFailure(text);
    assertThat(e.path()).as("path").isEqualTo("所属片区");
    assertThat(e.reason()).as("reason").startsWith("unknown column \"所属片区\"")
        .contains("read with ReadOptions.withUnknownColumns(Csv.UnknownColumns.IGNORE) to skip others");

    List<Member> read = new ArrayList<>();
    try (RecordReader<Member> reader = Csv.members(utf8(text), "m.csv",
        ReadOptions.defaults().withUnknownColumns(Csv.UnknownColumns.IGNORE))) {
      reader.forEachRemaining(read::add);
    }
    assertThat(read).as("read with the column ignored").extracting(m -> m.id().toString()).containsExactly("M1");
  }

  @Test
  void aMisspeltColumnIsReportedAsUnknownAndMissing() {
    UnionFormatException e = memberFailure("id,organisation,workRelation,employmentFrom\n");
    assertThat(e.path()).as("path").isEqualTo("employmentFrom");
    assertThat(e.reason()).as("reason").contains("unknown column \"employmentFrom\"")
        .contains("missing required column employmentForm");
  }

  @Test
  void aRepeatedColumnFails() {
    UnionFormatException e = memberFailure("id,organisation,workRelation,employmentForm,sex,sex\n");
    assertThat(e.path()).as("path").isEqualTo("sex");
    assertThat(e.reason()).as("reason").isEqualTo("appears twice in the header (columns 5 and 6)");
  }

  @Test
  void anEmptyFileHasNoHeader() {
    UnionFormatException e = memberFailure("");
    assertThat(e.reason()).as("reason").startsWith("no header");
  }

  @Test
  void aHeaderWithoutRowsReadsNothing() throws IOException {
    assertThat(members(MEMBER_HEADER)).as("members of a header alone").isEmpty();
    assertThat(members(MEMBER_HEADER + "\n")).as("members of a header line").isEmpty();
  }

  // ---- rows ---------------------------------------------------------------------------------------

  @Test
  void aBadConstantNamesFileLineColumnAndHeader() {
    String text = MEMBER_HEADER + "\n" + memberRow("STANDARD") + "\n" + memberRow("COURIERS") + "\n";
    UnionFormatException e = memberFailure(text);
    assertThat(e.file()).as("file").contains("m.csv");
    assertThat(e.line()).as("line").isEqualTo(3);
    assertThat(e.column()).as("column: M1,U1,,,,EMPLOYEE, is 18 characters").isEqualTo(19);
    assertThat(e.path()).as("path").isEqualTo("employmentForm");
    assertThat(e).as("exception").hasMessageStartingWith("m.csv:3:19: employmentForm: *** is not one of");
  }

  @Test
  void countsMustBeWholeNumbersNeverTruncated() throws IOException {
    for (String count : List.of("12.5", "1e3", "-3", "+3", "1,000", " 12", "１２")) {
      String text = "id,name,kind,employees\nU1,工会,GRASSROOTS_UNION,\"" + count + "\"\n";
      List<Reject> rejects = new ArrayList<>();
      try (RecordReader<Organisation> reader = Csv.organisations(utf8(text), "o.csv",
          ReadOptions.defaults().withRejects(rejects::add))) {
        assertThat(reader.stream().count()).as("organisations read with employees %s", count).isZero();
      }
      assertThat(rejects).as("rejects of %s", count).singleElement().satisfies(r -> {
        assertThat(r.path()).as("path").isEqualTo("employees");
        assertThat(r.line()).as("line").isEqualTo(2);
        assertThat(r.reason()).as("reason").startsWith("must be a whole number");
      });
    }
  }

  @Test
  void aBadBirthYearIsReportedWithoutItsValue() {
    String text = MEMBER_HEADER + "\nM1,U1,,1980.0,,EMPLOYEE,STANDARD,,,,\n";
    UnionFormatException e = memberFailure(text);
    assertThat(e.path()).as("path").isEqualTo("birthYear");
    assertThat(e.getMessage()).as("message").contains("whole number").doesNotContain("1980");
  }

  @Test
  void aBadCitizenIdIsReportedWithoutItsDigits() {
    String number = UnionGenerators.seeded(2).citizenId(Region.parse("110105"), LocalDate.of(1949, 12, 31),
        Sex.MALE).unmaskedText();
    String wrongCheck = number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0');
    UnionFormatException e = memberFailure(MEMBER_HEADER + "\nM1,U1,,,,EMPLOYEE,STANDARD,,,," + wrongCheck + "\n");
    assertThat(e.path()).as("path").isEqualTo("citizenId");
    assertThat(e.getMessage()).as("message").contains("check character").doesNotContain(number.substring(0, 14))
        .doesNotContain("19491231");
  }

  @Test
  void aModelRuleBrokenIsLocatedAtTheColumnTheModelNames() {
    UnionFormatException e = memberFailure(MEMBER_HEADER + "\nM1,U1,,1990,1985-01-01,EMPLOYEE,STANDARD,,,,\n");
    assertThat(e.path()).as("path").isEqualTo("joined");
    assertThat(e.column()).as("column of joined: M1,U1,,1990, is 12 characters").isEqualTo(13);
  }

  @Test
  void anEmptyRequiredCellIsRequired() {
    UnionFormatException e = memberFailure(MEMBER_HEADER + "\n" + memberRow("") + "\n");
    assertThat(e.path()).as("path").isEqualTo("employmentForm");
    assertThat(e.reason()).as("reason").startsWith("is required");
  }

  @Test
  void honoursAreNamesSeparatedBySemicolons() throws IOException {
    Member m = members(MEMBER_HEADER + "\nM1,U1,,,,EMPLOYEE,STANDARD,,CRAFTSMAN;MAY_DAY_LABOUR_MEDAL,,\n").get(0);
    assertThat(m.honours()).as("honours").containsExactlyInAnyOrder(Honour.CRAFTSMAN, Honour.MAY_DAY_LABOUR_MEDAL);
    UnionFormatException e = memberFailure(MEMBER_HEADER + "\nM1,U1,,,,EMPLOYEE,STANDARD,,CRAFTSMAN;,,\n");
    assertThat(e.path()).as("path of a trailing separator").isEqualTo("honours");
  }

  @Test
  void quotedCellsHoldCommasQuotesAndLineBreaksAndLinesStillCountPhysically() {
    String text = ORGANISATION_HEADER + "\n"
        + "U1,\"工会, \"\"第一\"\"\",\"Union, \"\"First\"\"\",GRASSROOTS_UNION,,,,,,\n"
        + "U2,\"two\nlines\",,GRASSROOTS_UNION,,,,,,\n"
        + "U3,工会,,GRASSROOT,,,,,,\n";
    List<Organisation> read = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    try (RecordReader<Organisation> reader = Csv.organisations(utf8(text), "o.csv",
        ReadOptions.defaults().withRejects(rejects::add))) {
      reader.forEachRemaining(read::add);
      assertThat(reader.rowsRead()).as("rows read").isEqualTo(3);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(read).as("the row with a comma and quotes").singleElement().satisfies(o -> {
      assertThat(o.name()).as("name").isEqualTo("工会, \"第一\"");
      assertThat(o.englishName()).as("English name").contains("Union, \"First\"");
    });
    assertThat(rejects).as("rejects").extracting(Reject::line, Reject::path)
        .containsExactly(tuple(3L, "name"),
            tuple(5L, "kind"));
    assertThat(rejects.get(0).reason()).as("a line break in a name").contains("control characters");
  }

  @Test
  void rowsWithTooManyOrTooFewCellsAndEmptyLinesAreRejectedAsRows() throws IOException {
    String text = "id,name,kind\nU1,工会,GRASSROOTS_UNION,extra\nU2,工会\n\nU3,工会,GRASSROOTS_UNION\n";
    List<Reject> rejects = new ArrayList<>();
    try (RecordReader<Organisation> reader = Csv.organisations(utf8(text), "o.csv",
        ReadOptions.defaults().withRejects(rejects::add))) {
      assertThat(reader.stream().map(o -> o.id().toString()).toList()).as("organisations").containsExactly("U3");
      assertThat(reader.accepted() + reader.rejected()).as("accepted + rejected").isEqualTo(reader.rowsRead());
    }
    assertThat(rejects).as("rejects").extracting(Reject::line, Reject::reason).containsExactly(
        tuple(2L, "has more cells than the header's 3 columns"),
        tuple(3L, "has 2 cells but the header 3 columns"),
        tuple(4L, "empty line: every line after the header must hold one organisation"));
  }

  @Test
  void brokenQuotingIsARejectedRowAndReadingGoesOn() throws IOException {
    String text = "id,name,kind\nU1,\"工会\"x,GRASSROOTS_UNION\nU2,工会,GRASSROOTS_UNION\n";
    List<Reject> rejects = new ArrayList<>();
    try (RecordReader<Organisation> reader = Csv.organisations(utf8(text), "o.csv",
        ReadOptions.defaults().withRejects(rejects::add))) {
      assertThat(reader.stream().map(o -> o.id().toString()).toList()).as("organisations").containsExactly("U2");
    }
    assertThat(rejects).as("rejects").singleElement().satisfies(r -> {
      assertThat(r.line()).as("line").isEqualTo(2);
      assertThat(r.reason()).as("reason").startsWith("malformed CSV");
    });
  }

  @Test
  void aBadRowIsFatalByDefault() throws IOException {
    String text = MEMBER_HEADER + "\n" + memberRow("STANDARD") + "\n" + memberRow("COURIERS") + "\n"
        + memberRow("STANDARD") + "\n";
    try (RecordReader<Member> reader = Csv.members(utf8(text), "m.csv", ReadOptions.defaults())) {
      assertThat(reader.next()).as("the first row").isNotNull();
      assertThatThrownBy(reader::next).as("the second row").isInstanceOf(UncheckedIOException.class)
          .cause().isInstanceOf(UnionFormatException.class).hasMessageStartingWith("m.csv:3:");
      assertThat(reader.rowsRead()).as("rows read").isEqualTo(2);
      assertThat(reader.rejected()).as("rejected").isEqualTo(1);
    }
  }

  // ---- formulas -----------------------------------------------------------------------------------

  @Test
  void formulasAreNeutralisedAndPlainNumbersLeftAlone() {
    Map<String, String> written = Map.ofEntries(
        Map.entry("=SUM(A1)", "'=SUM(A1)"),
        Map.entry("@cmd", "'@cmd"),
        Map.entry("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        Map.entry("-2+3+cmd", "'-2+3+cmd"),
        Map.entry("\tX", "'\tX"),
        Map.entry("\rX", "'\rX"),
        Map.entry("-10.0%", "-10.0%"),
        Map.entry("-3", "-3"),
        Map.entry("+1", "+1"),
        Map.entry("27.2%", "27.2%"),
        Map.entry("-", "'-"),
        Map.entry("'=x", "''=x"),
        Map.entry("'-3", "'-3"),
        Map.entry("河北=1", "河北=1"),
        Map.entry("", ""));
    written.forEach((cell, expected) -> {
      assertThat(CsvCells.neutralise(cell)).as("%s written", cell).isEqualTo(expected);
      assertThat(CsvCells.restore(CsvCells.neutralise(cell))).as("%s read back", cell).isEqualTo(cell);
    });
  }

  @Test
  void anOrganisationNamedLikeAFormulaIsWrittenAsTextAndReadBackUnchanged() throws IOException {
    Organisation o = Organisation.builder().id(OrganisationId.parse("U1")).name("=HYPERLINK(\"http://x\",\"工会\")")
        .englishName("@SUM(1+1)").kind(OrganisationKind.GRASSROOTS_UNION).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<Organisation> writer = Csv.organisationWriter(out, StandardCharsets.UTF_8)) {
      writer.write(o);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).as("the file").startsWith("\uFEFF" + ORGANISATION_HEADER + ",dissolved\r\n")
        .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"工会\"\")\"").contains("'@SUM(1+1)");
    assertThat(organisations(text)).as("read back").containsExactly(o);
  }

  // ---- writing ------------------------------------------------------------------------------------

  @Test
  void aTableIsWrittenWithNamesAndDisplayedValuesAsNumbers() throws IOException {
    IndicatorTable table = IndicatorTable.of(List.of("石家庄市", "=1+1"),
        List.of(Tally.empty().with(Measure.HIGH_SKILL_MEMBERS, 2_470_000).with(Measure.SKILLED_MEMBERS, 9_090_000)
            .with(Measure.CONTRACT_COVERAGE_GROSS, 5_260_000).with(Measure.CONTRACTS, 51_000), Tally.empty()),
        List.of(Indicators.HIGH_SKILL_RATIO, Indicators.WORKERS_PER_CONTRACT));
    ByteArrayOutputStream chinese = new ByteArrayOutputStream();
    Csv.writeTable(table, chinese, StandardCharsets.UTF_8, Csv.Names.CHINESE);
    assertThat(chinese.toString(StandardCharsets.UTF_8)).as("Chinese table").isEqualTo("\uFEFF" + lines(
        "名称,高技能人才占比,平均每份合同覆盖职工数（人/份）",
        "石家庄市,\"27.2%\",103.1",
        "\"'=1+1\",,"));
    ByteArrayOutputStream english = new ByteArrayOutputStream();
    Csv.writeTable(table, english, GBK, Csv.Names.ENGLISH);
    assertThat(english.toString(GBK)).as("English table in GBK, no byte order mark").isEqualTo(lines(
        "name,\"high-skill ratio\",\"workers per contract (persons per contract)\"",
        "石家庄市,\"27.2%\",103.1",
        "\"'=1+1\",,"));
  }

  /** Lines as written: each ended by CRLF. */
  private static String lines(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  @Test
  void textAnEncodingCannotHoldFailsInsteadOfBecomingAQuestionMark() {
    Organisation o = Organisation.builder().id(OrganisationId.parse("U1")).name("工会 \uD83D\uDE00")
        .kind(OrganisationKind.GRASSROOTS_UNION).build();
    assertThatThrownBy(() -> {
      try (RecordWriter<Organisation> writer = Csv.organisationWriter(new ByteArrayOutputStream(), GBK)) {
        writer.write(o);
      }
    }).as("an emoji in GBK").isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void theMemberColumnsAreTheWritersHeaderAndCannotBeChanged() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<Member> writer = Csv.memberWriter(out, StandardCharsets.UTF_8)) {
      writer.flush();
    }
    String header = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    assertThat(String.join(",", Csv.memberColumns())).as("the header written").isEqualTo(header.replace("\uFEFF", ""));
    assertThat(Csv.memberColumns()).as("the first columns").startsWith("id", "organisation", "sex", "birthYear");
    assertThatThrownBy(() -> Csv.memberColumns().add("name")).as("unmodifiable")
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void membersWrittenAreReadBackEqual() throws IOException {
    UnionGenerators generators = UnionGenerators.seeded(5);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      members.add(generators.member(OrganisationId.parse("U1")));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<Member> writer = Csv.memberWriter(out, GBK)) {
      for (Member m : members) {
        writer.write(m);
      }
      assertThat(writer.written()).as("written").isEqualTo(members.size());
    }
    List<Member> read = new ArrayList<>();
    try (RecordReader<Member> reader = Csv.members(new ByteArrayInputStream(out.toByteArray()), "m.csv",
        ReadOptions.defaults().withCharset(GBK))) {
      reader.forEachRemaining(read::add);
    }
    assertThat(read).as("members read back").isEqualTo(members);
    assertThat(read.stream().filter(m -> m.citizenId().isPresent()).count()).as("members with citizen IDs")
        .isPositive();
    assertThat(Set.copyOf(read)).as("distinct").hasSize(members.size());
  }
}
