package org.unionkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.SkillLevel;

class UnionGeneratorsTest {

  @Test
  void theSameSeedGivesTheSameDataset() {
    Dataset first = UnionGenerators.seeded(2020).dataset(4, 3, 20);
    Dataset second = UnionGenerators.seeded(2020).dataset(4, 3, 20);
    assertThat(second.organisations()).as("organisations").isEqualTo(first.organisations());
    assertThat(second.members()).as("members").isEqualTo(first.members());
    assertThat(second.contracts()).as("contracts").isEqualTo(first.contracts());
    assertThat(UnionGenerators.seeded(2021).dataset(4, 3, 20).members()).as("another seed")
        .isNotEqualTo(first.members());
  }

  @Test
  void treeHasTheRequestedLevelsWithGrassrootsUnionsAtTheBottom() {
    List<Organisation> organisations = UnionGenerators.seeded(5).tree(5, 3);
    OrganisationTree tree = OrganisationTree.of(organisations);
    assertThat(tree.roots()).as("one provincial federation").hasSize(1);
    for (Organisation o : organisations) {
      int depth = tree.depth(o.id());
      assertThat(depth).as("depth of %s", o.id()).isBetween(0, 4);
      assertThat(o.kind().isGrassroots()).as("%s at depth %d is grassroots", o.id(), depth).isEqualTo(depth == 4);
      assertThat(tree.children(o.id()).size()).as("children of %s", o.id()).isBetween(depth == 4 ? 0 : 1, 3);
    }
  }

  @Test
  void highSkillShareOfSkilledMembersIsNearTheReviewsFigure() {
    UnionGenerators generators = UnionGenerators.seeded(909);
    Organisation union = generators.tree(2, 1).get(1);
    long skilled = 0;
    long highSkill = 0;
    for (int i = 0; i < 100_000; i++) {
      Member member = generators.member(union.id());
      if (member.skillLevel().filter(level -> level != SkillLevel.APPRENTICE).isPresent()) {
        skilled++;
        highSkill += member.skillLevel().get().isHighSkill() ? 1 : 0;
      }
    }
    // 27.2% in the 2020 Hebei review; among 60,000 skilled the sampling error is about 0.2 points.
    assertThat((double) highSkill / skilled).as("high-skill share of skilled members").isBetween(0.26, 0.285);
  }
}
