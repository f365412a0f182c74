package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import org.junit.jupiter.api.Test;

/** The shape rules of relations: what each kind must and must not name. */
class RelationTest {
  private static final FigureId A = FigureId.parse("a");
  private static final FigureId B = FigureId.parse("b");
  private static final FigureId C = FigureId.parse("c");

  private static Relation.Builder relation(RelationKind kind) {
    return Relation.builder().id(FigureId.parse("r")).kind(kind).description("关系").englishDescription("relation");
  }

  @Test
  void aShareNamesItsResultNumeratorAndDenominator() {
    assertRejected(() -> relation(RelationKind.SHARE).numerator(A).denominator(B).build(), "result",
        "result (SHARE) relation needs the published share as its result");
    assertRejected(() -> relation(RelationKind.SHARE).result(C).numerator(A).build(), "numerator",
        "numerator (SHARE) relation needs a numerator and a denominator (or neither");
    assertThat(relation(RelationKind.SHARE).result(C).build().figures()).as("a share published without counts")
        .containsExactly(C);
    assertThat(relation(RelationKind.SHARE).result(C).numerator(A).denominator(B).build().figures())
        .as("figures named, result first").containsExactly(C, A, B);
  }

  @Test
  void aPerUnitFigureNeedsNoPublishedResultButNoParts() {
    assertThat(relation(RelationKind.PER_UNIT).numerator(A).denominator(B).build().result()).as("result").isEmpty();
    assertRejected(() -> relation(RelationKind.PER_UNIT).numerator(A).denominator(B).addParts(C, C).build(), "parts",
        "belong to a SUM only");
  }

  @Test
  void aSumNamesAtLeastTwoPartsAndNoFraction() {
    assertRejected(() -> relation(RelationKind.SUM).addParts(A).build(), "parts",
        "of a SUM must name at least two figures and no numerator or denominator");
    assertRejected(() -> relation(RelationKind.SUM).addParts(A, B).numerator(C).build(), "parts",
        "of a SUM must name at least two figures");
    assertThat(relation(RelationKind.SUM).addParts(A, B).result(C).build().figures()).as("figures")
        .containsExactly(C, A, B);
  }
}
