package org.unionkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.io.Collected;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.Reject;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Tally;
import org.unionkit.testkit.UnionGenerators;

/** Examples: a register with a repeated id and a broken line, as NDJSON and as a Parquet table. */
class SparkRollUpTest {
  private static final Dataset PROVINCE = UnionGenerators.seeded(7).dataset(3, 2, 0);
  private static final Organisation UNION = PROVINCE.tree().preOrder().stream().filter(o -> o.kind().isGrassroots())
      .findFirst().orElseThrow();
  private static final List<Member> MEMBERS = members();
  @RegisterExtension
  static final LocalSpark SPARK = new LocalSpark();

  @TempDir
  Path dir;



  /** Three members of one union, born in 1980 and joined in 2010, so that each counts over all time. */
  private static List<Member> members() {
    UnionGenerators generators = UnionGenerators.seeded(8);
    List<Member> members = new ArrayList<>();
    while (members.size() < 3) {
      Member m = generators.member(UNION.id());
      if (m.left().isEmpty()) {
        members.add(m);
      }
    }
    return members;
  }

  @Test
  void aRepeatedIdAndABrokenLineAreRejectedAtTheirBytesAndTheRestIsCounted() throws IOException {
    List<String> lines = SparkRollUpProperties.write(MEMBERS);
    List<String> register = List.of(lines.get(0), lines.get(1), lines.get(0), "{\"id\":", lines.get(2));
    byte[] bytes = (String.join("\n", register) + "\n").getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("members.ndjson");
    Files.write(file, bytes);

    SparkRollUp.Result result = SparkRollUp.ofNdjson(SPARK.session(), file.toUri().toString(), PROVINCE.tree(),
        PROVINCE.contracts(), CountOptions.allTime());

    Collected<RollUp> collected = result.collected();
    assertThat(List.of(collected.rowsRead(), collected.accepted(), collected.outsidePeriod(), collected.rejected()))
        .as("5 lines: 3 members counted, a repeat and a broken line rejected").containsExactly(5L, 3L, 0L, 2L);
    assertMemberCounts(collected.value());
    List<Row> rejects = result.rejects().collectAsList();
    long third = lines.get(0).length() + 1 + lines.get(1).length() + 1;
    long fourth = third + lines.get(0).length() + 1;
    assertThat(rejects).as("two rejects").hasSize(2);
    assertThat(rejects.get(0).getLong(1)).as("the repeat's first byte").isEqualTo(third);
    assertThat(rejects.get(0).getString(3)).as("the repeat's path").isEqualTo("/id");
    assertThat(rejects.get(0).getString(4)).as("the repeat names the first line's byte and file")
        .isEqualTo("duplicate-id: repeats the member id of the line at byte 0 of " + rejects.get(0).getString(0)
            + ", which is counted instead");
    assertThat(rejects.get(0).getString(0)).as("the file").endsWith("members.ndjson");
    assertThat(rejects.get(1).getLong(1)).as("the broken line's first byte").isEqualTo(fourth);
    String saved = dir.resolve("rejects").toUri().toString();
    result.rejects().write().json(saved);
    assertThat(SPARK.session().read().schema(SparkRollUp.REJECTS).json(saved).orderBy("file", "position").collectAsList())
        .as("the rejects written as JSON and read back").isEqualTo(rejects);
    Reject local = localRejects(bytes).get(1);
    assertThat(List.of(rejects.get(1).getLong(2), rejects.get(1).getString(3), rejects.get(1).getString(4)))
        .as("column, path and reason as the one-machine reader gives them")
        .containsExactly(local.column(), local.path(), local.reason());
  }

  @Test
  void aParquetTableWrittenBySparkRollsUpAsItsLines() throws IOException {
    List<String> lines = SparkRollUpProperties.write(MEMBERS);
    Path json = dir.resolve("members.ndjson");
    Files.write(json, (String.join("\n", lines) + "\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
    String parquet = dir.resolve("members.parquet").toUri().toString();
    SPARK.session().read().json(json.toUri().toString()).coalesce(1).write().parquet(parquet);

    SparkRollUp.Result result = SparkRollUp.ofTable(SPARK.session().read().parquet(parquet), PROVINCE.tree(),
        PROVINCE.contracts(), CountOptions.allTime());

    Collected<RollUp> collected = result.collected();
    assertThat(List.of(collected.rowsRead(), collected.accepted(), collected.outsidePeriod(), collected.rejected()))
        .as("4 rows: 3 members counted, the repeat rejected").containsExactly(4L, 3L, 0L, 1L);
    assertMemberCounts(collected.value());
    Row reject = result.rejects().first();
    assertThat(reject.getString(0)).as("the Parquet file").contains("members.parquet");
    assertThat(reject.getString(3)).as("path").isEqualTo("/id");
    assertThat(reject.getString(4)).as("names the row that keeps the id")
        .startsWith("duplicate-id: repeats the member id of the line at row ");
  }

  /** The union's own member counts are those of its three members, counted without Spark. */
  private static void assertMemberCounts(RollUp rollUp) {
    Tally expected = Tally.ofMembers(MEMBERS);
    assertThat(rollUp.own(UNION.id()).get(Measure.MEMBERS)).as("members").isEqualTo(3);
    for (Measure m : Measure.values()) {
      if (m.origin() == Measure.Origin.MEMBERS) {
        assertThat(rollUp.own(UNION.id()).get(m)).as("%s of the union", m).isEqualTo(expected.get(m));
        assertThat(rollUp.subtree(PROVINCE.tree().roots().get(0).id()).get(m)).as("%s of the root", m)
            .isEqualTo(expected.get(m));
      }
    }
  }

  private static List<Reject> localRejects(byte[] bytes) throws IOException {
    List<Reject> rejects = new ArrayList<>();
    Collected<RollUp> unused = Ndjson.rollUp(new ByteArrayInputStream(bytes), "m.ndjson", PROVINCE.tree(),
        PROVINCE.contracts(), ReadOptions.defaults().withCounting(CountOptions.allTime()).withRejects(rejects::add));
    assertThat(unused.rejected()).as("the one-machine reader's rejects").isEqualTo(2);
    return rejects;
  }
}
