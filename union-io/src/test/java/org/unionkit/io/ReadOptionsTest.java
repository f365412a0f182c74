package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RollUp;
import org.unionkit.testkit.UnionGenerators;

/** The one options value of the NDJSON and CSV readers, and the one call for a document and its member file. */
class ReadOptionsTest {

  @Test
  void theDefaultsAreThoseOfTheTable() {
    ReadOptions defaults = ReadOptions.defaults();

    assertThat(defaults.rejects()).as("rejects").isSameAs(Rejects.FAIL);
    assertThat(defaults.limits()).as("limits").isEqualTo(ReadLimits.defaults());
    assertThat(defaults.charset()).as("charset").isEqualTo(StandardCharsets.UTF_8);
    assertThat(defaults.unknownColumns()).as("unknown columns").isEqualTo(Csv.UnknownColumns.FAIL);
    assertThat(defaults.threads()).as("threads: every core").isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(defaults.counting()).as("counting: none given").isEmpty();
  }

  @Test
  void eachWithChangesOneOptionOfACopy() {
    Rejects handler = reject -> { };
    ReadLimits limits = ReadLimits.defaults().withMaxRecords(7);
    CountOptions counting = CountOptions.of(ReportingPeriod.ofYear(2019));
    ReadOptions changed = ReadOptions.defaults().withRejects(handler).withLimits(limits)
        .withCharset(Charset.forName("GBK")).withUnknownColumns(Csv.UnknownColumns.IGNORE).withThreads(3)
        .withCounting(counting);

    assertThat(changed.rejects()).as("rejects").isSameAs(handler);
    assertThat(changed.limits()).as("limits").isEqualTo(limits);
    assertThat(changed.charset()).as("charset").isEqualTo(Charset.forName("GBK"));
    assertThat(changed.unknownColumns()).as("unknown columns").isEqualTo(Csv.UnknownColumns.IGNORE);
    assertThat(changed.threads()).as("threads").isEqualTo(3);
    assertThat(changed.counting()).as("counting").contains(counting);
    assertThat(ReadOptions.defaults().rejects()).as("the defaults, unchanged").isSameAs(Rejects.FAIL);
    assertThat(changed.toString()).as("toString").contains("rejects handled", "GBK", "IGNORE", "3 threads");
  }

  @Test
  void fewerThanOneThreadIsRefused() {
    assertThatThrownBy(() -> ReadOptions.defaults().withThreads(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads (0) must be at least 1");
  }

  @Test
  void nDjsonRefusesAnotherEncodingThanUtf8() {
    ReadOptions gbk = ReadOptions.defaults().withCharset(Charset.forName("GBK"));
    InputStream empty = new ByteArrayInputStream(new byte[0]);

    assertThatThrownBy(() -> Ndjson.members(empty, "m.ndjson", gbk)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("m.ndjson: NDJSON is UTF-8 text, not GBK (convert the file, or read it as CSV)");
    assertThatThrownBy(() -> Ndjson.rollUp(empty, "m.ndjson", UnionGenerators.seeded(1).dataset(2, 2, 5).tree(), List.of(), gbk))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NDJSON is UTF-8 text");
  }

  /**
   * A document and its member file in one call count what the stream's roll-up counts with the document's
   * options: its period (here 2020, as the generator's joins run to its end) as of the period's last day.
   */
  @Test
  void aDocumentAndItsMemberFileRollUpAsTheStreamDoesForTheDocumentsPeriod(@TempDir Path dir) throws IOException {
    Dataset dataset = UnionGenerators.seeded(12).dataset(3, 4, 60);
    DatasetDocument document = document2020(dataset);
    Path members = memberFile(dataset, dir);
    List<Reject> rejects = new ArrayList<>();

    Collected<RollUp> oneCall = Ndjson.rollUp(document, members, ReadOptions.defaults().withRejects(rejects::add));
    RollUp expected = RollUp.of(dataset.tree(), dataset.members(), dataset.contracts(), document.countOptions());

    assertThat(oneCall.rowsRead()).as("lines read").isEqualTo(dataset.members().size());
    assertThat(oneCall.value().members()).as("what was read").isEqualTo(expected.members());
    for (var organisation : dataset.tree().preOrder()) {
      assertThat(oneCall.value().subtree(organisation.id())).as("%s", organisation.id())
          .isEqualTo(expected.subtree(organisation.id()));
    }
    assertThat(rejects).as("rejects").isEmpty();
  }

  @Test
  void optionsGivenToTheOneCallCountInsteadOfTheDocumentsPeriod(@TempDir Path dir) throws IOException {
    Dataset dataset = UnionGenerators.seeded(13).dataset(3, 4, 60);
    DatasetDocument document = document2020(dataset);
    Path members = memberFile(dataset, dir);
    CountOptions y2019 = CountOptions.of(ReportingPeriod.ofYear(2019));

    RollUp counted = Ndjson.rollUp(document, members, ReadOptions.defaults().withCounting(y2019)).value();

    assertThat(counted.members()).as("2019's counts")
        .isEqualTo(RollUp.of(dataset.tree(), dataset.members(), dataset.contracts(), y2019).members());
  }

  /** The dataset's organisations and contracts in a document for 2020, its members left to a file. */
  private static DatasetDocument document2020(Dataset dataset) {
    return DatasetDocument.of(new Metadata("generated", Source.of("UnionGenerators"), ReportingPeriod.ofYear(2020),
        Optional.empty()), dataset.withMembers(List.of()));
  }

  /** The dataset's members, one per line, in {@code members.ndjson} under the directory. */
  private static Path memberFile(Dataset dataset, Path dir) throws IOException {
    Path members = dir.resolve("members.ndjson");
    Ndjson.write(members, Member.class, writer -> {
      for (Member m : dataset.members()) {
        writer.write(m);
      }
    });
    return members;
  }

  @Test
  void documentCountOptionsAreItsPeriodAsOfItsEnd() {
    DatasetDocument document = DatasetDocument.of(new Metadata("generated", Source.of("UnionGenerators"),
        ReportingPeriod.ofYear(2019), Optional.empty()), UnionGenerators.seeded(1).dataset(2, 2, 5));

    assertThat(document.countOptions()).isEqualTo(CountOptions.of(ReportingPeriod.ofYear(2019))
        .withAsOf(ReportingPeriod.ofYear(2019).end()));
  }
}
