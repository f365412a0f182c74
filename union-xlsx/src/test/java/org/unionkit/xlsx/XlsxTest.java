package org.unionkit.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordReader;
import org.unionkit.io.Reject;
import org.unionkit.io.UnionFormatException;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Sex;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;

class XlsxTest {
  @TempDir Path dir;

  static String serial(LocalDate day) {
    return String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), day));
  }

  static String serial1904(LocalDate day) {
    return String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), day));
  }

  private List<Member> read(Path file, List<Reject> rejects) throws IOException {
    try (RecordReader<Member> reader = Xlsx.members(file, SheetChoice.named("会员"),
        ReadOptions.defaults().withRejects(rejects::add))) {
      List<Member> members = new ArrayList<>();
      reader.forEachRemaining(members::add);
      assertThat(reader.accepted() + reader.rejected()).describedAs("accepted + rejected = rows")
          .isEqualTo(reader.rowsRead());
      return members;
    }
  }

  @Test
  void readsARegisterAsAFederationKeepsIt() throws IOException {
    Path file = TestWorkbooks.sheet("会员")
        .texts("2020年度会员名册")
        .texts("基本信息", "", "", "", "", "就业")
        .texts("编号", "所在工会", "性别", "出生日期", "入会日期", "工作状态", "就业形态", "技能等级", "姓名", "手机号")
        .row().text("M1").text("O1").text("男").number(serial(LocalDate.of(1984, 3, 5)), TestWorkbooks.DATE)
        .number(serial(LocalDate.of(2020, 5, 1)), TestWorkbooks.CHINESE_DATE).text("在职").text("快递员")
        .text("高级工").text("张三").number("13800000000")
        .write(dir.resolve("m.xlsx"));
    List<Reject> rejects = new ArrayList<>();
    try (RecordReader<Member> reader = Xlsx.members(file, SheetChoice.named("会员"), ReadOptions.defaults())) {
      Member m = reader.next();
      assertThat(m.id().toString()).isEqualTo("M1");
      assertThat(m.sex()).hasValue(Sex.MALE);
      assertThat(m.birthYear().map(y -> y.getValue())).describedAs("the year of a birth date").hasValue(1984);
      assertThat(m.joined()).hasValue(LocalDate.of(2020, 5, 1));
      assertThat(m.workRelation()).isEqualTo(WorkRelation.EMPLOYEE);
      assertThat(m.employmentForm()).isEqualTo(EmploymentForm.COURIER);
      assertThat(m.skillLevel()).hasValue(SkillLevel.SENIOR_WORKER);
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.droppedColumns()).describedAs("personal columns dropped and listed")
          .containsExactly("姓名", "手机号");
      assertThat(m.toString()).doesNotContain("张三").doesNotContain("13800000000");
    }
    assertThat(rejects).isEmpty();
  }

  @Test
  void findsANameMergedDownOverTwoHeaderRows() throws IOException {
    Path file = TestWorkbooks.sheet("会员")
        .texts("编号", "会员信息")
        .texts("", "所在工会", "工作状态", "就业形态")
        .texts("M1", "O1", "EMPLOYEE", "STANDARD")
        .write(dir.resolve("m.xlsx"));
    List<Reject> rejects = new ArrayList<>();
    assertThat(read(file, rejects)).extracting(m -> m.id().toString()).containsExactly("M1");
    assertThat(rejects).isEmpty();
  }

  @Test
  void readsDatesInEitherDateSystemNumbersStoredAsTextAndComputedFormulas() throws IOException {
    Path file = TestWorkbooks.sheet("会员").date1904()
        .texts("id", "organisation", "workRelation", "employmentForm", "joined", "birthYear")
        .row().text("M1").textFormula("\"O\"&1", "O1").text("EMPLOYEE").text("STANDARD")
        .number(serial1904(LocalDate.of(2019, 7, 1)), TestWorkbooks.DATE).text("1990")
        .row().text("M2").text("O1").text("EMPLOYEE").text("STANDARD").text("2019/7/2").formula("1989+1", "1990")
        .write(dir.resolve("m.xlsx"));
    List<Reject> rejects = new ArrayList<>();
    List<Member> members = read(file, rejects);
    assertThat(rejects).isEmpty();
    assertThat(members).extracting(m -> m.joined().orElseThrow())
        .describedAs("the 1904 date system and a day typed as text")
        .containsExactly(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 2));
    assertThat(members).extracting(m -> m.birthYear().orElseThrow().getValue()).containsExactly(1990, 1990);
    assertThat(members.get(0).organisation().toString()).describedAs("a text formula's computed value").isEqualTo("O1");
  }

  @Test
  void rejectsEachBadCellAtItsSheetRowColumnAndField() throws IOException {
    Path file = TestWorkbooks.sheet("会员")
        .texts("id", "organisation", "workRelation", "employmentForm", "joined", "citizenId")
        .row().text("M1").text("O1").text("EMPLOYEE").text("STANDARD").number("43952")
        .row().text("M2").text("O1").text("EMPLOYEE").text("STANDARD").skip().number("1.10105194912310E17")
        .row().text("M3").error("#N/A").text("EMPLOYEE").text("STANDARD")
        .row().text("M4").formula("VLOOKUP(A5,Sheet2!A:B,2,0)", null).text("EMPLOYEE").text("STANDARD")
        .row(8).text("M5").text("O1").text("EMPLOYEE").text("STANDARD")
        .row().text("M6").text("O1").text("EMPLOYEE").text("STANDARD").skip().skip().text("备注")
        .row().text("M5").text("O1").text("在职职工").text("劳务派遣")
        .write(dir.resolve("m.xlsx"));
    List<Reject> rejects = new ArrayList<>();
    List<Member> members = read(file, rejects);
    assertThat(members).extracting(m -> m.id().toString()).containsExactly("M5");
    assertThat(rejects).extracting(r -> r.where("m.xlsx") + ": " + r.path())
        .containsExactly("m.xlsx: 会员!E2: joined", "m.xlsx: 会员!F3: citizenId", "m.xlsx: 会员!B4: organisation",
            "m.xlsx: 会员!B5: organisation", "m.xlsx: 会员!6: ", "m.xlsx: 会员!7: ", "m.xlsx: 会员!G9: ",
            "m.xlsx: 会员!10: id");
    assertThat(rejects.get(0).reason()).startsWith("is a number, not a day");
    assertThat(rejects.get(1).reason()).contains("18 digits").contains("lost").doesNotContain("110105");
    assertThat(rejects.get(2).reason()).contains("#N/A");
    assertThat(rejects.get(3).reason()).contains("never computed");
    assertThat(rejects.get(4).reason()).startsWith("empty row inside the data");
    assertThat(rejects.get(6).reason()).contains("column the header does not name");
    assertThat(rejects.get(7).reason()).startsWith("duplicate-id: repeats the member id of row 8");
    assertThat(rejects).allSatisfy(r -> assertThat(r.sheet()).hasValue("会员"));
  }

  @Test
  void aHeaderThatNamesNothingListsTheColumnsInBothLanguages() throws IOException {
    Path file = TestWorkbooks.sheet("会员").texts("张三", "13800000000").write(dir.resolve("m.xlsx"));
    assertThatThrownBy(() -> read(file, new ArrayList<>())).isInstanceOf(UnionFormatException.class)
        .hasMessageContaining("no row of the first 20 names one of the member columns")
        .hasMessageContaining("id 编号").hasMessageContaining("joined 入会日期").hasMessageNotContaining("张三");
  }

  @Test
  void readsOrganisationsBySheetPosition() throws IOException {
    Path file = TestWorkbooks.sheet("说明").texts("本表由县总工会填报")
        .andSheet("名册").texts("编号", "工会名称", "组织类型", "上级工会", "职工人数（人）", "建会日期")
        .texts("O1", "某县总工会", "县级总工会")
        .row().text("O2").text("某公司工会").text("基层工会").text("O1").number("120").text("2018年3月1日")
        .write(dir.resolve("o.xlsx"));
    try (RecordReader<Organisation> reader = Xlsx.organisations(file, SheetChoice.at(2), ReadOptions.defaults())) {
      List<Organisation> organisations = new ArrayList<>();
      reader.forEachRemaining(organisations::add);
      assertThat(organisations).extracting(Organisation::kind)
          .containsExactly(OrganisationKind.COUNTY_FEDERATION, OrganisationKind.GRASSROOTS_UNION);
      assertThat(organisations.get(1).employees()).hasValue(120);
      assertThat(organisations.get(1).founded()).hasValue(LocalDate.of(2018, 3, 1));
    }
  }

  @Test
  void namesTheSheetsWhenTheOneAskedForIsMissing() throws IOException {
    Path file = TestWorkbooks.sheet("Sheet1").texts("id").andSheet("名册").texts("id").write(dir.resolve("m.xlsx"));
    assertThat(Xlsx.sheets(file)).containsExactly("Sheet1", "名册");
    assertThatThrownBy(() -> Xlsx.members(file, SheetChoice.named("会员"), ReadOptions.defaults()))
        .isInstanceOf(UnionFormatException.class).hasMessage(file + ": has no sheet named 会员 (its sheets: Sheet1, 名册)");
  }

  @Test
  void tellsWhatAFileIsWhenItIsNoWorkbook() throws IOException {
    Path ole2 = Files.write(dir.resolve("protected.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
    Path text = Files.writeString(dir.resolve("m.xlsx"), "id,organisation\n");
    Path zip = dir.resolve("empty.xlsx");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      out.closeEntry();
    }
    assertThat(Xlsx.isWorkbook(ole2)).isTrue();
    assertThat(Xlsx.isWorkbook(text)).isFalse();
    assertThatThrownBy(() -> Xlsx.members(ole2, SheetChoice.first(), ReadOptions.defaults()))
        .isInstanceOf(UnionFormatException.class).hasMessageContaining("a workbook with a password");
    assertThatThrownBy(() -> Xlsx.members(text, SheetChoice.first(), ReadOptions.defaults()))
        .isInstanceOf(UnionFormatException.class).hasMessageContaining("not a ZIP archive");
    assertThatThrownBy(() -> Xlsx.members(zip, SheetChoice.first(), ReadOptions.defaults()))
        .isInstanceOf(UnionFormatException.class).hasMessageContaining("is not a readable .xlsx workbook");
  }
}
