package org.unionkit.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.unionkit.io.Csv;
import org.unionkit.io.RecordWriter;
import org.unionkit.testkit.UnionGenerators;

/** Registers written to a workbook read back, cell by cell, as the texts the CSV writer writes. */
class XlsxWorkbookProperties {

  @Test
  void everyMembersAndOrganisationsCellsReadBackAsTheCsvTexts() {
    qt().withExamples(40).forAll(integers().between(2, 4).zip(longs().all(),
        (levels, seed) -> UnionGenerators.seeded(seed).dataset(levels, 3, 12))).checkAssert(d -> {
          try {
            ReadBack book = ReadBack.of(XlsxWorkbook.empty().withOrganisations("组织", d.organisations())
                .withMembers("会员", d.members()));
            assertSheetIsCsv(book.rows("会员"), csv(Csv::memberWriter, d.members()));
            assertSheetIsCsv(book.rows("组织"), csv(Csv::organisationWriter, d.organisations()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The sheet's rows, header first, read as text cell by cell, are the CSV's rows. */
  private static void assertSheetIsCsv(List<Row> sheet, String csv) {
    List<List<String>> expected = rows(csv);
    assertThat(sheet).as("a row a record under the header").hasSameSizeAs(expected);
    int columns = expected.get(0).size();
    for (int r = 0; r < expected.size(); r++) {
      assertThat(ReadBack.texts(sheet.get(r), columns)).as("row %s", r + 1).isEqualTo(expected.get(r));
    }
  }

  /** How {@link Csv} opens a writer of some record type. */
  @FunctionalInterface
  private interface Writers<T> {
    RecordWriter<T> open(OutputStream out, Charset charset) throws IOException;
  }

  /** The records as the CSV writer writes them in UTF-8. */
  private static <T> String csv(Writers<T> writers, List<T> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<T> writer = writers.open(out, StandardCharsets.UTF_8)) {
      for (T record : records) {
        writer.write(record);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The cells of CSV as RFC 4180 has them: CRLF rows, commas between cells, a quoted cell's quotes doubled;
   * the byte order mark before the header left out. The generated records hold no text a spreadsheet would
   * take for a formula, so no cell carries the writer's apostrophe.
   */
  private static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = csv.charAt(0) == '\uFEFF' ? 1 : 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
