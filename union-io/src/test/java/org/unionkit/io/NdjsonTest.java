package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RollUp;

/** The byte-level NDJSON reader: encodings, line ends, and the roll-up's own bad line. */
class NdjsonTest {
  private static final String LINE = "{\"id\":\"M1\",\"organisation\":\"U1\",\"workRelation\":\"EMPLOYEE\","
      + "\"employmentForm\":\"COURIER\",\"skillLevel\":\"TECHNICIAN\"}";
  private static final String SPACED = "{\"id\": \"M2\", \"organisation\": \"U1\", \"workRelation\": \"RETIRED\", "
      + "\"employmentForm\": \"STANDARD\"}";
  private static final OrganisationTree TREE = OrganisationTree.of(List.of(
      Organisation.builder().id(OrganisationId.parse("U1")).name("基层工会").kind(OrganisationKind.GRASSROOTS_UNION)
          .build()));

  private static List<Member> read(byte[] bytes, List<Reject> rejects) throws IOException {
    List<Member> members = new ArrayList<>();
    try (RecordReader<Member> reader = Ndjson.members(new ByteArrayInputStream(bytes), "m.ndjson",
        ReadOptions.defaults().withRejects(rejects::add))) {
      reader.forEachRemaining(members::add);
      assertThat(reader.accepted() + reader.rejected()).as("accepted + rejected").isEqualTo(reader.rowsRead());
    }
    return members;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aByteOrderMarkIsSkippedAndEveryLineEndIsALineEnd() throws IOException {
    List<Reject> rejects = new ArrayList<>();
    List<Member> members = read(utf8("\uFEFF" + LINE + "\r\n" + SPACED + "\r" + LINE.replace("M1", "M3") + "\n"),
        rejects);

    assertThat(members).extracting(m -> m.id().toString()).as("members").containsExactly("M1", "M2", "M3");
    assertThat(rejects).as("rejects").isEmpty();
  }

  @Test
  void anEmptyLineIsABadLineButTheFinalBreakIsNot() throws IOException {
    List<Reject> rejects = new ArrayList<>();
    List<Member> members = read(utf8(LINE + "\n\n" + SPACED + "\n"), rejects);

    assertThat(members).as("members").hasSize(2);
    assertThat(rejects).as("rejects").containsExactly(
        new Reject(2, 0, "", "empty line: every line must hold one record"));
  }

  @Test
  void bytesThatAreNotUtf8AreABadLineAtTheirColumn() throws IOException {
    List<Reject> rejects = new ArrayList<>();
    String gbkLine = "{\"id\":\"M9\",\"organisation\":\"基层\",\"workRelation\":\"EMPLOYEE\",\"employmentForm\":\"STANDARD\"}";
    byte[] gbk = gbkLine.getBytes(Charset.forName("GBK"));
    byte[] bytes = new byte[gbk.length + 1 + utf8(LINE).length];
    System.arraycopy(gbk, 0, bytes, 0, gbk.length);
    bytes[gbk.length] = '\n';
    System.arraycopy(utf8(LINE), 0, bytes, gbk.length + 1, utf8(LINE).length);

    List<Member> members = read(bytes, rejects);

    assertThat(members).as("the good line").hasSize(1);
    assertThat(rejects).as("the GBK line").hasSize(1);
    assertThat(rejects.get(0).line()).as("line").isEqualTo(1);
    assertThat(rejects.get(0).column()).as("column of the first bad byte").isEqualTo(gbkLine.indexOf('基') + 1);
    assertThat(rejects.get(0).reason()).as("reason").contains("not UTF-8");
  }

  @Test
  void theRollUpCountsWhatTheReaderReadsOnAnyLayoutOfTheLine() throws IOException {
    Collected<RollUp> rolled = Ndjson.rollUp(new ByteArrayInputStream(utf8(LINE + "\n" + SPACED + "\n")), "m.ndjson",
        TREE, List.of(), ReadOptions.defaults().withThreads(2));

    var u1 = rolled.value().subtree(OrganisationId.parse("U1"));
    assertThat(u1.get(Measure.MEMBERS)).as("members, the compact line and the spaced one").isEqualTo(2);
    assertThat(u1.get(Measure.COURIER_MEMBERS)).as("couriers").isEqualTo(1);
    assertThat(u1.get(Measure.HIGH_SKILL_MEMBERS)).as("high skill").isEqualTo(1);
    assertThat(rolled.rowsRead()).as("lines").isEqualTo(2);
  }

  @Test
  void aMemberOfAnOrganisationOutsideTheTreeIsABadLineOfTheRollUp() throws IOException {
    List<Reject> rejects = new ArrayList<>();
    String stranger = LINE.replace("\"U1\"", "\"U2\"");

    Collected<RollUp> rolled = Ndjson.rollUp(new ByteArrayInputStream(utf8(LINE + "\n" + stranger + "\n")),
        "m.ndjson", TREE, List.of(), ReadOptions.defaults().withRejects(rejects::add).withThreads(1));

    assertThat(rejects).as("rejects").containsExactly(
        new Reject(2, 0, "/organisation", "organisation-not-in-tree: organisation U2 is not in the tree counted over"));
    assertThat(rolled.accepted()).as("accepted").isEqualTo(1);
    assertThatThrownBy(() -> Ndjson.rollUp(new ByteArrayInputStream(utf8(stranger)), "m.ndjson", TREE, List.of(),
        ReadOptions.defaults().withThreads(1))).as("fatal by default").isInstanceOf(UnionFormatException.class)
        .hasMessage("m.ndjson:1: /organisation: organisation-not-in-tree: organisation U2 is not in the tree counted over");
  }

  @Test
  void theRollUpNeedsAThread() {
    assertThatThrownBy(() -> Ndjson.rollUp(new ByteArrayInputStream(new byte[0]), "m.ndjson", TREE, List.of(),
        ReadOptions.defaults()
            .withThreads(0))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads (0)");
  }
}
