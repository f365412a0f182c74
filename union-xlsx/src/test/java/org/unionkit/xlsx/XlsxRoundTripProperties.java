package org.unionkit.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.io.Collected;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordReader;
import org.unionkit.io.Reject;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RollUp;
import org.unionkit.testkit.UnionGenerators;

/**
 * A register written to a workbook reads back equal, and rolls up as the same members do in memory:
 * unionkit's writer and reader are each other's inverse, and the sheet is one more route to the same counts.
 */
class XlsxRoundTripProperties {

  private static <T> List<T> all(RecordReader<T> reader) throws IOException {
    try (reader) {
      List<T> records = new ArrayList<>();
      reader.forEachRemaining(records::add);
      assertThat(reader.accepted() + reader.rejected()).as("accepted + rejected = rows").isEqualTo(reader.rowsRead());
      return records;
    }
  }

  @Test
  void aRegisterWrittenToAWorkbookReadsBackEqualAndRollsUpAsInMemory() throws IOException {
    Path dir = Files.createTempDirectory("round-trip");
    qt().withExamples(30).forAll(integers().between(2, 4).zip(longs().all(),
        (levels, seed) -> UnionGenerators.seeded(seed).dataset(levels, 3, 15))).checkAssert(d -> {
          try {
            Path file = dir.resolve("register.xlsx");
            XlsxWorkbook.empty().withOrganisations("组织", d.organisations()).withMembers("会员", d.members())
                .writeTo(file);
            List<Reject> rejects = new ArrayList<>();
            ReadOptions options = ReadOptions.defaults().withRejects(rejects::add);
            List<Member> members = all(Xlsx.members(file, SheetChoice.named("会员"), options));
            List<Organisation> organisations = all(Xlsx.organisations(file, SheetChoice.at(1), options));
            assertThat(rejects).as("nothing written is refused").isEmpty();
            assertThat(members).as("the members read back equal, in order").isEqualTo(d.members());
            assertThat(organisations).as("the organisations read back equal").isEqualTo(d.organisations());
            assertRollsUpAsInMemory(d, file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void assertRollsUpAsInMemory(Dataset d, Path file) throws IOException {
    CountOptions counting = CountOptions.of(ReportingPeriod.ofYear(2020)).withAsOf(UnionGenerators.AS_OF);
    List<Reject> rejects = new ArrayList<>();
    Collected<RollUp> sheet = Xlsx.rollUp(file, SheetChoice.named("会员"), d.tree(), d.contracts(),
        ReadOptions.defaults().withCounting(counting).withRejects(rejects::add));
    RollUp memory = RollUp.of(d.tree(), d.members(), d.contracts(), counting);
    assertThat(sheet.rowsRead()).as("a row a member").isEqualTo(d.members().size());
    assertThat(sheet.rejected()).as("rejected as the roll-up in memory rejects")
        .isEqualTo(memory.members().rejected());
    assertThat(sheet.outsidePeriod()).as("outside the period").isEqualTo(memory.members().outsidePeriod());
    assertThat(rejects).as("each rule's rejection at its field").extracting(Reject::path)
        .isEqualTo(memory.rejections().stream().filter(r -> r.kind().equals("member"))
            .map(r -> r.rule().memberField()).toList());
    for (Organisation o : d.organisations()) {
      assertThat(sheet.value().subtree(o.id())).as("the subtree of %s", o.id()).isEqualTo(memory.subtree(o.id()));
    }
  }
}
