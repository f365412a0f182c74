package org.unionkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;

/** Invariants of trees built from generated federations of 1 to 6 levels. */
class OrganisationTreeProperties {

  private static Gen<OrganisationTree> trees() {
    return integers().between(1, 6).zip(longs().all(),
        (levels, seed) -> OrganisationTree.of(UnionGenerators.seeded(seed).tree(levels, 4)));
  }

  @Test
  void everyOrganisationReachesARootThroughItsAncestors() {
    qt().withExamples(200).forAll(trees()).checkAssert(tree -> {
      Set<OrganisationId> roots = ids(tree.roots());
      for (Organisation o : tree.preOrder()) {
        List<Organisation> ancestors = tree.ancestors(o.id());
        assertThat(ancestors).as("ancestors of %s", o.id()).hasSize(tree.depth(o.id()));
        OrganisationId top = ancestors.isEmpty() ? o.id() : ancestors.get(ancestors.size() - 1).id();
        assertThat(roots).as("root reached from %s", o.id()).contains(top);
        assertThat(ids(ancestors)).as("ancestors of %s exclude itself (no cycle)", o.id()).doesNotContain(o.id());
      }
    });
  }

  @Test
  void ancestorsAndDescendantsAgree() {
    qt().withExamples(100).forAll(trees()).checkAssert(tree -> {
      for (Organisation a : tree.preOrder()) {
        Set<OrganisationId> below = ids(tree.descendants(a.id()));
        for (Organisation b : tree.preOrder()) {
          boolean above = ids(tree.ancestors(b.id())).contains(a.id());
          assertThat(below.contains(b.id())).as("%s below %s", b.id(), a.id()).isEqualTo(above);
          assertThat(tree.isAncestor(a.id(), b.id())).as("isAncestor(%s, %s)", a.id(), b.id()).isEqualTo(above);
        }
      }
    });
  }

  @Test
  void subtreeIsTheNodeAndItsChildrensSubtrees() {
    qt().withExamples(200).forAll(trees()).checkAssert(tree -> {
      for (Organisation o : tree.preOrder()) {
        List<Organisation> subtree = tree.subtree(o.id());
        assertThat(subtree.get(0)).as("subtree of %s starts with it", o.id()).isEqualTo(o);
        int expected = 1 + tree.children(o.id()).stream().mapToInt(c -> tree.subtree(c.id()).size()).sum();
        assertThat(subtree).as("subtree of %s", o.id()).hasSize(expected);
        tree.children(o.id()).forEach(c ->
            assertThat(tree.parent(c.id())).as("parent of child %s", c.id()).contains(o));
      }
    });
  }

  @Test
  void preOrderListsEveryOrganisationOnceWithParentsFirst() {
    qt().withExamples(200).forAll(trees()).checkAssert(tree -> {
      Set<OrganisationId> seen = new HashSet<>();
      for (Organisation o : tree.preOrder()) {
        o.parent().ifPresent(p -> assertThat(seen).as("parent of %s listed before it", o.id()).contains(p));
        assertThat(seen.add(o.id())).as("%s listed once", o.id()).isTrue();
      }
      assertThat(seen).hasSize(tree.size());
    });
  }

  @Test
  void buildingIgnoresInputOrder() {
    qt().withExamples(100).forAll(Generated.by(g -> g.tree(4, 3))).checkAssert(organisations -> {
      List<Organisation> reversed = new ArrayList<>(organisations);
      Collections.reverse(reversed);
      OrganisationTree forward = OrganisationTree.of(organisations);
      OrganisationTree backward = OrganisationTree.of(reversed);
      for (Organisation o : organisations) {
        assertThat(ids(backward.subtree(o.id()))).as("subtree of %s", o.id())
            .isEqualTo(ids(forward.subtree(o.id())));
      }
    });
  }

  private static Set<OrganisationId> ids(List<Organisation> organisations) {
    Set<OrganisationId> ids = new HashSet<>();
    organisations.forEach(o -> ids.add(o.id()));
    return ids;
  }
}
