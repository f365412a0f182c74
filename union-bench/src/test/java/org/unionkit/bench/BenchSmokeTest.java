package org.unionkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs end to end on a tiny file, so it cannot rot; no timing is asserted. */
class BenchSmokeTest {

  @Test
  void everyPeerCountsTheSameMembers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Bench.Result> results = Bench.run(2_000, 1, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(results).as("unionkit and three peers").hasSize(4);
    assertThat(results).as("members counted").allSatisfy(r -> assertThat(r.counts().members()).isEqualTo(2_000));
    assertThat(results.get(3).counts().highSkill()).as("DuckDB's high-skill count equals unionkit's")
        .isEqualTo(results.get(0).counts().highSkill());
    assertThat(out.toString(StandardCharsets.UTF_8)).as("the table").contains("workload W1 (ingest)", "vs unionkit");
  }
}
