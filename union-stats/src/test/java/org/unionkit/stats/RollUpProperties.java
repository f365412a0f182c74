package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;

/**
 * A node's figures are its own plus its children's, the root's are the whole dataset's, and counting the
 * members on several threads gives what one pass gives.
 */
class RollUpProperties {

  @Test
  void parallelCollectionEqualsOnePassHoweverTheMembersAreSplit() {
    qt().forAll(Generated.datasets(), longs().all()).checkAssert((d, seed) -> {
      RollUp sequential = RollUp.of(d);
      List<Member> shuffled = new ArrayList<>(d.members());
      Collections.shuffle(shuffled, new Random(seed));
      // Many small pieces, so that even a dozen members is split across threads and containers merged.
      Spliterator<Member> pieces = new ArrayList<>(shuffled).spliterator();
      RollUp parallel = StreamSupport.stream(new SmallPieces<>(pieces), true)
          .collect(RollUp.collector(d.tree(), d.contracts(), Scope.all()));
      assertSameCounts(parallel, sequential);
    });
  }

  @Test
  void memberColumnsRollUpEqualsTheOnePassRollUpInAnyScope() {
    List<Scope> scopes = List.of(Scope.all(), Scope.all().withNonPublic(), Scope.all().withMinEmployees(100));
    qt().forAll(Generated.datasets(), integers().between(0, scopes.size() - 1)).checkAssert((d, s) -> {
      Scope scope = scopes.get(s);
      MemberColumns columns = MemberColumns.of(d.tree(), d.members());
      RollUp fromColumns = RollUp.of(columns, d.contracts(), scope);
      RollUp direct = RollUp.of(d.tree(), d.members(), d.contracts(), scope);
      assertThat(columns.size()).as("members held").isEqualTo(d.members().size());
      assertSameCounts(fromColumns, direct);
    });
  }

  @Test
  void aTableOfEveryNodeHoldsEachIndicatorOfEachSubtree() {
    qt().forAll(Generated.datasets()).checkAssert(d -> {
      RollUp rollUp = RollUp.of(d);
      List<Organisation> nodes = d.tree().preOrder();
      IndicatorTable table = rollUp.table(nodes, Indicators.all());
      for (int r = 0; r < nodes.size(); r++) {
        for (int c = 0; c < table.columns().size(); c++) {
          assertThat(table.cell(r, c)).as("%s of %s", table.columns().get(c).id(), nodes.get(r).id())
              .isEqualTo(table.columns().get(c).compute(rollUp.subtree(nodes.get(r).id())));
        }
      }
    });
  }

  /** Every organisation's own and subtree counts, and the records read, are the expected roll-up's. */
  private static void assertSameCounts(RollUp actual, RollUp expected) {
    for (Organisation o : expected.tree().preOrder()) {
      assertThat(actual.own(o.id())).as("own counts of %s", o.id()).isEqualTo(expected.own(o.id()));
      assertThat(actual.subtree(o.id())).as("subtree of %s", o.id()).isEqualTo(expected.subtree(o.id()));
    }
    assertThat(actual.recordsRead()).as("records read").isEqualTo(expected.recordsRead());
  }

  /** Splits down to single elements, whatever the size: the most merges a stream can make. */
  private record SmallPieces<T>(Spliterator<T> inner) implements Spliterator<T> {
    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      return inner.tryAdvance(action);
    }

    @Override
    public @Nullable Spliterator<T> trySplit() {
      Spliterator<T> prefix = inner.trySplit();
      return prefix == null ? null : new SmallPieces<>(prefix);
    }

    @Override
    public long estimateSize() {
      return inner.estimateSize();
    }

    @Override
    public int characteristics() {
      return inner.characteristics();
    }
  }

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
