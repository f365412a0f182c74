package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Member;
import org.unionkit.model.OrganisationId;
import org.unionkit.testkit.UnionGenerators;

/** NDJSON member streams: records round-trip, and every line read is either accepted or rejected. */
class NdjsonProperties {
  /** Ways to break a line; each must be rejected, none may be read as a member. */
  private static final List<String> BROKEN = List.of("", "{", "[]", "null", "{\"id\": \"M1\"}",
      "{\"id\": \"M1\", \"organisation\": \"U1\", \"workRelation\": \"EMPLOYEE\", \"employmentForm\": \"STANDARD\", \"x\": 1}",
      "{\"id\": \"M1\", \"organisation\": \"U1\", \"workRelation\": \"EMPLOYEE\", \"employmentForm\": \"STANDARD\", \"birthYear\": 1980.5}",
      "{\"id\": \"M1\", \"organisation\": \"U1\", \"workRelation\": \"WORKER\", \"employmentForm\": \"STANDARD\"}");

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static String write(List<Member> members) throws IOException {
    StringWriter out = new StringWriter();
    try (RecordWriter<Member> writer = Ndjson.writer(out, Member.class)) {
      for (Member m : members) {
        writer.write(m);
      }
    }
    return out.toString();
  }

  @Test
  void membersWrittenOnePerLineReadBackEqual() {
    qt().withExamples(100).forAll(Generated.datasets()).checkAssert(d -> {
      try {
        String text = write(d.members());
        assertThat(text.lines().count()).as("one line per member").isEqualTo(d.members().size());
        List<Member> read = new ArrayList<>();
        RecordReader<Member> reader = Ndjson.members(utf8(text), "m.ndjson", ReadOptions.defaults());
        reader.forEachRemaining(read::add);
        assertThat(read).as("members read back").isEqualTo(d.members());
        assertThat(reader.accepted()).as("accepted").isEqualTo(d.members().size());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void acceptedPlusRejectedIsLinesReadAndRejectsNameTheirLines() {
    qt().withExamples(100).forAll(Generated.datasets(), integers().all()).checkAssert((d, seed) -> {
      try {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(write(d.members()).lines().toList());
        List<Long> brokenLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          if (random.nextInt(4) == 0) {
            lines.set(i, BROKEN.get(random.nextInt(BROKEN.size())));
            brokenLines.add(i + 1L);
          }
        }
        List<Reject> rejects = new ArrayList<>();
        RecordReader<Member> reader = Ndjson.members(
            utf8(lines.isEmpty() ? "" : String.join("\n", lines) + "\n"), "m.ndjson",
                ReadOptions.defaults().withRejects(rejects::add));
        long accepted = reader.stream().count();
        assertThat(accepted + rejects.size()).as("accepted + rejected").isEqualTo(reader.rowsRead());
        assertThat(reader.rowsRead()).as("lines read").isEqualTo(lines.size());
        assertThat(rejects.stream().map(Reject::line).toList()).as("rejected lines").isEqualTo(brokenLines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aBadLineIsFatalByDefaultNamingFileLineAndPath() throws IOException {
    String good = write(List.of(UnionGenerators.seeded(1).member(OrganisationId.parse("U1"))));
    String text = good + BROKEN.get(7) + "\n";
    RecordReader<Member> reader = Ndjson.members(utf8(text), "m.ndjson", ReadOptions.defaults());
    assertThat(reader.next()).as("the first line").isNotNull();
    assertThatThrownBy(reader::next).as("the second line").isInstanceOf(UncheckedIOException.class)
        .cause().isInstanceOf(UnionFormatException.class)
        .hasMessageStartingWith("m.ndjson:2:").hasMessageContaining("/workRelation: *** is not one of")
        .as("a member's value is not shown").message().doesNotContain("WORKER");
  }
}
