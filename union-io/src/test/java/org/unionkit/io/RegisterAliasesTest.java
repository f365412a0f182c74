package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.HardshipStatus;
import org.unionkit.model.Honour;
import org.unionkit.model.Labelled;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.Sex;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;

/** Registers as federations write them: Chinese headers and labels, personal columns, and their encodings. */
class RegisterAliasesTest {
  private static final String CHINESE_REGISTER = """
      编号,所在工会,性别,出生年份,入会日期,工作状态,就业形态,技能等级,荣誉称号,姓名,手机号
      M1,U1,男,1984,2020/5/1,在职职工,快递员,高级工,全国劳动模范、工匠,张三,13800000000
      M2,U1,女性,1990-03-05,2019年7月1日,退休,劳务派遣,三级,,李四,13900000000
      """;

  private static List<Member> read(byte[] bytes, ReadOptions options, List<String> dropped) throws IOException {
    List<Member> members = new ArrayList<>();
    try (RecordReader<Member> reader = Csv.members(new ByteArrayInputStream(bytes), "会员.csv", options)) {
      reader.forEachRemaining(members::add);
      dropped.addAll(reader.droppedColumns());
    }
    return members;
  }

  @Test
  void readsChineseHeadersLabelsAndTheSpellingsOfRegisters() throws IOException {
    List<String> dropped = new ArrayList<>();
    List<Member> members = read(CHINESE_REGISTER.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults(), dropped);
    assertThat(members).extracting(Member::workRelation).containsExactly(WorkRelation.EMPLOYEE, WorkRelation.RETIRED);
    assertThat(members).extracting(Member::employmentForm)
        .containsExactly(EmploymentForm.COURIER, EmploymentForm.DISPATCHED);
    assertThat(members).extracting(m -> m.sex().orElseThrow()).containsExactly(Sex.MALE, Sex.FEMALE);
    assertThat(members).extracting(m -> m.skillLevel().orElseThrow())
        .containsExactly(SkillLevel.SENIOR_WORKER, SkillLevel.SENIOR_WORKER);
    assertThat(members).extracting(m -> m.joined().orElseThrow())
        .containsExactly(LocalDate.of(2020, 5, 1), LocalDate.of(2019, 7, 1));
    assertThat(members).extracting(m -> m.birthYear().orElseThrow().getValue())
        .describedAs("a birth year, and the year of a birth date").containsExactly(1984, 1990);
    assertThat(members.get(0).honours()).containsExactlyInAnyOrder(Honour.NATIONAL_MODEL_WORKER, Honour.CRAFTSMAN);
    assertThat(dropped).describedAs("personal columns, dropped and listed").containsExactly("姓名", "手机号");
  }

  @Test
  void aBirthYearIsReadFromTheMonthOrYearARegisterKeeps() throws IOException {
    String csv = "编号,所在工会,工作状态,就业形态,出生年月\n"
        + "M1,U1,在职,全日制,1984.03\nM2,U1,在职,全日制,1985年\nM3,U1,在职,全日制,1986年7月\nM4,U1,在职,全日制,1987-13\n";
    List<Reject> rejects = new ArrayList<>();
    List<Member> members = read(csv.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults().withRejects(rejects::add),
        new ArrayList<>());
    assertThat(members).extracting(m -> m.birthYear().orElseThrow().getValue()).containsExactly(1984, 1985, 1986);
    assertThat(rejects).extracting(r -> r.line() + " " + r.path() + ": " + r.reason())
        .describedAs("a month that is none, refused as a count is, without the value")
        .containsExactly("5 birthYear: must be a whole number from 0 in plain digits (a fraction or exponent is refused, "
            + "never truncated)");
  }

  @Test
  void everyChineseAndEnglishLabelOfTheModelReadsAsItsConstant() {
    for (Class<? extends Enum<?>> type : List.of(Sex.class, WorkRelation.class, EmploymentForm.class,
        SkillLevel.class, HardshipStatus.class, Honour.class, OrganisationKind.class, Ownership.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled labelled = (Labelled) constant;
        for (String spelling : List.of(constant.name(), labelled.chinese(), labelled.english(),
            " " + labelled.chinese() + "\u3000")) {
          assertThat(constantOf(type, spelling)).describedAs("%s read as %s", spelling, type.getSimpleName())
              .isSameAs(constant);
        }
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum<?> constantOf(Class<? extends Enum<?>> type, String text) {
    return Aliases.constantOf((Class) type, text);
  }

  @Test
  void anUnknownSpellingNamesTheConstantsWithTheirChineseLabels() {
    assertThatThrownBy(() -> Aliases.constantOf(WorkRelation.class, "兼职"))
        .hasMessage("\"兼职\" is not one of EMPLOYEE, RETIRED, UNEMPLOYED, SELF_EMPLOYED, nor a label or alias of them "
            + "(在职职工, 退休, 失业, 自雇, ...)");
  }

  @Test
  void headersAreMatchedWithoutMarksUnitsAndSpaces() throws IOException {
    String csv = " *编号 ,所在工会＊,工作状态,就业形态（类别）\nM1,U1,在职,标准劳动关系\n";
    List<Member> members = read(csv.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults(), new ArrayList<>());
    assertThat(members).extracting(m -> m.id().toString()).containsExactly("M1");
  }

  @Test
  void aHeaderNamingNothingListsTheColumnsInBothLanguages() {
    byte[] csv = "学号,班级\n1,2\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(csv, ReadOptions.defaults(), new ArrayList<>()))
        .isInstanceOf(UnionFormatException.class)
        .hasMessageContaining("会员.csv:1: the first line names none of the member columns (id 编号, organisation 所在工会, "
            + "sex 性别, birthYear 出生年份, joined 入会日期, workRelation 工作状态, employmentForm 就业形态");
  }

  @Test
  void anUnknownOrMissingColumnIsNamedInBothLanguages() {
    byte[] csv = "编号,所在工会,工作状态,学号\nM1,U1,在职,1\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(csv, ReadOptions.defaults(), new ArrayList<>()))
        .isInstanceOf(UnionFormatException.class).hasMessageContaining("unknown column \"学号\"")
        .hasMessageContaining("missing required column employmentForm 就业形态");
  }

  @Test
  void anAliasAndTheFieldNameTogetherNameItTwice() {
    byte[] csv = "id,编号,organisation,workRelation,employmentForm\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(csv, ReadOptions.defaults(), new ArrayList<>()))
        .isInstanceOf(UnionFormatException.class).hasMessage("会员.csv:1: id: appears twice in the header (columns 1 and 2)");
  }

  @Test
  void readsExcelUnicodeTextUtf16WithTabs() throws IOException {
    String text = CHINESE_REGISTER.replace(',', '\t');
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    List<Member> members = read(bytes, ReadOptions.defaults(), new ArrayList<>());
    assertThat(members).extracting(Member::employmentForm)
        .containsExactly(EmploymentForm.COURIER, EmploymentForm.DISPATCHED);
  }

  @Test
  void readsGb18030WithTheRareCharactersOfNames() throws IOException {
    Charset gb18030 = Charset.forName("GB18030");
    String csv = "编号,名称,类型\nU1,𠀾县总工会,县级总工会\n";
    List<Organisation> organisations = new ArrayList<>();
    try (RecordReader<Organisation> reader = Csv.organisations(new ByteArrayInputStream(csv.getBytes(gb18030)),
        "o.csv", ReadOptions.defaults().withCharset(gb18030))) {
      reader.forEachRemaining(organisations::add);
    }
    assertThat(organisations).extracting(Organisation::name).describedAs("a four-byte GB18030 character")
        .containsExactly("𠀾县总工会");
    assertThat(Charset.forName("GBK").newEncoder().canEncode("𠀾")).describedAs("GBK cannot hold it").isFalse();
  }
}
