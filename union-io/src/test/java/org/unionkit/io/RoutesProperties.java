package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RollUp;

/**
 * The same members, with the same bad values among them, through every route from bytes to a member: a
 * dataset document, NDJSON read one by one, CSV, and the roll-up on two threads. Every route keeps the
 * same members and refuses the same records, at the same field, for the same reason; only the path
 * names the field each format's way ({@code /members/3/joined}, {@code /joined}, {@code joined}), and CSV,
 * which also reads registers' spellings, names the labels it would have taken after the same reason.
 */
class RoutesProperties {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** A value a field must refuse, as JSON and as a CSV cell. */
  private record Bad(String field, String json, String cell) {}

  private static final List<Bad> BAD = List.of(
      new Bad("joined", "\"2020-13-01\"", "2020-13-01"),
      new Bad("joined", "\"20200101\"", "20200101"),
      new Bad("workRelation", "\"WORKER\"", "WORKER"),
      new Bad("employmentForm", "\"employee\"", "employee"),
      new Bad("skillLevel", "\"MASTER\"", "MASTER"),
      new Bad("sex", "\"M\"", "M"),
      new Bad("id", "\"-M1\"", "-M1"),
      new Bad("id", "\"110105194912310021\"", "110105194912310021"),
      new Bad("organisation", "\"U 1\"", "U 1"),
      new Bad("citizenId", "\"110105194912310022\"", "110105194912310022"),
      new Bad("leaveReason", "\"FIRED\"", "FIRED"));

  /** The members of a dataset, some of them given a bad value, and where. */
  private record Case(Dataset dataset, List<ObjectNode> members, TreeSet<Integer> bad, Bad value) {}

  private static Case spoil(Dataset d, long seed) {
    Random random = new Random(seed);
    Bad value = BAD.get(random.nextInt(BAD.size()));
    List<ObjectNode> members = new ArrayList<>();
    TreeSet<Integer> bad = new TreeSet<>();
    try {
      for (int i = 0; i < d.members().size(); i++) {
        ObjectNode member = (ObjectNode) PLAIN.readTree(UnionJson.mapper().writeValueAsString(d.members().get(i)));
        if (random.nextInt(4) == 0) {
          member.set(value.field(), PLAIN.readTree(value.json()));
          bad.add(i);
        }
        members.add(member);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Case(d, members, bad, value);
  }

  /** What a route made of the members: those kept, and each refused one's index, field and reason. */
  private record Read(List<Member> kept, List<String> refused) {}

  /** The members as NDJSON lines. */
  private static String lines(Case c) throws IOException {
    StringBuilder text = new StringBuilder();
    for (ObjectNode m : c.members()) {
      text.append(PLAIN.writeValueAsString(m)).append('\n');
    }
    return text.toString();
  }

  private static Read ndjson(Case c) throws IOException {
    List<Reject> rejects = new ArrayList<>();
    List<Member> kept = new ArrayList<>();
    try (RecordReader<Member> reader = Ndjson.members(bytes(lines(c)), "m.ndjson",
        ReadOptions.defaults().withRejects(rejects::add))) {
      reader.forEachRemaining(kept::add);
    }
    return new Read(kept, refused(rejects, r -> r.line() - 1, r -> r.path().substring(1)));
  }

  private static Read csv(Case c) throws IOException {
    StringBuilder text = new StringBuilder(String.join(",", CsvRow.MEMBER_COLUMNS)).append("\r\n");
    for (int i = 0; i < c.members().size(); i++) {
      List<String> cells = new ArrayList<>();
      for (String column : CsvRow.MEMBER_COLUMNS) {
        JsonNode value = c.members().get(i).get(column);
        String cell = value == null ? "" : value.isArray() ? join(value) : value.asText();
        if (c.bad().contains(i) && column.equals(c.value().field())) {
          cell = c.value().cell();
        }
        cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
      }
      text.append(String.join(",", cells)).append("\r\n");
    }
    List<Reject> rejects = new ArrayList<>();
    List<Member> kept = new ArrayList<>();
    try (RecordReader<Member> reader = Csv.members(bytes(text.toString()), "m.csv",
        ReadOptions.defaults().withRejects(rejects::add))) {
      reader.forEachRemaining(kept::add);
    }
    return new Read(kept, refused(rejects, r -> r.line() - 2, Reject::path).stream()
        .map(r -> r.replaceFirst(", nor a label or alias of them \\(.*\\)$", "")).toList());
  }

  /** The roll-up's refusals of bad values, without those of its record rules (ages, the tree), which it adds. */
  private static List<String> rollUp(Case c) throws IOException {
    List<Reject> rejects = new ArrayList<>();
    var unused = Ndjson.rollUp(bytes(lines(c)), "m.ndjson", c.dataset().tree(), c.dataset().contracts(),
        ReadOptions.defaults().withRejects(rejects::add).withThreads(2));
    rejects.removeIf(ParallelRollUpProperties::byRecordRule);
    return refused(rejects, r -> r.line() - 1, r -> r.path().substring(1));
  }

  /** The members' lines one by one, as an engine that reads lines itself hands them on: UTF-8, no break. */
  private static List<byte[]> lineBytes(Case c) throws IOException {
    return lines(c).lines().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
  }

  /** An engine's route: each line decoded on its own by {@link Ndjson#memberDecoder}. */
  private static Read decoder(Case c) throws IOException {
    RecordDecoder<Member> decoder = Ndjson.memberDecoder("m.ndjson", ReadLimits.defaults());
    List<Member> kept = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    List<byte[]> lines = lineBytes(c);
    for (int i = 0; i < lines.size(); i++) {
      byte[] line = lines.get(i);
      try {
        kept.add(decoder.decode(line, 0, line.length, i + 1));
      } catch (UnionFormatException e) {
        refused.add(i + " " + e.path().substring(1) + ": " + e.reason());
      }
    }
    return new Read(kept, refused);
  }

  /**
   * An engine's roll-up: each line counted on its own by {@link Ndjson#memberCounter}, which gives the id
   * of each member counted; the refusals of record rules left out, as in {@link #rollUp}.
   */
  private static Read counter(Case c, RollUp.Accumulator accumulator) throws IOException {
    MemberCounter counter = Ndjson.memberCounter("m.ndjson", accumulator, ReadLimits.defaults());
    List<String> ids = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    List<byte[]> lines = lineBytes(c);
    for (int i = 0; i < lines.size(); i++) {
      byte[] line = lines.get(i);
      try {
        ids.add(counter.count(line, 0, line.length, i + 1));
      } catch (UnionFormatException e) {
        rejects.add(new Reject(e.line(), e.column(), e.path(), e.reason()));
      }
    }
    rejects.removeIf(ParallelRollUpProperties::byRecordRule);
    return new Read(List.of(), Stream.concat(ids.stream().map(id -> "id " + id),
        refused(rejects, r -> r.line() - 1, r -> r.path().substring(1)).stream()).toList());
  }

  /** The document's read, which stops at its first bad member: that one's index, field and reason. */
  private static String document(Case c) throws IOException {
    ObjectNode document = (ObjectNode) PLAIN.readTree(written(c.dataset()));
    ArrayNode members = document.putArray("members");
    c.members().forEach(members::add);
    UnionFormatException e = catchThrowableOfType(UnionFormatException.class,
        () -> UnionJson.readDataset(new ByteArrayInputStream(PLAIN.writeValueAsBytes(document)), "d.json", null));
    if (e == null) {
      return "";
    }
    String[] path = e.path().split("/", 4);
    return path[2] + " " + path[3] + ": " + e.reason();
  }

  @Test
  void everyRouteKeepsAndRefusesTheSameMembers() {
    qt().withExamples(150).forAll(Generated.datasets(), longs().all()).checkAssert((d, seed) -> {
      try {
        Case c = spoil(d, seed);
        List<Member> good = new ArrayList<>();
        for (int i = 0; i < d.members().size(); i++) {
          if (!c.bad().contains(i)) {
            good.add(d.members().get(i));
          }
        }
        Read ndjson = ndjson(c);
        Read csv = csv(c);

        assertThat(ndjson.kept()).as("NDJSON keeps the members left good").isEqualTo(good);
        assertThat(csv.kept()).as("CSV keeps the same").isEqualTo(good);
        assertThat(ndjson.refused()).as("NDJSON refuses each spoilt member").hasSize(c.bad().size());
        assertThat(csv.refused()).as("CSV refuses the same, at the same field, for the same reason")
            .isEqualTo(ndjson.refused());
        assertThat(document(c)).as("the document stops at the first of them, for the same reason")
            .isEqualTo(ndjson.refused().isEmpty() ? "" : ndjson.refused().get(0));
        assertThat(rollUp(c)).as("the roll-up on two threads refuses the same").isEqualTo(ndjson.refused());
        Read decoded = decoder(c);
        assertThat(decoded.kept()).as("the engine's decoder keeps the same").isEqualTo(good);
        assertThat(decoded.refused()).as("and refuses the same").isEqualTo(ndjson.refused());
        CountOptions counting = CountOptions.of(ReportingPeriod.ofYear(2020));
        RollUp.Accumulator engine = RollUp.accumulator(d.tree(), counting);
        List<String> counted = counter(c, engine).refused();
        RollUp.Accumulator expected = RollUp.accumulator(d.tree(), counting);
        List<String> ids = new ArrayList<>();
        for (Member m : good) {
          if (expected.count(m, ids.size() + 1) == null) {
            ids.add("id " + m.id());
          }
        }
        assertThat(counted.stream().filter(r -> r.startsWith("id ")).toList())
            .as("the engine's counter gives the id of each member it counts").isEqualTo(ids);
        assertThat(counted.stream().filter(r -> !r.startsWith("id ")).toList())
            .as("and refuses the same").isEqualTo(ndjson.refused());
        assertThat(engine.memberTallies()).as("and counts them as the accumulator does")
            .isEqualTo(expected.memberTallies());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static List<String> refused(List<Reject> rejects, Function<Reject, Long> index,
      Function<Reject, String> field) {
    return rejects.stream().map(r -> index.apply(r) + " " + field.apply(r) + ": " + r.reason()).toList();
  }

  private static String join(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(item.asText()));
    return String.join(";", items);
  }

  private static byte[] written(Dataset d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnionJson.writeDataset(Generated.document(d), out, null);
    return out.toByteArray();
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
