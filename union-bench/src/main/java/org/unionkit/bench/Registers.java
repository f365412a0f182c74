package org.unionkit.bench;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.unionkit.io.Collected;
import org.unionkit.io.Csv;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordReader;
import org.unionkit.io.RecordWriter;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.RollUp;
import org.unionkit.testkit.UnionGenerators;
import org.unionkit.xlsx.SheetChoice;
import org.unionkit.xlsx.Xlsx;
import org.unionkit.xlsx.XlsxWorkbook;

/**
 * Workload W5, registers from workbooks: the province's members as a register in CSV ({@link Csv#memberWriter})
 * and in a workbook ({@link XlsxWorkbook#withMembers}), each written once from the NDJSON member file and found
 * there on later runs; then read member by member and rolled up from each, and the workbook's rows read by
 * two streaming readers alone, with no record made: fastexcel's, which union-xlsx is built on, and
 * excel-streaming-reader over POI, the peer issue 17 measured. A read returns the rows it read and the
 * members among them whose spell goes on (no {@code left} cell), a roll-up the province's member measures
 * ({@link MemberMeasures}): both must agree across the ways.
 *
 * @param csv the register as CSV
 * @param xlsx the register as a workbook, one sheet ({@link #SHEET})
 * @param tree the province's organisations, for the roll-ups
 */
record Registers(Path csv, Path xlsx, OrganisationTree tree) {
  /** The register's sheet, as a federation names it. */
  static final String SHEET = "会员";
  /** The options union-xlsx reads with: cell formats (to tell a date), formulas' text. */
  private static final ReadingOptions FASTEXCEL = new ReadingOptions(true, true);

  /** The province's register as CSV and as a workbook, written unless they are there already. */
  static Registers of(Province province, PrintStream progress) throws IOException {
    Path csv = province.membersFile().resolveSibling("members.csv");
    Path xlsx = province.membersFile().resolveSibling("members.xlsx");
    if (!Files.exists(csv)) {
      progress.printf("writing %s%n", csv);
      Path partial = csv.resolveSibling("members.csv.partial");
      try (InputStream in = Files.newInputStream(province.membersFile());
           RecordReader<Member> members = Ndjson.members(in, province.membersFile().toString(), ReadOptions.defaults());
           OutputStream bytes = Files.newOutputStream(partial);
           RecordWriter<Member> out = Csv.memberWriter(bytes, StandardCharsets.UTF_8)) {
        while (members.hasNext()) {
          out.write(members.next());
        }
      }
      Files.move(partial, csv, StandardCopyOption.ATOMIC_MOVE);
    }
    if (!Files.exists(xlsx)) {
      progress.printf("writing %s%n", xlsx);
      try (InputStream in = Files.newInputStream(province.membersFile());
           RecordReader<Member> members = Ndjson.members(in, province.membersFile().toString(), ReadOptions.defaults())) {
        XlsxWorkbook.empty().withMembers(SHEET, () -> members).writeTo(xlsx);
      }
    }
    return new Registers(csv, xlsx, province.document().dataset().tree());
  }

  /**
   * A workbook of as many organisations as the province has members, grassroots unions under one federation
   * from union-testkit's generator, written once: a register read with no id check ({@link Xlsx#organisations}).
   */
  static Path organisationsWorkbook(Province province, PrintStream progress) throws IOException {
    Path file = province.membersFile().resolveSibling("organisations.xlsx");
    if (!Files.exists(file)) {
      progress.printf("writing %,d organisations to %s%n", province.members(), file);
      UnionGenerators generate = UnionGenerators.seeded(Province.SEED);
      Organisation root = generate.tree(1, 1).get(0);
      XlsxWorkbook.empty().withOrganisations("基层工会",
          () -> Stream.generate(() -> generate.grassrootsUnion(root)).limit(province.members()).iterator())
          .writeTo(file);
    }
    return file;
  }

  /** unionkit: every member of the workbook's sheet, {@link Xlsx#members}. */
  long[] xlsxMembers() throws IOException {
    try (RecordReader<Member> members = Xlsx.members(xlsx, SheetChoice.named(SHEET), ReadOptions.defaults())) {
      return count(members);
    }
  }

  /** unionkit: every member of the CSV file, {@link Csv#members}. */
  long[] csvMembers() throws IOException {
    try (RecordReader<Member> members = Csv.members(Files.newInputStream(csv), csv.toString(), ReadOptions.defaults())) {
      return count(members);
    }
  }

  /** The rows read and the members whose spell goes on, the members held by no one. */
  static long[] count(RecordReader<Member> members) {
    long rows = 0;
    long current = 0;
    while (members.hasNext()) {
      rows++;
      current += members.next().left().isEmpty() ? 1 : 0;
    }
    return new long[] {rows, current};
  }

  /** unionkit: the workbook's members rolled up over the tree, {@link Xlsx#rollUp}; the province's measures. */
  long[] xlsxRollUp() throws IOException {
    return measures(xlsxRolledUp());
  }

  /** unionkit: the CSV file's members rolled up over the tree, {@link Csv#rollUp}; the province's measures. */
  long[] csvRollUp() throws IOException {
    return measures(csvRolledUp());
  }

  Collected<RollUp> xlsxRolledUp() throws IOException {
    return Xlsx.rollUp(xlsx, SheetChoice.named(SHEET), tree, List.of(), ReadOptions.defaults());
  }

  Collected<RollUp> csvRolledUp() throws IOException {
    try (InputStream in = Files.newInputStream(csv)) {
      return Csv.rollUp(in, csv.toString(), tree, List.of(), ReadOptions.defaults());
    }
  }

  private long[] measures(Collected<RollUp> rolled) {
    return MemberMeasures.of(rolled.value().subtree(tree.roots().get(0).id()));
  }

  /** fastexcel's reader alone, as union-xlsx opens it: every cell's value, no record made. */
  long[] fastexcelRows() throws IOException {
    return fastexcelRows(xlsx);
  }

  /**
   * fastexcel's reader alone over a register's first sheet: every cell's value of every row, counted; the
   * rows under the header and those with no {@code left} cell (all of them, for organisations).
   */
  static long[] fastexcelRows(Path workbook) throws IOException {
    try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile(), FASTEXCEL);
         Stream<org.dhatim.fastexcel.reader.Row> rows = book.getFirstSheet().openStream()) {
      Tally tally = new Tally();
      rows.forEach(row -> {
        tally.row();
        for (int i = 0; i < row.getCellCount(); i++) {
          org.dhatim.fastexcel.reader.Cell cell = row.getCell(i);
          Object value = cell == null ? null : cell.getValue();
          tally.cell(i, value == null ? "" : value.toString());
        }
      });
      return tally.counted();
    }
  }

  /** excel-streaming-reader over POI: every cell's value by its type, no record made. */
  long[] streamingReaderRows() throws IOException {
    try (Workbook book = StreamingReader.builder().rowCacheSize(100).bufferSize(1 << 16).open(xlsx.toFile())) {
      Tally tally = new Tally();
      for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
        tally.row();
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
          tally.cell(cell.getColumnIndex(), switch (cell.getCellType()) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
          });
        }
      }
      return tally.counted();
    }
  }

  /** What a reader alone counts: the rows under the header, and those with the {@code left} column empty. */
  private static final class Tally {
    private long rows = -1;
    private int left = -1;
    private long leftFilled;

    void row() {
      rows++;
    }

    void cell(int column, String value) {
      if (rows == 0 && value.equals("left")) {
        left = column;
      } else if (rows > 0 && column == left && !value.isEmpty()) {
        leftFilled++;
      }
    }

    long[] counted() {
      return new long[] {rows, rows - leftFilled};
    }
  }
}
