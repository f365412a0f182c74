package org.unionkit.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.io.Csv;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.UnionJson;
import org.unionkit.model.CitizenId;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.FigureId;
import org.unionkit.model.Honour;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Sex;
import org.unionkit.model.Source;
import org.unionkit.model.WorkRelation;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.Tally;
import org.unionkit.testkit.UnionGenerators;

/** Workbooks written and read back with fastexcel's reader: cell types, formats, panes, widths, atomic files. */
class XlsxWorkbookTest {
  private static final LocalDate JOINED = LocalDate.of(2001, 5, 1);
  private static final CitizenId CITIZEN_ID =
      UnionGenerators.seeded(1).citizenId(Region.parse("130102"), LocalDate.of(1980, 3, 1), Sex.FEMALE);

  private static Member member() {
    return Member.builder().id(MemberId.parse("000123")).organisation(OrganisationId.parse("0042"))
        .sex(Sex.FEMALE).birthYear(Year.of(1980)).joined(JOINED).workRelation(WorkRelation.EMPLOYEE)
        .employmentForm(EmploymentForm.COURIER).addHonours(Honour.NATIONAL_MODEL_WORKER, Honour.CRAFTSMAN)
        .citizenId(CITIZEN_ID).build();
  }

  private static int column(String name) {
    return Csv.memberColumns().indexOf(name);
  }

  @Test
  void aMembersCellsAreTypedAsAPersonTypesThem() throws IOException {
    ReadBack book = ReadBack.of(XlsxWorkbook.empty().withMembers("会员", List.of(member())));
    List<Row> rows = book.rows("会员");
    assertThat(ReadBack.texts(rows.get(0), Csv.memberColumns().size())).as("the header, the CSV's columns")
        .isEqualTo(Csv.memberColumns());
    Row row = rows.get(1);
    assertThat(ReadBack.typed(row, column("joined"), CellType.NUMBER, "yyyy-mm-dd").asDate())
        .as("the joining date, a date cell").isEqualTo(JOINED.atStartOfDay());
    assertThat(ReadBack.typed(row, column("birthYear"), CellType.NUMBER, "0").asNumber())
        .as("the birth year, a number").isEqualByComparingTo("1980");
    assertThat(ReadBack.typed(row, column("citizenId"), CellType.STRING).asString())
        .as("the ID number, text with its 18 characters").isEqualTo(CITIZEN_ID.unmaskedText()).hasSize(18);
    assertThat(ReadBack.typed(row, column("id"), CellType.STRING).asString())
        .as("an identifier of digits keeps its leading zeros as text").isEqualTo("000123");
    assertThat(ReadBack.typed(row, column("organisation"), CellType.STRING).asString())
        .as("the organisation").isEqualTo("0042");
    assertThat(ReadBack.typed(row, column("honours"), CellType.STRING).asString())
        .as("honours joined as the CSV joins them").isEqualTo("NATIONAL_MODEL_WORKER;CRAFTSMAN");
    assertThat(ReadBack.text(row.getOptionalCell(column("left")))).as("no leaving date, an empty cell").isEmpty();
    assertThat(book.format(1, "K2")).as("the ID number's cell in the text format, kept text when edited")
        .isEqualTo("@");
    assertThat(book.xml(1)).as("the header row frozen")
        .contains("<pane xSplit=\"0\" ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>");
  }

  @Test
  void anOrganisationsEmployeesAreANumberAndItsFoundingADate() throws IOException {
    Organisation union = Organisation.builder().id(OrganisationId.parse("U1")).name("石家庄市某公司工会")
        .kind(OrganisationKind.GRASSROOTS_UNION).employees(1200).founded(LocalDate.of(1998, 7, 1)).build();
    List<Row> rows = ReadBack.of(XlsxWorkbook.empty().withOrganisations("工会", List.of(union))).rows("工会");
    assertThat(ReadBack.texts(rows.get(0), 11)).as("the header").containsExactly("id", "name", "englishName", "kind",
        "parent", "region", "industry", "ownership", "employees", "founded", "dissolved");
    assertThat(ReadBack.typed(rows.get(1), 8, CellType.NUMBER, "0").asNumber()).as("employees")
        .isEqualByComparingTo("1200");
    assertThat(ReadBack.typed(rows.get(1), 9, CellType.NUMBER, "yyyy-mm-dd").asDate()).as("founded")
        .isEqualTo(LocalDate.of(1998, 7, 1).atStartOfDay());
  }

  @Test
  void anIndicatorsValueIsANumberRoundedByItsFormatBesideTheExactCounts() throws IOException {
    IndicatorTable table = IndicatorTable.of(List.of("石家庄市", "唐山市"),
        List.of(Tally.empty().with(Measure.HIGH_SKILL_MEMBERS, 2_470_000).with(Measure.SKILLED_MEMBERS, 9_090_000)
            .with(Measure.CONTRACT_COVERAGE_GROSS, 5_260_000).with(Measure.CONTRACTS, 51_000), Tally.empty()),
        List.of(Indicators.HIGH_SKILL_RATIO, Indicators.WORKERS_PER_CONTRACT));
    ReadBack book = ReadBack.of(XlsxWorkbook.empty().withTable("指标", table));
    List<Row> rows = book.rows("指标");
    assertThat(ReadBack.texts(rows.get(0), 7)).as("the Chinese header").containsExactly("名称", "高技能人才占比",
        "分子：高技能人才数", "分母：技能人才数", "平均每份合同覆盖职工数（人/份）", "分子：合同覆盖人次", "分母：集体合同份数");
    assertThat(ReadBack.texts(rows.get(1), 7)).as("the English header").containsExactly("name", "high-skill ratio",
        "numerator", "denominator", "workers per contract (persons per contract)", "numerator", "denominator");
    Row city = rows.get(2);
    assertThat(ReadBack.typed(city, 1, CellType.NUMBER, "0.0%").asNumber().doubleValue())
        .as("the share stored as the fraction, shown 27.2%").isEqualTo(2_470_000.0 / 9_090_000);
    assertThat(ReadBack.typed(city, 2, CellType.NUMBER, "#,##0").asNumber()).as("the numerator, exact")
        .isEqualByComparingTo("2470000");
    assertThat(ReadBack.typed(city, 3, CellType.NUMBER, "#,##0").asNumber()).as("the denominator, exact")
        .isEqualByComparingTo("9090000");
    assertThat(ReadBack.typed(city, 4, CellType.NUMBER, "0.0").asNumber().doubleValue())
        .as("persons per contract, unrounded, shown at one decimal").isEqualTo(5_260_000.0 / 51_000);
    Row empty = rows.get(3);
    assertThat(ReadBack.texts(empty, 7)).as("undefined ratios: empty values, their counts written")
        .containsExactly("唐山市", "", "0", "0", "", "0", "0");
    assertThat(book.xml(1)).as("both header rows and the labels frozen")
        .contains("<pane xSplit=\"1\" ySplit=\"2\" topLeftCell=\"B3\" activePane=\"bottomRight\" state=\"frozen\"/>");
  }

  @Test
  void aMoneyValueIsStoredInYuanAndShownAtTwoDecimals() throws IOException {
    IndicatorTable table = IndicatorTable.of(List.of("省总"),
        List.of(Tally.empty().with(Measure.MONEY_RECOVERED, 2_744_000_000L).with(Measure.LEGAL_AID_CASES, 486)),
        List.of(Indicators.MONEY_RECOVERED_PER_CASE));
    Row row = ReadBack.of(XlsxWorkbook.empty().withTable("法律援助", table)).rows("法律援助").get(2);
    assertThat(ReadBack.typed(row, 1, CellType.NUMBER, "0.00").asNumber().doubleValue())
        .as("fen counted, yuan stored: 2744万元 over 486 cases").isEqualTo(27_440_000.0 / 486);
  }

  @Test
  void columnsWidenWithChineseTextTwiceAsMuchAsWithLatin() throws IOException {
    Map<Integer, Double> latin = widths("abcdefghijklmnop");
    Map<Integer, Double> chinese = widths("石家庄市石家庄市石家庄市石家庄市");
    assertThat(chinese.get(0) - 2).as("16 Chinese characters against 16 Latin letters")
        .isEqualTo(2 * (latin.get(0) - 2));
    assertThat(widths("石家庄市石家庄市石家庄市石家庄市石家庄市").get(0)).as("four characters more, eight widths more")
        .isEqualTo(chinese.get(0) + 8);
  }

  private static Map<Integer, Double> widths(String label) throws IOException {
    CountTable counts = CountTable.builder(List.of("数"), List.of("n")).addRow(label, List.of(1L)).build();
    return ReadBack.of(XlsxWorkbook.empty().withCounts("表", counts)).widths(1);
  }

  @Test
  void countsAreWholeNumbersUnderTheirNames() throws IOException {
    CountTable counts = CountTable.builder(List.of("新入会会员数", "新建工会数"), List.of("new members", "new unions"))
        .addRow("河北省", List.of(1_234_567L, 418L)).build();
    List<Row> rows = ReadBack.of(XlsxWorkbook.empty().withCounts("流量", counts)).rows("流量");
    assertThat(ReadBack.texts(rows.get(0), 3)).as("Chinese").containsExactly("名称", "新入会会员数", "新建工会数");
    assertThat(ReadBack.texts(rows.get(1), 3)).as("English").containsExactly("name", "new members", "new unions");
    assertThat(ReadBack.typed(rows.get(2), 1, CellType.NUMBER, "#,##0").asNumber()).as("a count")
        .isEqualByComparingTo("1234567");
    assertThatThrownBy(() -> CountTable.builder(List.of("a"), List.of("a")).addRow("河北省", List.of(1L, 2L)))
        .as("a row of the wrong size").isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 河北省 has 2 counts for 1 columns");
  }

  @Test
  void theSeedsFiguresAndAuditAreSheetsWithTheBoundsAsNumbers() throws IOException {
    DatasetDocument seed = UnionJson.readDataset(Path.of("..", "seeds", "hebei-2020.json"));
    ReportedFigure unbounded = ReportedFigure.builder().id(FigureId.parse("over-5000"))
        .quantity(Quantity.parse("逾5000人")).measure("参加培训的职工").englishMeasure("workers trained")
        .period(ReportingPeriod.ofYear(2020)).source(Source.of("工作回顾")).build();
    List<ReportedFigure> figures = Stream.concat(seed.dataset().figures().stream(), Stream.of(unbounded)).toList();
    List<RelationAudit> audits = RelationAudit.of(seed.dataset());
    ReadBack book = ReadBack.of(XlsxWorkbook.empty().withFigures("数据", figures).withAudit("核验", audits));
    assertThat(book.sheets()).as("the tabs").containsExactly("数据", "核验");

    List<Row> figureRows = book.rows("数据");
    assertThat(figureRows).as("two header rows and a row a figure").hasSize(figures.size() + 2);
    assertThat(ReadBack.texts(figureRows.get(1), 10)).as("the English header").containsExactly("section", "id",
        "as written", "interval", "lower", "upper", "unit", "measure", "measure in English", "period");
    Row first = figureRows.get(2);
    assertThat(ReadBack.texts(first, 10)).as("the figure without a section first")
        .containsExactly("", "over-5000", "逾5000人", "(5000, ∞)", "5000", "", "人", "参加培训的职工", "workers trained",
            "2020");
    Row condolences = figureRows.stream().filter(r -> ReadBack.text(r.getOptionalCell(1)).equals("condolence-recipients"))
        .findFirst().orElseThrow();
    assertThat(ReadBack.texts(condolences, 7)).as("14万余人")
        .containsExactly("3", "condolence-recipients", "14万余人", "[140000, 150000)", "140000", "150000", "人");
    assertThat(ReadBack.typed(condolences, 5, CellType.NUMBER, "General").asNumber()).as("the upper bound, a number")
        .isEqualByComparingTo(BigDecimal.valueOf(150_000));
    assertThat(figureRows.stream().skip(2).map(r -> ReadBack.text(r.getOptionalCell(0))).toList())
        .as("sections in order, as the text report lists them").isSorted();

    List<Row> auditRows = book.rows("核验");
    assertThat(auditRows).as("two header rows and a row a relation").hasSize(audits.size() + 2);
    assertThat(ReadBack.texts(auditRows.get(2), 6)).as("the high-skill share").containsExactly(
        "high-skill-share-check", "占比", "(27.10%, 27.25%)", "CONSISTENT", "高技能人才占技能人才的比例",
        "high-skill workers as a share of skilled workers");
  }

  @Test
  void aFailedWriteLeavesTheFileAsItWasAndNoPartBeside(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("会员.xlsx");
    Files.writeString(target, "the old workbook", StandardCharsets.UTF_8);
    Iterable<Member> failing = () -> new Iterator<>() {
      private int given;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Member next() {
        if (given++ == 1500) {
          throw new UncheckedIOException(new IOException("the member file broke off"));
        }
        return member();
      }
    };
    assertThatThrownBy(() -> XlsxWorkbook.empty().withMembers("会员", failing).writeTo(target))
        .as("the reader's failure").hasRootCauseMessage("the member file broke off");
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).as("the target").isEqualTo("the old workbook");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("the directory").containsExactly(target);
    }

    XlsxWorkbook.empty().withMembers("会员", List.of(member())).writeTo(target);
    assertThat(ReadBack.of(target).rows("会员")).as("a write that succeeds replaces it").hasSize(2);
  }

  @Test
  void sheetNamesFollowExcelsRules() {
    XlsxWorkbook one = XlsxWorkbook.empty().withAudit("核验", List.of());
    assertThat(one.withFigures("数据", List.of()).sheets()).as("the names in order").containsExactly("核验", "数据");
    assertThatThrownBy(() -> one.withFigures("", List.of())).as("empty").isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sheet name \"\" must have 1 to 31 characters, has 0");
    assertThatThrownBy(() -> one.withFigures("x".repeat(32), List.of())).as("too long")
        .hasMessageEndingWith("must have 1 to 31 characters, has 32");
    assertThatThrownBy(() -> one.withFigures("2020/2021", List.of())).as("a slash")
        .hasMessage("sheet name \"2020/2021\" must not hold / (nor any of :\\/?*[])");
    assertThatThrownBy(() -> one.withFigures("'数据", List.of())).as("an apostrophe first")
        .hasMessage("sheet name \"'数据\" must not begin or end with an apostrophe");
    assertThatThrownBy(() -> one.withTable("核验", IndicatorTable.of(List.of(), List.of(), List.of())))
        .as("taken").hasMessage("sheet name \"核验\" is taken: names must differ in more than case");
    assertThatThrownBy(() -> XlsxWorkbook.empty().withAudit("Audit", List.of()).withAudit("AUDIT", List.of()))
        .as("taken but for case").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XlsxWorkbook.empty().writeTo(new java.io.ByteArrayOutputStream()))
        .as("no sheet").isInstanceOf(IllegalStateException.class)
        .hasMessage("a workbook needs at least one sheet: add one with a with... method");
  }
}
