package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;

/** A node's figures are its own plus its children's, and the root's are the whole dataset's. */
class RollUpProperties {

  @Test
  void subtreeIsOwnPlusTheChildrensSubtrees() {
    qt().forAll(Generated.datasets()).checkAssert(d -> {
      RollUp rollUp = RollUp.of(d);
      OrganisationTree tree = d.tree();
      for (Organisation o : tree.preOrder()) {
        Tally expected = rollUp.own(o.id());
        for (Organisation child : tree.children(o.id())) {
          expected = expected.plus(rollUp.subtree(child.id()));
        }
        assertThat(rollUp.subtree(o.id())).as("subtree of %s", o.id()).isEqualTo(expected);
      }
    });
  }

  @Test
  void rootsTogetherHoldTheWholeDataset() {
    qt().forAll(Generated.datasets()).checkAssert(d -> {
      RollUp rollUp = RollUp.of(d);
      Tally roots = d.tree().roots().stream().map(r -> rollUp.subtree(r.id())).reduce(Tally.empty(), Tally::plus);
      assertThat(roots).as("the roots' subtrees").isEqualTo(Tally.of(d));
    });
  }

  @Test
  void readsEachRecordOnceAndMergesEachChildOnce() {
    qt().forAll(Generated.datasets()).checkAssert(d -> {
      RollUp rollUp = RollUp.of(d);
      assertThat(rollUp.recordsRead()).as("records read").isEqualTo(d.members().size() + d.contracts().size());
      assertThat(rollUp.merges()).as("merges").isEqualTo(d.organisations().size() - d.tree().roots().size());
    });
  }
}
