package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.io.Csv;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordReader;
import org.unionkit.io.RecordWriter;
import org.unionkit.model.Member;
import org.unionkit.xlsx.CountTable;
import org.unionkit.xlsx.XlsxWorkbook;

/**
 * {@code report --members} on one register written as NDJSON, CSV (UTF-8, GB18030, Excel's UTF-16 text)
 * and a workbook: the same indicators and flows whatever the format, told by extension or content.
 */
class RegisterFormatsTest {
  @TempDir
  static Path dir;
  private static Path dataset;
  private static Path ndjson;
  private static List<Member> members;

  @BeforeAll
  static void generate() throws IOException {
    Path out = dir.resolve("province");
    assertThat(Run.of("generate", "--members", "300", "--seed", "5", "--out", out.toString()).status()).isZero();
    dataset = out.resolve("dataset.json");
    ndjson = out.resolve("members.ndjson");
    try (InputStream in = Files.newInputStream(ndjson);
        RecordReader<Member> reader = Ndjson.members(in, "m", ReadOptions.defaults())) {
      members = reader.stream().toList();
    }
  }

  private static Path csv(String name, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file); RecordWriter<Member> writer = Csv.memberWriter(out, charset)) {
      for (Member m : members) {
        writer.write(m);
      }
    }
    return file;
  }

  /** The report's tables: everything after the line that says what was read. */
  private static String tables(Run r) {
    assertThat(r.status()).as("exit status of %s", r.err()).isZero();
    return r.out().substring(r.out().indexOf("Indicators 指标"));
  }

  @Test
  void aCsvRegisterGivesTheSameReportAsItsNdjson() throws IOException {
    String expected = tables(Run.of("report", dataset.toString(), "--members", ndjson.toString()));
    Path utf8 = csv("members.csv", StandardCharsets.UTF_8);
    Run r = Run.of("report", dataset.toString(), "--members", utf8.toString());
    assertThat(tables(r)).isEqualTo(expected);
    assertThat(r.out()).containsPattern("members\\.csv: 300 rows, [0-9]+ counted");

    Path gb18030 = csv("members-gb.dat", Charset.forName("GB18030"));
    assertThat(tables(Run.of("report", dataset.toString(), "--members", gb18030.toString(), "--charset", "GB18030")))
        .describedAs("CSV told by its content, read as GB18030").isEqualTo(expected);
  }

  @Test
  void aWorkbookRegisterGivesTheSameReportFromTheSheetNamed() throws IOException {
    Path book = dir.resolve("会员名册.xlsx");
    XlsxWorkbook.empty().withCounts("说明", CountTable.builder(List.of("人数"), List.of("members"))
        .addRow("全省", List.of((long) members.size())).build()).withMembers("会员", members).writeTo(book);
    String expected = tables(Run.of("report", dataset.toString(), "--members", ndjson.toString()));
    Run r = Run.of("report", dataset.toString(), "--members", book.toString(), "--sheet", "会员");
    assertThat(tables(r)).isEqualTo(expected);
    assertThat(r.out()).containsPattern("会员名册\\.xlsx: 300 rows, [0-9]+ counted");
    Run byPosition = Run.of("report", dataset.toString(), "--members", book.toString(), "--sheet", "2");
    assertThat(tables(byPosition)).isEqualTo(expected);

    Run first = Run.of("report", dataset.toString(), "--members", book.toString());
    assertThat(first.status()).as("the first sheet holds no register").isEqualTo(1);
    assertThat(first.err()).contains("会员名册.xlsx: 说明: no row of the first 20 names one of the member columns");
    Run missing = Run.of("report", dataset.toString(), "--members", book.toString(), "--sheet", "名册");
    assertThat(missing.err()).contains("has no sheet named 名册 (its sheets: 说明, 会员)");
  }

  @Test
  void excelsUnicodeTextIsReadWhateverTheCharsetNamed() throws IOException {
    String csv = Files.readString(csv("members-for-tabs.csv", StandardCharsets.UTF_8)).substring(1);
    Path tabs = dir.resolve("members.txt");
    try (OutputStream out = Files.newOutputStream(tabs)) {
      out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
      out.write(csv.replace(',', '\t').replace("\"", "").getBytes(StandardCharsets.UTF_16LE));
    }
    assertThat(tables(Run.of("report", dataset.toString(), "--members", tabs.toString())))
        .isEqualTo(tables(Run.of("report", dataset.toString(), "--members", ndjson.toString())));
  }

  @Test
  void aChineseRegisterDropsAndListsItsPersonalColumns() throws IOException {
    Path file = dir.resolve("会员.csv");
    Files.writeString(file, "编号,所在工会,姓名,工作状态,就业形态,手机号\n");
    Run r = Run.of("report", dataset.toString(), "--members", file.toString());
    assertThat(r.out()).contains("会员.csv: 0 rows").contains("dropped unread, personal data the register does not "
        + "keep: 姓名, 手机号");
  }

  @Test
  void anOptionForAnotherFormatIsRefused() {
    Run sheet = Run.of("report", dataset.toString(), "--members", ndjson.toString(), "--sheet", "会员");
    assertThat(sheet.status()).isEqualTo(1);
    assertThat(sheet.err()).contains("--sheet names a workbook's sheet, but this register is NDJSON");
    Run charset = Run.of("report", dataset.toString(), "--members", ndjson.toString(), "--charset", "GBK");
    assertThat(charset.err()).contains("--charset names a CSV file's encoding, but this register is NDJSON, which is "
        + "UTF-8");
    Run unknown = Run.of("report", dataset.toString(), "--members", ndjson.toString(), "--charset", "KLINGON");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("'KLINGON' is not an encoding such as UTF-8, GBK or GB18030");
  }
}
