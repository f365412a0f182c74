package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionkit.model.ExampleRecords.organisation;
import static org.unionkit.model.OrganisationKind.GRASSROOTS_UNION;
import static org.unionkit.model.OrganisationKind.INDUSTRY_UNION;
import static org.unionkit.model.OrganisationKind.MUNICIPAL_FEDERATION;
import static org.unionkit.model.OrganisationKind.NATIONAL_FEDERATION;
import static org.unionkit.model.OrganisationKind.PROVINCIAL_FEDERATION;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hand-built forest of four levels, given children before parents:
 *
 * <pre>
 * ACFTU                 (national)
 * └── HB                (province)
 *     ├── SJZ           (city)
 *     │   ├── U1        (grassroots)
 *     │   └── U2        (grassroots)
 *     └── TS            (city)
 * IND                   (a second root)
 * </pre>
 */
class OrganisationTreeTest {
  private static final List<Organisation> ORGANISATIONS = List.of(
      organisation("U1", GRASSROOTS_UNION, "SJZ"),
      organisation("SJZ", MUNICIPAL_FEDERATION, "HB"),
      organisation("HB", PROVINCIAL_FEDERATION, "ACFTU"),
      organisation("TS", MUNICIPAL_FEDERATION, "HB"),
      organisation("U2", GRASSROOTS_UNION, "SJZ"),
      organisation("ACFTU", NATIONAL_FEDERATION),
      organisation("IND", INDUSTRY_UNION));

  private final OrganisationTree tree = OrganisationTree.of(ORGANISATIONS);

  private static OrganisationId id(String id) {
    return OrganisationId.parse(id);
  }

  /** The identifiers of {@code organisations}, joined by spaces, such as {@code "SJZ TS"}. */
  private static String ids(List<Organisation> organisations) {
    return String.join(" ", organisations.stream().map(o -> o.id().toString()).toList());
  }

  @Test
  void sizeGetAndContains() {
    assertThat(tree.size()).as("size").isEqualTo(7);
    assertThat(tree.contains(id("SJZ"))).as("holds SJZ").isTrue();
    assertThat(tree.contains(id("XX"))).as("does not hold XX").isFalse();
    assertThat(tree.get(id("SJZ"))).as("get SJZ").contains(ORGANISATIONS.get(1));
    assertThat(tree.get(id("XX"))).as("get XX").isEmpty();
  }

  @Test
  void rootsInInputOrder() {
    assertThat(ids(tree.roots())).as("roots").isEqualTo("ACFTU IND");
  }

  @ParameterizedTest(name = "{0}: children [{1}], ancestors [{2}], depth {3}")
  @CsvSource({
      "ACFTU, HB,     '',            0",
      "HB,    SJZ TS, ACFTU,         1",
      "SJZ,   U1 U2,  HB ACFTU,      2",
      "U1,    '',     SJZ HB ACFTU,  3",
      "U2,    '',     SJZ HB ACFTU,  3",
      "TS,    '',     HB ACFTU,      2",
      "IND,   '',     '',            0"})
  void childrenInInputOrderAndAncestorsNearestFirst(String id, String children, String ancestors, int depth) {
    assertThat(ids(tree.children(id(id)))).as("children of %s", id).isEqualTo(children);
    assertThat(ids(tree.ancestors(id(id)))).as("ancestors of %s", id).isEqualTo(ancestors);
    assertThat(tree.depth(id(id))).as("depth of %s", id).isEqualTo(depth);
  }

  @ParameterizedTest(name = "{0}: descendants [{1}]")
  @CsvSource({
      "ACFTU, HB SJZ U1 U2 TS",
      "HB,    SJZ U1 U2 TS",
      "SJZ,   U1 U2",
      "TS,    ''",
      "U1,    ''",
      "IND,   ''"})
  void descendantsAndSubtreeInPreOrder(String id, String descendants) {
    assertThat(ids(tree.descendants(id(id)))).as("descendants of %s", id).isEqualTo(descendants);
    assertThat(ids(tree.subtree(id(id)))).as("subtree of %s", id)
        .isEqualTo(descendants.isEmpty() ? id : id + " " + descendants);
  }

  @Test
  void parentOfEachOrganisation() {
    assertThat(tree.parent(id("U1"))).as("parent of U1").contains(ORGANISATIONS.get(1));
    assertThat(tree.parent(id("ACFTU"))).as("a root has no parent").isEmpty();
  }

  @ParameterizedTest(name = "{0} above {1}: {2}")
  @CsvSource({
      "ACFTU, U2,    true",
      "HB,    U2,    true",
      "SJZ,   U1,    true",
      "HB,    TS,    true",
      "U2,    HB,    false",
      "HB,    HB,    false",
      "SJZ,   TS,    false",
      "TS,    U1,    false",
      "IND,   U1,    false",
      "ACFTU, IND,   false"})
  void isAncestorIsStrict(String ancestor, String descendant, boolean expected) {
    assertThat(tree.isAncestor(id(ancestor), id(descendant))).as("%s above %s", ancestor, descendant)
        .isEqualTo(expected);
  }

  @Test
  void preOrderPutsParentsBeforeChildren() {
    List<Organisation> order = tree.preOrder();

    assertThat(ids(order)).as("pre-order, roots in input order").isEqualTo("ACFTU HB SJZ U1 U2 TS IND");
    assertThat(order).as("every organisation comes after its parent").allSatisfy(o -> o.parent().ifPresent(
        p -> assertThat(order.indexOf(tree.get(p).orElseThrow())).as("position of %s's parent", o.id())
            .isLessThan(order.indexOf(o))));
  }

  @Test
  void toStringSummarises() {
    assertThat(tree).as("summary").hasToString("OrganisationTree[7 organisations, 2 roots, 4 levels]");
    assertThat(OrganisationTree.of(List.of(organisation("HB", PROVINCIAL_FEDERATION)))).as("singular forms")
        .hasToString("OrganisationTree[1 organisations, 1 root, 1 level]");
  }

  @Test
  void queriesOnAnUnknownOrganisationAreRejected() {
    List<ThrowingCallable> queries = List.of(
        () -> tree.children(id("XX")), () -> tree.ancestors(id("XX")), () -> tree.descendants(id("XX")),
        () -> tree.subtree(id("XX")), () -> tree.depth(id("XX")), () -> tree.parent(id("XX")),
        () -> tree.isAncestor(id("XX"), id("HB")), () -> tree.isAncestor(id("HB"), id("XX")));
    queries.forEach(query -> assertRejected(query, "organisation", "organisation (XX) is not in the tree"));
  }

  @Test
  void viewsAreReadOnly() {
    assertThatThrownBy(() -> tree.children(id("HB")).clear()).as("children cannot be changed")
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void duplicateIdsAreNamed() {
    List<Organisation> organisations = new ArrayList<>(ORGANISATIONS);
    organisations.add(organisation("SJZ", MUNICIPAL_FEDERATION, "HB"));
    organisations.add(organisation("HB", PROVINCIAL_FEDERATION));

    assertThatThrownBy(() -> OrganisationTree.of(organisations)).as("duplicates SJZ and HB")
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("organisation ids must be unique; repeated: SJZ, HB")
        .satisfies(e -> assertThat(((ValidationException) e).field()).as("field()").isEqualTo("id"));
  }

  @Test
  void manyDuplicatesAreCounted() {
    List<Organisation> twice = IntStream.range(0, 12).mapToObj(i -> organisation("D" + i, INDUSTRY_UNION))
        .toList();
    List<Organisation> organisations = new ArrayList<>(twice);
    organisations.addAll(twice);

    assertThatThrownBy(() -> OrganisationTree.of(organisations)).as("ten named, two counted")
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("repeated: D0, D1, D2, D3, D4, D5, D6, D7, D8, D9 and 2 more")
        .hasMessageNotContaining("D10");
  }

  @Test
  void missingParentsAreNamedWithTheChild() {
    List<Organisation> organisations = List.of(
        organisation("HB", PROVINCIAL_FEDERATION),
        organisation("U1", GRASSROOTS_UNION, "SJZ"),
        organisation("U2", GRASSROOTS_UNION, "HB"),
        organisation("U3", GRASSROOTS_UNION, "TS"));

    assertThatThrownBy(() -> OrganisationTree.of(organisations)).as("U1 and U3 name parents not in the tree")
        .isInstanceOf(ValidationException.class)
        .hasMessage("organisations name a parent that is not in the tree: U1 (parent SJZ), U3 (parent TS)")
        .satisfies(e -> assertThat(((ValidationException) e).field()).as("field()").isEqualTo("parent"));
  }

  @Test
  void twoOrganisationCycleIsNamed() {
    List<Organisation> organisations = List.of(
        organisation("HB", PROVINCIAL_FEDERATION),
        organisation("A", MUNICIPAL_FEDERATION, "B"),
        organisation("B", MUNICIPAL_FEDERATION, "A"));

    assertCycle(organisations, List.of("A", "B"));
  }

  @Test
  void cycleIsNamedWithoutTheBranchLeadingIntoIt() {
    List<Organisation> organisations = List.of(
        organisation("HB", PROVINCIAL_FEDERATION),
        organisation("U", GRASSROOTS_UNION, "B"),
        organisation("A", MUNICIPAL_FEDERATION, "B"),
        organisation("B", MUNICIPAL_FEDERATION, "C"),
        organisation("C", MUNICIPAL_FEDERATION, "A"));

    assertCycle(organisations, List.of("A", "B", "C"));
  }

  /**
   * Asserts the tree is rejected naming the cycle of {@code members}, each the child of the next, in any
   * rotation ({@code A -> B -> A} or {@code B -> A -> B}), and no organisation outside it.
   */
  private static void assertCycle(List<Organisation> organisations, List<String> members) {
    List<String> messages = IntStream.range(0, members.size()).mapToObj(start -> "organisations form a cycle through their parents: "
        + String.join(" -> ", IntStream.rangeClosed(start, start + members.size())
            .mapToObj(i -> members.get(i % members.size())).toList())).toList();
    assertThatThrownBy(() -> OrganisationTree.of(organisations)).as("a cycle through %s", members)
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(e.getMessage()).as("the cycle path and nothing else").isIn(messages))
        .satisfies(e -> assertThat(((ValidationException) e).field()).as("field()").isEqualTo("parent"));
  }
}
