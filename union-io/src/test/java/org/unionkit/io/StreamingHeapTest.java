package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Tally;
import org.unionkit.testkit.UnionGenerators;

/**
 * A million members stream through the NDJSON writer, the reader and the two-thread roll-up in a JVM whose
 * heap is capped at 64 MB plus the repeated-id check's 40 bytes a member (its table at its peak, while it
 * doubles): 102 MB. Maven runs this class alone, in its own surefire execution with {@code -Xmx102m} (see
 * union-io's pom). Under 64 MB alone the id table (24 MB at 10^6 ids, 36 MB while it doubles) left so
 * little room that the test failed now and then on a loaded machine.
 */
class StreamingHeapTest {
  private static final int MEMBERS = 1_000_000;
  private static final long HEAP_CAP = 102L * 1024 * 1024;

  @Test
  void aMillionMembersStreamThroughASmallHeap(@TempDir Path dir) throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("this JVM's heap cap (run with -Xmx102m)")
        .isLessThanOrEqualTo(HEAP_CAP);
    UnionGenerators generators = UnionGenerators.seeded(909);
    List<Organisation> organisations = generators.tree(3, 20);
    List<Organisation> unions = organisations.stream().filter(o -> o.kind().isGrassroots()).toList();
    Path file = dir.resolve("members.ndjson");

    Tally written = Tally.empty();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
         RecordWriter<Member> writer = Ndjson.writer(out, Member.class)) {
      Tally batch = Tally.empty();
      for (int i = 0; i < MEMBERS; i++) {
        Member member = generators.member(unions.get(i % unions.size()).id());
        writer.write(member);
        batch = batch.plus(Tally.ofMembers(List.of(member)));
        if (i % 10_000 == 9_999) {
          written = written.plus(batch);
          batch = Tally.empty();
        }
      }
      written = written.plus(batch);
      assertThat(writer.written()).as("members written").isEqualTo(MEMBERS);
    }

    Tally read = Tally.empty();
    try (InputStream in = Files.newInputStream(file);
         RecordReader<Member> reader = Ndjson.members(in, file.toString(), ReadOptions.defaults())) {
      read = Tally.ofMembers(() -> reader);
      assertThat(reader.rowsRead()).as("lines read").isEqualTo(MEMBERS);
      assertThat(reader.accepted()).as("members accepted").isEqualTo(MEMBERS);
    }
    assertThat(read.get(Measure.MEMBERS)).as("members counted on reading: those whose spell goes on")
        .isEqualTo(written.get(Measure.MEMBERS)).isBetween(MEMBERS * 9L / 10, MEMBERS - 1L);
    assertThat(read).as("every count read equals every count written").isEqualTo(written);

    try (InputStream in = Files.newInputStream(file)) {
      OrganisationTree tree = OrganisationTree.of(organisations);
      Collected<RollUp> rolled = Ndjson.rollUp(in, file.toString(), tree, List.of(),
          ReadOptions.defaults().withThreads(2));
      Tally root = rolled.value().subtree(tree.roots().get(0).id());
      assertThat(root).as("the roll-up of the stream on two threads counts what was written, and the unions")
          .isEqualTo(written.plus(Tally.ofOrganisations(organisations)));
    }
  }
}
