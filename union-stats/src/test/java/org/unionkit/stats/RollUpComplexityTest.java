package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.testkit.UnionGenerators;

/**
 * Rolling up a million members over a five-level tree reads each member once and merges each
 * organisation into its parent once: O(members + organisations), shown by counting, not timing.
 */
class RollUpComplexityTest {
  private static final int MEMBERS = 1_000_000;

  /** Members generated on demand, spread over the grassroots unions, counting how often they are read. */
  private static final class CountingMembers implements Iterable<Member> {
    private final UnionGenerators generators;
    private final List<Organisation> unions;
    int iterations;
    long reads;
    /** Members whose spell has ended: over all recorded time they are in no stock. */
    long ended;

    CountingMembers(UnionGenerators generators, List<Organisation> unions) {
      this.generators = generators;
      this.unions = unions;
    }

    @Override
    public Iterator<Member> iterator() {
      iterations++;
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < MEMBERS;
        }

        @Override
        public Member next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          reads++;
          Member member = generators.member(unions.get(next++ % unions.size()).id());
          ended += member.left().isPresent() ? 1 : 0;
          return member;
        }
      };
    }
  }

  @Test
  void oneMillionMembersOverFiveLevelsAreReadOnceEach() {
    UnionGenerators generators = UnionGenerators.seeded(909);
    List<Organisation> organisations = generators.tree(5, 6);
    OrganisationTree tree = OrganisationTree.of(organisations);
    List<Organisation> unions = organisations.stream().filter(o -> o.kind().isGrassroots()).toList();
    CountingMembers members = new CountingMembers(generators, unions);

    RollUp rollUp = RollUp.of(tree, members, List.of(), CountOptions.allTime());

    assertThat(tree.depth(unions.get(0).id())).as("grassroots unions at the fifth level").isEqualTo(4);
    assertThat(members.iterations).as("passes over the members").isEqualTo(1);
    assertThat(members.reads).as("members read").isEqualTo(MEMBERS);
    assertThat(rollUp.recordsRead()).as("records the roll-up counted").isEqualTo(MEMBERS);
    assertThat(rollUp.merges()).as("subtree merges: one per organisation below the root")
        .isEqualTo(organisations.size() - 1);
    assertThat(members.ended).as("some spells ended").isPositive();
    assertThat(rollUp.subtree(tree.roots().get(0).id()).get(Measure.MEMBERS)).as("members at the root")
        .isEqualTo(MEMBERS - members.ended);
  }
}
