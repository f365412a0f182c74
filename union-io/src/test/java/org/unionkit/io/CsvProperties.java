package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.testkit.UnionGenerators;

/**
 * CSV laws: members and organisations written then read are equal, in UTF-8 and GBK, whatever their names
 * hold; every row read is either accepted or rejected, and rejects name their lines; neutralising formulas
 * is undone by reading.
 */
class CsvProperties {
  private static final Charset GBK = Charset.forName("GBK");

  /** Characters of names: CSV's own, formula starters, apostrophes, Chinese; all of them in GBK. */
  private static final String NAME_CHARACTERS = "=+-@'\",;%#. 0123456789abcXYZ河北省总工会（）—";

  /** Ways to break a member row; each must be rejected, none may be read as a member. */
  private static final List<String> BROKEN = List.of(
      "",
      "M1,U1",
      "M1,U1,,,,EMPLOYEE,STANDARD,,,,,extra",
      "M1,U1,,,,WORKER,STANDARD,,,,",
      "M1,U1,,1980.5,,EMPLOYEE,STANDARD,,,,",
      "M1,U1,,1e3,,EMPLOYEE,STANDARD,,,,",
      "M1,U1,,,2020-13-01,EMPLOYEE,STANDARD,,,,",
      "M1,U1,,,,EMPLOYEE,,,,,",
      "M1,U1,,,,EMPLOYEE,STANDARD,,CRAFTSMAN;;,,",
      "M1,U1,,,,EMPLOYEE,STANDARD,,,,110105194912310021",
      "\"M1\"x,U1,,,,EMPLOYEE,STANDARD,,,,",
      "-M1,U1,,,,EMPLOYEE,STANDARD,,,,");

  private static Gen<Dataset> datasets() {
    return integers().between(2, 4).zip(longs().all(),
        (levels, seed) -> UnionGenerators.seeded(seed).dataset(levels, 3, 8));
  }

  /** A name of {@link #NAME_CHARACTERS}, neither blank nor starting or ending with a space. */
  private static String name(Random random) {
    StringBuilder name = new StringBuilder();
    int length = 1 + random.nextInt(12);
    while (name.length() < length) {
      name.append(NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length())));
    }
    String trimmed = name.toString().strip();
    return trimmed.isEmpty() ? "工会" : trimmed;
  }

  /** The organisations with names (and, for some, English names) drawn from awkward characters. */
  private static List<Organisation> renamed(List<Organisation> organisations, long seed) {
    Random random = new Random(seed);
    List<Organisation> renamed = new ArrayList<>();
    for (Organisation o : organisations) {
      Organisation named = o.withName(name(random));
      renamed.add(random.nextBoolean() ? named.withEnglishName(name(random)) : named);
    }
    return renamed;
  }

  private static byte[] writeMembers(List<Member> members, Charset charset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<Member> writer = Csv.memberWriter(out, charset)) {
      for (Member m : members) {
        writer.write(m);
      }
    }
    return out.toByteArray();
  }

  private static byte[] writeOrganisations(List<Organisation> organisations, Charset charset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<Organisation> writer = Csv.organisationWriter(out, charset)) {
      for (Organisation o : organisations) {
        writer.write(o);
      }
    }
    return out.toByteArray();
  }

  @Test
  void membersWrittenThenReadAreEqual() {
    qt().withExamples(100).forAll(datasets(), booleans().all()).checkAssert((d, gbk) -> {
      Charset charset = gbk ? GBK : StandardCharsets.UTF_8;
      try {
        byte[] bytes = writeMembers(d.members(), charset);
        List<Member> read = new ArrayList<>();
        try (RecordReader<Member> reader = Csv.members(new ByteArrayInputStream(bytes), "m.csv",
            ReadOptions.defaults().withCharset(charset))) {
          reader.forEachRemaining(read::add);
          assertThat(reader.rowsRead()).as("rows read").isEqualTo(d.members().size());
        }
        assertThat(read).as("members read back in %s", charset).isEqualTo(d.members());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void organisationsWrittenThenReadAreEqualWhateverTheirNamesHold() {
    qt().withExamples(100).forAll(datasets(), longs().all(), booleans().all()).checkAssert((d, seed, gbk) -> {
      Charset charset = gbk ? GBK : StandardCharsets.UTF_8;
      List<Organisation> organisations = renamed(d.organisations(), seed);
      try {
        byte[] bytes = writeOrganisations(organisations, charset);
        List<Organisation> read = new ArrayList<>();
        try (RecordReader<Organisation> reader = Csv.organisations(new ByteArrayInputStream(bytes), "o.csv",
            ReadOptions.defaults().withCharset(charset))) {
          reader.forEachRemaining(read::add);
        }
        assertThat(read).as("organisations read back in %s", charset).isEqualTo(organisations);
        String text = new String(bytes, charset);
        for (String line : text.lines().toList()) {
          assertThat(line).as("a line of the file").doesNotStartWith("=").doesNotStartWith("@")
              .doesNotStartWith("\"=").doesNotStartWith("\"@");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void acceptedPlusRejectedIsRowsReadAndRejectsNameTheirLines() {
    qt().withExamples(100).forAll(datasets(), integers().all()).checkAssert((d, seed) -> {
      try {
        Random random = new Random(seed);
        String written = new String(writeMembers(d.members(), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(written.lines().toList());
        List<Long> brokenLines = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
          if (random.nextInt(4) == 0) {
            lines.set(i, BROKEN.get(random.nextInt(BROKEN.size())));
            brokenLines.add(i + 1L);
          }
        }
        List<Reject> rejects = new ArrayList<>();
        byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        try (RecordReader<Member> reader = Csv.members(new ByteArrayInputStream(bytes), "m.csv",
            ReadOptions.defaults().withRejects(rejects::add))) {
          long accepted = reader.stream().count();
          assertThat(accepted + rejects.size()).as("accepted + rejected").isEqualTo(reader.rowsRead());
          assertThat(reader.accepted() + reader.rejected()).as("the reader's counts").isEqualTo(reader.rowsRead());
          assertThat(reader.rowsRead()).as("rows read").isEqualTo(lines.size() - 1L);
        }
        assertThat(rejects.stream().map(Reject::line).toList()).as("rejected lines").isEqualTo(brokenLines);
        assertThat(rejects).as("rejects never show a citizen ID number")
            .allSatisfy(r -> assertThat(r.reason()).as("reason").doesNotContain("110105194912310021"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void readingUndoesNeutralisingAndNoNeutralisedCellStartsAFormula() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 8)).checkAssert(cell -> {
      String written = CsvCells.neutralise(cell);
      assertThat(CsvCells.restore(written)).as("%s read back", cell).isEqualTo(cell);
      boolean number = cell.matches("[+-]?[0-9]+(\\.[0-9]+)?%?");
      assertThat(!written.isEmpty() && "=+-@\t\r".indexOf(written.charAt(0)) >= 0 && !number)
          .as("%s written as %s starts a formula", cell, written).isFalse();
    });
  }
}
