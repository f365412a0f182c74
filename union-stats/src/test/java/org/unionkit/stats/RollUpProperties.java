package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.ReportingPeriod;

/**
 * A node's figures are its own plus its children's, the root's are the whole dataset's, and counting the
 * members on several threads gives what one pass gives.
 */
class RollUpProperties {

  @Test
  void theMembersInAnyOrderGiveTheSameRollUp() {
    qt().forAll(Generated.datasets(), longs().all()).checkAssert((d, seed) -> {
      RollUp sequential = RollUp.of(d);
      List<Member> shuffled = new ArrayList<>(d.members());
      Collections.shuffle(shuffled, new Random(seed));
      RollUp reordered = RollUp.of(d.tree(), shuffled, d.contracts(), CountOptions.allTime());
      assertSameCounts(reordered, sequential);
    });
  }

  /** The protocol of a reader on several threads: each piece counted on a sibling, ids claimed in order. */
  @Test
  void siblingsCountingPiecesThenClaimingInOrderEqualOnePassWithRepeatsRejected() {
    qt().forAll(Generated.datasets(), integers().between(1, 5), integers().between(0, 4)).checkAssert((d, k, repeats) -> {
      List<Member> input = new ArrayList<>(d.members());
      for (int r = 0; r < repeats && !d.members().isEmpty(); r++) {
        input.add(d.members().get(r % d.members().size()));
      }
      RollUp.Accumulator origin = RollUp.accumulator(d.tree(), CountOptions.allTime());
      List<RollUp.Accumulator> pieces = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        pieces.add(origin.sibling());
      }
      int rejected = 0;
      for (int i = 0; i < input.size(); i++) {
        assertThat(pieces.get(i % k).count(input.get(i), i + 1)).as("counted").isNull();
      }
      for (int i = 0; i < input.size(); i++) {
        rejected += origin.claim(input.get(i), i + 1) == null ? 0 : 1;
      }
      pieces.forEach(origin::merge);
      RollUp merged = origin.finish(d.contracts());
      assertThat(rejected).as("repeats rejected").isEqualTo(input.size() - d.members().size());
      RecordCounts once = RollUp.of(d).members();
      assertThat(merged.members()).as("accounting").isEqualTo(new RecordCounts(input.size(), once.accepted(),
          once.outsidePeriod(), rejected));
      assertSameCounts(merged, RollUp.of(d), false);
    });
  }

  /** The protocol of an engine on many machines: each piece's member tallies, added by organisation. */
  @Test
  void memberTalliesOfPiecesAddedByOrganisationRollUpAsOnePass() {
    List<Scope> scopes = List.of(Scope.all(), Scope.all().withNonPublic(), Scope.all().withMinEmployees(100));
    qt().forAll(Generated.datasets(), integers().between(1, 5), integers().between(0, scopes.size() - 1))
        .checkAssert((d, k, s) -> {
          CountOptions options = CountOptions.of(ReportingPeriod.ofYear(2020)).withScope(scopes.get(s));
          RollUp.Accumulator origin = RollUp.accumulator(d.tree(), options);
          List<RollUp.Accumulator> pieces = new ArrayList<>();
          for (int i = 0; i < k; i++) {
            pieces.add(origin.sibling());
          }
          for (int i = 0; i < d.members().size(); i++) {
            pieces.get(i % k).add(d.members().get(i));
          }
          Map<OrganisationId, Tally> byOrganisation = new LinkedHashMap<>();
          long read = 0;
          long accepted = 0;
          long outside = 0;
          long rejected = 0;
          for (RollUp.Accumulator piece : pieces) {
            piece.memberTallies().forEach((id, tally) -> byOrganisation.merge(id, tally, Tally::plus));
            read += piece.members().read();
            accepted += piece.members().accepted();
            outside += piece.members().outsidePeriod();
            rejected += piece.members().rejected();
          }
          RollUp fromTallies = RollUp.ofMemberTallies(d.tree(), byOrganisation,
              new RecordCounts(read, accepted, outside, rejected), d.contracts(), options);
          RollUp onePass = RollUp.of(d.tree(), d.members(), d.contracts(), options);
          assertSameCounts(fromTallies, onePass);
          assertThat(fromTallies.members()).as("what became of the members").isEqualTo(onePass.members());
        });
  }

  @Test
  void memberColumnsRollUpEqualsTheOnePassRollUpInAnyScope() {
    List<Scope> scopes = List.of(Scope.all(), Scope.all().withNonPublic(), Scope.all().withMinEmployees(100));
    qt().forAll(Generated.datasets(), integers().between(0, scopes.size() - 1)).checkAssert((d, s) -> {
      Scope scope = scopes.get(s);
      MemberColumns columns = MemberColumns.of(d.tree(), d.members(), CountOptions.allTime());
      RollUp fromColumns = RollUp.of(columns, d.contracts(), scope);
      RollUp direct = RollUp.of(d.tree(), d.members(), d.contracts(), CountOptions.allTime().withScope(scope));
      assertThat(columns.size()).as("members held: those counted").isEqualTo(direct.members().accepted());
      assertThat(columns.counts()).as("what became of the members").isEqualTo(direct.members());
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
    assertSameCounts(actual, expected, true);
  }

  private static void assertSameCounts(RollUp actual, RollUp expected, boolean sameRecords) {
    for (Organisation o : expected.tree().preOrder()) {
      assertThat(actual.own(o.id())).as("own of %s", o.id()).isEqualTo(expected.own(o.id()));
      assertThat(actual.subtree(o.id())).as("subtree of %s", o.id()).isEqualTo(expected.subtree(o.id()));
    }
    if (sameRecords) {
      assertThat(actual.recordsRead()).as("records read").isEqualTo(expected.recordsRead());
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
