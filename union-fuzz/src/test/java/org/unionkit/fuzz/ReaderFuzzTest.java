package org.unionkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unionkit.io.Collected;
import org.unionkit.io.Csv;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadLimits;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.Series;
import org.unionkit.io.SeriesFile;
import org.unionkit.io.RecordReader;
import org.unionkit.io.Reject;
import org.unionkit.io.UnionFormatException;
import org.unionkit.io.UnionJson;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.RollUp;
import org.unionkit.xlsx.SheetChoice;
import org.unionkit.xlsx.Xlsx;

/**
 * Every reader on any bytes: each either reads them or refuses them with a {@link UnionFormatException}
 * (wrapped, from an iterator, in an {@link UncheckedIOException}); nothing else may escape. A reader with a
 * handler of bad lines accounts for every line. Small limits keep the fuzzer on the edges they guard.
 * Regression mode (the default) runs the committed inputs under {@code ReaderFuzzTestInputs}; fuzzing
 * mode is {@code union-fuzz/fuzz}.
 */
class ReaderFuzzTest {
  private static final ReadLimits LIMITS = ReadLimits.defaults().withMaxLineBytes(4096).withMaxRecords(1000)
      .withMaxStringLength(4096).withMaxDocumentChars(1 << 20);
  private static final OrganisationTree TREE = OrganisationTree.of(List.of(
      Organisation.builder().id(OrganisationId.parse("U1")).name("基层工会").kind(OrganisationKind.GRASSROOTS_UNION)
          .build()));

  @FunctionalInterface
  interface Read {
    void run() throws IOException;
  }

  /** Runs the read; a refusal of the input is a pass, anything else thrown fails the fuzz test. */
  private static void refusedOrRead(Read read) throws IOException {
    try {
      read.run();
    } catch (UnionFormatException e) {
      assertThat(e.getMessage()).as("a message").isNotBlank();
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof UnionFormatException)) {
        throw e;
      }
    }
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** Reads every record; accepted + rejected must equal the lines or rows read. */
  private static void drain(RecordReader<?> reader) throws IOException {
    try (reader) {
      reader.forEachRemaining(r -> { });
      assertThat(reader.accepted() + reader.rejected()).as("accepted + rejected").isEqualTo(reader.rowsRead());
    }
  }

  @FuzzTest
  void document(byte[] bytes) throws IOException {
    refusedOrRead(() -> {
      var unused = UnionJson.readDataset(in(bytes), "fuzz.json", null, LIMITS);
    });
  }

  @FuzzTest
  void memberLines(byte[] bytes) throws IOException {
    List<Reject> rejects = new ArrayList<>();
    refusedOrRead(() -> drain(Ndjson.members(in(bytes), "fuzz.ndjson",
        ReadOptions.defaults().withRejects(rejects::add).withLimits(LIMITS))));
  }

  @FuzzTest
  void organisationLines(byte[] bytes) throws IOException {
    refusedOrRead(() -> drain(Ndjson.organisations(in(bytes), "fuzz.ndjson",
        ReadOptions.defaults().withRejects(r -> { }).withLimits(LIMITS))));
  }

  @FuzzTest
  void rollUp(byte[] bytes) throws IOException {
    refusedOrRead(() -> {
      Collected<RollUp> rolled = Ndjson.rollUp(in(bytes), "fuzz.ndjson", TREE, List.of(),
          ReadOptions.defaults().withRejects(r -> { }).withThreads(2).withLimits(LIMITS));
      assertThat(rolled.accepted() + rolled.outsidePeriod() + rolled.rejected()).as("accepted + outside + rejected")
          .isEqualTo(rolled.rowsRead());
    });
  }

  @FuzzTest
  void memberCsv(byte[] bytes) throws IOException {
    refusedOrRead(() -> drain(Csv.members(in(bytes), "fuzz.csv",
        ReadOptions.defaults().withRejects(r -> { }).withLimits(LIMITS))));
  }

  @FuzzTest
  void organisationCsvInGbk(byte[] bytes) throws IOException {
    refusedOrRead(() -> drain(Csv.organisations(in(bytes), "fuzz.csv",
        ReadOptions.defaults().withCharset(Charset.forName("GBK")).withUnknownColumns(Csv.UnknownColumns.IGNORE)
            .withRejects(r -> { }).withLimits(LIMITS))));
  }

  /** A workbook's first sheet of members; the seeds' parts are stored unpacked, so that mutations reach the XML. */
  @FuzzTest
  void xlsx(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("fuzz", ".xlsx");
    try {
      Files.write(file, bytes);
      refusedOrRead(() -> drain(Xlsx.members(file, SheetChoice.first(),
          ReadOptions.defaults().withRejects(r -> { }).withLimits(LIMITS))));
    } finally {
      Files.delete(file);
    }
  }

  @FuzzTest
  void series(byte[] bytes) throws IOException {
    refusedOrRead(() -> {
      SeriesFile read = Series.read(in(bytes), "fuzz.csv");
      long missing = read.missing().values().stream().mapToLong(Long::longValue).sum();
      assertThat(read.observations().size() + missing).as("observations + missing = rows x values a row")
          .isEqualTo(read.rows() * read.valuesPerRow());
    });
  }
}
