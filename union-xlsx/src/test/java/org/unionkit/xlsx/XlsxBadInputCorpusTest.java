package org.unionkit.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionkit.io.ReadLimits;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordReader;
import org.unionkit.io.Reject;
import org.unionkit.io.UnionFormatException;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;

/**
 * Bad workbooks, case by case, each made here: every case names the rows read before any failure, each
 * bad row's reject (sheet, row, column, field, words of the reason) and the failure that stops the read, if
 * any, at its row and column. Nothing but a {@link UnionFormatException} may stop a read, accepted + rejected
 * must equal the rows read, and no message nor record shows a personal value (ID numbers, birth years,
 * names) planted in the workbook. Rows and columns are those the case writes, never taken from a run.
 */
class XlsxBadInputCorpusTest {
  private static final String SHEET = "会员";
  private static final String PART = "xl/worksheets/sheet1.xml";
  /** The member columns of every member case, A to H. */
  private static final String[] MEMBER_HEADER = {"编号", "所在工会", "工作状态", "就业形态", "性别", "出生年份", "入会日期",
      "身份证号"};
  private static final String[] ORGANISATION_HEADER = {"编号", "名称", "类型", "职工人数", "建会日期"};
  /** Personal values planted in cases, none of which may be shown. */
  private static final String ID_NUMBER = "110105194912310021";
  private static final String BIRTH_YEAR = "1949";
  private static final String NAME = "张三丰";

  @TempDir Path dir;

  /** Makes a case's workbook in a directory. */
  @FunctionalInterface
  interface Workbook {
    Path write(Path dir) throws IOException;
  }

  enum Records { MEMBERS, ORGANISATIONS }

  /**
   * Where a reject or failure must be: the row (0 for the file as a whole), the column from 1 for A (0 for the
   * row as a whole), the field (empty for none) and words of the reason.
   */
  record At(long row, long column, String field, String reason) {}

  /**
   * One workbook: what it holds, the sheet and limits read with, the records read before any failure (their
   * ids), the bad rows in order, and the failure that stops the read (null for none).
   */
  record Case(String name, Records records, Workbook workbook, SheetChoice sheet, ReadLimits limits,
      List<String> accepted, List<At> rejects, @Nullable At failure) {
    Case withSheet(SheetChoice other) {
      return new Case(name, records, workbook, other, limits, accepted, rejects, failure);
    }

    Case withLimits(ReadLimits other) {
      return new Case(name, records, workbook, sheet, other, accepted, rejects, failure);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Case members(String name, Workbook workbook, List<String> accepted, At... rejects) {
    return new Case(name, Records.MEMBERS, workbook, SheetChoice.named(SHEET), ReadLimits.defaults(), accepted,
        List.of(rejects), null);
  }

  private static Case organisations(String name, Workbook workbook, List<String> accepted, At... rejects) {
    return new Case(name, Records.ORGANISATIONS, workbook, SheetChoice.named(SHEET), ReadLimits.defaults(),
        accepted, List.of(rejects), null);
  }

  private static Case failing(String name, Workbook workbook, List<String> accepted, At failure) {
    return new Case(name, Records.MEMBERS, workbook, SheetChoice.named(SHEET), ReadLimits.defaults(), accepted,
        List.of(), failure);
  }

  /** The member sheet's header in row 1. */
  private static TestWorkbooks memberSheet() {
    return TestWorkbooks.sheet(SHEET).texts(MEMBER_HEADER);
  }

  /** A new row of a good member's required cells, A to D. */
  private static TestWorkbooks member(TestWorkbooks sheet, String id) {
    return sheet.row().text(id).text("O1").text("在职").text("全日制");
  }

  /** A member sheet of good rows M1, M2, ...; {@code then} adds the case's rows after them. */
  private static Workbook members(int good, java.util.function.UnaryOperator<TestWorkbooks> then) {
    return dir -> {
      TestWorkbooks sheet = memberSheet();
      for (int i = 1; i <= good; i++) {
        var unused = member(sheet, "M" + i);
      }
      return then.apply(sheet).write(dir.resolve("m.xlsx"));
    };
  }

  private static Workbook organisationSheet(java.util.function.UnaryOperator<TestWorkbooks> rows) {
    return dir -> rows.apply(TestWorkbooks.sheet(SHEET).texts(ORGANISATION_HEADER)).write(dir.resolve("o.xlsx"));
  }

  /** Three good member rows whose sheet part is then rewritten by {@code part} from its XML. */
  private static Workbook rewritten(java.util.function.Function<String, TestWorkbooks.PartContent> part) {
    return dir -> {
      Path file = members(3, s -> s).write(dir);
      String xml;
      try (var zip = new java.util.zip.ZipFile(file.toFile())) {
        xml = new String(zip.getInputStream(zip.getEntry(PART)).readAllBytes(), StandardCharsets.UTF_8);
      }
      return TestWorkbooks.replacePart(file, PART, part.apply(xml));
    };
  }

  /** The sheet's XML with {@code padding} spaces before {@code </sheetData>}, streamed in 1 MiB pieces. */
  private static TestWorkbooks.PartContent padded(String xml, long padding) {
    return out -> {
      int end = xml.indexOf("</sheetData>");
      out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (long left = padding; left > 0; left -= spaces.length) {
        out.write(spaces, 0, (int) Math.min(left, spaces.length));
      }
      out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
    };
  }

  private static final long MB = 1_000_000;

  static Stream<Case> corpus() {
    List<Case> c = new ArrayList<>();
    // Wrong types.
    c.add(organisations("text in a count", organisationSheet(s -> s
        .row().text("O1").text("某公司工会").text("基层工会").text("一百二十")
        .row().text("O2").text("某厂工会").text("基层工会").number("120")),
        List.of("O2"), new At(2, 4, "employees", "must be a whole number from 0 in plain digits")));
    c.add(members("text in a birth year (personal: its value unshown)", members(1, s -> member(s, "M2")
        .skip().text("四九年")), List.of("M1"), new At(3, 6, "birthYear", "must be a whole number from 0")));
    c.add(members("a date where a code belongs", members(1, s -> s.row().text("M2").text("O1")
        .number(XlsxTest.serial(LocalDate.of(2020, 5, 1)), TestWorkbooks.DATE).text("全日制")),
        List.of("M1"), new At(3, 3, "workRelation", "is a date cell, where no day belongs")));
    c.add(members("a number where a day belongs", members(1, s -> member(s, "M2").skip().skip().number("43952")),
        List.of("M1"), new At(3, 7, "joined", "is a number, not a day")));
    c.add(organisations("TRUE in a count", organisationSheet(s -> s
        .row().text("O1").text("某公司工会").text("基层工会").bool(true)),
        List.of(), new At(2, 4, "employees", "must be a whole number from 0 in plain digits")));
    c.add(members("FALSE in a birth year", members(1, s -> member(s, "M2").skip().bool(false)),
        List.of("M1"), new At(3, 6, "birthYear", "must be a whole number from 0")));
    // Merged cells.
    c.add(members("a header name merged across two columns, a value under its second",
        dir -> TestWorkbooks.sheet(SHEET).texts("编号", "所在工会", "", "工作状态", "就业形态").merge("B1:C1")
            .texts("M1", "O1", "", "在职", "全日制")
            .texts("M2", "O1", "O2", "在职", "全日制").write(dir.resolve("m.xlsx")),
        List.of("M1"), new At(3, 3, "", "has a value in a column the header does not name")));
    c.add(members("a required value merged down over two rows: the lower row lacks it",
        members(1, s -> member(s, "M2").merge("B3:B4").row().text("M3").skip().text("在职").text("全日制")),
        List.of("M1", "M2"), new At(4, 2, "organisation", "is merged with B3 above")));
    c.add(members("an optional value merged down over two rows: the lower row is refused, not read without it",
        members(1, s -> member(s, "M2").text("男").merge("E3:E4").row().text("M3").text("O1").text("在职").text("全日制")),
        List.of("M1", "M2"), new At(4, 5, "sex", "is merged with E3 above")));
    // Empty rows inside the data.
    c.add(members("two empty rows inside the data", members(2, s -> s.row(6).text("M3").text("O1").text("在职")
        .text("全日制")), List.of("M1", "M2", "M3"), new At(4, 0, "", "empty row inside the data"),
        new At(5, 0, "", "empty row inside the data")));
    // Formulas where a value belongs.
    c.add(organisations("a formula with its computed value", organisationSheet(s -> s
        .row().text("O1").textFormula("\"某公司\"&\"工会\"", "某公司工会").text("基层工会").formula("100+20", "120")),
        List.of("O1")));
    c.add(members("a formula never computed", members(1, s -> s.row().text("M2").formula("VLOOKUP(A3,单位!A:B,2,0)", null)
        .text("在职").text("全日制")), List.of("M1"), new At(3, 2, "organisation", "never computed")));
    c.add(members("a formula's error #N/A", members(1, s -> s.row().text("M2").error("#N/A").text("在职").text("全日制")),
        List.of("M1"), new At(3, 2, "organisation", "holds the spreadsheet error #N/A")));
    c.add(members("a formula's error #REF! computed by a formula", members(1, s -> member(s, "M2").skip()
        .textFormula("#REF!+1949", "#REF!")), List.of("M1"), new At(3, 6, "birthYear", "#REF!")));
    // Identifiers stored as numbers.
    c.add(members("an ID number stored as a number", members(1, s -> member(s, "M2").skip().number(BIRTH_YEAR)
        .skip().number("1.10105194912310E17")), List.of("M1"), new At(3, 8, "citizenId", "18 digits")));
    c.add(members("a member id stored as a number is its digits", members(0, s -> s.row().number("1001").text("O1")
        .text("在职").text("全日制")), List.of("1001")));
    // A sheet too large to read, and one just under a lowered limit.
    c.add(failing("a 100 MB sheet", rewritten(xml -> padded(xml, 100 * MB)), List.of(),
        new At(0, 0, "", "unpacks to 100,001,")).withLimits(ReadLimits.defaults().withMaxDocumentChars(64 * MB)));
    c.add(members("a 20 MB sheet just under a lowered limit", rewritten(xml -> padded(xml, 20 * MB)),
        List.of("M1", "M2", "M3")).withLimits(ReadLimits.defaults().withMaxDocumentChars(21 * MB)));
    c.add(failing("a sheet that unpacks past the limit though its archive says it does not",
        dir -> understated(rewritten(xml -> padded(xml, 30 * MB)).write(dir), PART), List.of(),
        new At(0, 0, "", "unpacks to more than 21,000,000 bytes")).withLimits(ReadLimits.defaults().withMaxDocumentChars(21 * MB)));
    // Files that are no readable workbook.
    c.add(failing("a password-protected workbook (OLE2)", dir -> Files.write(dir.resolve("m.xlsx"),
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0}),
        List.of(), new At(0, 0, "", "a workbook with a password")));
    c.add(failing("a truncated archive", dir -> {
      Path file = members(3, s -> s).write(dir);
      byte[] bytes = Files.readAllBytes(file);
      return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }, List.of(), new At(0, 0, "", "is not a readable .xlsx workbook")));
    c.add(failing("a sheet whose XML breaks off halfway", rewritten(xml -> out -> out.write(
        xml.substring(0, xml.indexOf("<row r=\"4\"") + 30).getBytes(StandardCharsets.UTF_8))),
        List.of("M1", "M2"), new At(4, 0, "", "cannot be read past row 3")));
    c.add(failing("a sheet whose XML breaks off before its rows", rewritten(xml -> out -> out.write(
        xml.substring(0, xml.indexOf("<sheetData>") + 5).getBytes(StandardCharsets.UTF_8))),
        List.of(), new At(0, 0, "", "is not a readable .xlsx workbook")));
    c.add(failing("a sheet whose XML is broken in a row", rewritten(xml -> out -> out.write(
        xml.replace("<row r=\"3\">", "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>M</c>").getBytes(
            StandardCharsets.UTF_8))), List.of("M1"), new At(3, 0, "", "cannot be read past row 2")));
    // Sheets and headers.
    c.add(failing("a sheet that does not exist", members(1, s -> s), List.of(),
        new At(0, 0, "", "has no sheet named 名册 (its sheets: 会员)")).withSheet(SheetChoice.named("名册")));
    c.add(failing("a sheet position past the last", members(1, s -> s), List.of(),
        new At(0, 0, "", "has no sheet at position 3")).withSheet(SheetChoice.at(3)));
    c.add(members("a header below a title and a group heading", dir -> TestWorkbooks.sheet(SHEET)
        .texts("2020年度会员名册").merge("A1:H1").texts("基本信息", "", "", "", "就业").merge("A2:D2")
        .texts(MEMBER_HEADER).row().text("M1").text("O1").text("在职").text("全日制").write(dir.resolve("m.xlsx")),
        List.of("M1")));
    c.add(members("a personal column, dropped", dir -> TestWorkbooks.sheet(SHEET)
        .texts("编号", "姓名", "所在工会", "工作状态", "就业形态").texts("M1", NAME, "O1", "在职", "全日制")
        .write(dir.resolve("m.xlsx")), List.of("M1")));
    c.add(members("a value in a column past the header", members(1, s -> member(s, "M2").skip().skip().skip().skip()
        .text(NAME)), List.of("M1"), new At(3, 9, "", "has a value in a column the header does not name")));
    c.add(failing("no header in the first 20 rows", dir -> {
      TestWorkbooks sheet = TestWorkbooks.sheet(SHEET);
      for (int i = 0; i < 20; i++) {
        sheet.texts("说明" + i);
      }
      return sheet.texts(MEMBER_HEADER).write(dir.resolve("m.xlsx"));
    }, List.of(), new At(0, 0, "", "no row of the first 20 names one of the member columns")));
    return c.stream();
  }

  /**
   * Rewrites the archive's records of a part's size to say it unpacks to 1,000 bytes: the central directory's
   * entry and the data descriptor after the part (Java's archives write sizes there, after the data).
   */
  private static Path understated(Path file, String part) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] name = part.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 < bytes.length; i++) {
      if (zip.getInt(i) == 0x02014b50 && zip.getShort(i + 28) == name.length
          && Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
        long real = Integer.toUnsignedLong(zip.getInt(i + 24));
        zip.putInt(i + 24, 1000);
        for (int d = 0; d + 16 <= bytes.length; d++) {
          if (zip.getInt(d) == 0x08074b50 && Integer.toUnsignedLong(zip.getInt(d + 12)) == real) {
            zip.putInt(d + 12, 1000);
          }
        }
      }
    }
    return Files.write(file, bytes);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void eachBadWorkbookGivesItsLocatedErrors(Case bad) throws IOException {
    Path file = bad.workbook().write(dir);
    List<Reject> rejects = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    long[] counts = new long[3];
    Throwable thrown = null;
    ReadOptions options = ReadOptions.defaults().withRejects(rejects::add).withLimits(bad.limits());
    try (RecordReader<?> reader = open(bad, file, options)) {
      try {
        reader.forEachRemaining(r -> {
          accepted.add(r instanceof Member m ? m.id().toString() : ((Organisation) r).id().toString());
          shown.add(r.toString());
        });
      } finally {
        counts[0] = reader.rowsRead();
        counts[1] = reader.accepted();
        counts[2] = reader.rejected();
        shown.addAll(reader.droppedColumns());
      }
    } catch (UncheckedIOException e) {
      thrown = e.getCause();
    } catch (IOException | RuntimeException e) {
      thrown = e;
    }
    assertThat(accepted).as("the records read").containsExactlyElementsOf(bad.accepted());
    assertThat(rejects).as("the bad rows").hasSameSizeAs(bad.rejects());
    for (int i = 0; i < rejects.size(); i++) {
      Reject r = rejects.get(i);
      At at = bad.rejects().get(i);
      assertThat(r.sheet()).as("sheet of %s", r).hasValue(SHEET);
      assertThat(new At(r.line(), r.column(), r.path(), "")).as("row, column and field of %s", r)
          .isEqualTo(new At(at.row(), at.column(), at.field(), ""));
      assertThat(r.reason()).as("reason of %s", r).contains(at.reason());
      shown.add(r.reason());
    }
    if (bad.failure() == null) {
      assertThat(thrown).as("what stops the read").isNull();
      assertThat(counts[1] + counts[2]).as("accepted + rejected = rows read").isEqualTo(counts[0]);
    } else {
      assertThat(thrown).as("what stops the read").isExactlyInstanceOf(UnionFormatException.class);
      UnionFormatException e = (UnionFormatException) thrown;
      At at = bad.failure();
      assertThat(new At(e.line(), e.column(), e.path(), "")).as("row, column and field of %s", e.getMessage())
          .isEqualTo(new At(at.row(), at.column(), at.field(), ""));
      assertThat(e.reason()).as("reason").contains(at.reason());
      if (at.row() > 0) {
        assertThat(e.sheet()).as("sheet of %s", e.getMessage()).hasValue(SHEET);
      }
      // Without the file's name: a temporary directory's random digits may hold a planted value by chance.
      shown.add(e.getMessage().replace(file.toString(), "m.xlsx"));
    }
    assertThat(String.join("\n", shown)).as("what a read shows").doesNotContain(ID_NUMBER).doesNotContain(NAME)
        .doesNotContain(BIRTH_YEAR).doesNotContain("110105");
  }

  private static RecordReader<?> open(Case bad, Path file, ReadOptions options) throws IOException {
    return bad.records() == Records.MEMBERS ? Xlsx.members(file, bad.sheet(), options)
        : Xlsx.organisations(file, bad.sheet(), options);
  }
}
