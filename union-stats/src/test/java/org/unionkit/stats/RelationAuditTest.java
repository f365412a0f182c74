package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Dataset;
import org.unionkit.model.FigureId;
import org.unionkit.model.Quantity;
import org.unionkit.model.Relation;
import org.unionkit.model.RelationKind;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;

/** Relations of a dataset audited: shares, per-unit figures and sums, published or derived. */
class RelationAuditTest {

  private static ReportedFigure figure(String id, String quantity) {
    return ReportedFigure.builder().id(FigureId.parse(id)).quantity(Quantity.parse(quantity)).measure(id)
        .englishMeasure(id).period(ReportingPeriod.ofYear(2020)).source(Source.of("test")).build();
  }

  private static Relation.Builder relation(String id, RelationKind kind) {
    return Relation.builder().id(FigureId.parse(id)).kind(kind).description("关系").englishDescription("relation");
  }

  private static List<RelationAudit> audit(List<ReportedFigure> figures, Relation... relations) {
    return RelationAudit.of(Dataset.builder().addAllFigures(figures).addRelations(relations).build());
  }

  @Test
  void aShareThatTheCountsCannotGiveIsInconsistent() {
    List<RelationAudit> audits = audit(List.of(figure("share", "27.5%"), figure("high", "247万人"), figure("all", "909万人")),
        relation("check", RelationKind.SHARE).result(FigureId.parse("share")).numerator(FigureId.parse("high"))
            .denominator(FigureId.parse("all")).build());
    assertThat(audits.get(0).verdict()).as("27.5% against (27.10%, 27.25%)").isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void sumsAreCheckedAgainstAPublishedTotalOrDerived() {
    List<ReportedFigure> figures = List.of(figure("a", "694名"), figure("b", "464名"), figure("c", "911名"),
        figure("right", "2069名"), figure("wrong", "2096名"), figure("rounded", "0.2万名"), figure("floor", "2000+名"),
        figure("ceiling", "不足2000名"));
    Relation.Builder parts = relation("sum", RelationKind.SUM).addParts(FigureId.parse("a"), FigureId.parse("b"),
        FigureId.parse("c"));
    assertThat(audit(figures, parts.build()).get(0)).as("derived total").hasToString("sum SUM: [2069, 2069] 名 DERIVED");
    assertThat(audit(figures, relation("s1", RelationKind.SUM).addParts(FigureId.parse("a"), FigureId.parse("b"),
        FigureId.parse("c")).result(FigureId.parse("right")).build()).get(0).verdict()).as("2069").isEqualTo(Verdict.CONSISTENT);
    assertThat(audit(figures, relation("s2", RelationKind.SUM).addParts(FigureId.parse("a"), FigureId.parse("b"),
        FigureId.parse("c")).result(FigureId.parse("wrong")).build()).get(0).verdict()).as("2096").isEqualTo(Verdict.INCONSISTENT);
    assertThat(audit(figures, relation("s4", RelationKind.SUM).addParts(FigureId.parse("a"), FigureId.parse("b"),
        FigureId.parse("c")).result(FigureId.parse("floor")).build()).get(0).verdict()).as("2000+")
        .isEqualTo(Verdict.CONSISTENT);
    assertThat(audit(figures, relation("s5", RelationKind.SUM).addParts(FigureId.parse("a"), FigureId.parse("b"),
        FigureId.parse("c")).result(FigureId.parse("ceiling")).build()).get(0).verdict()).as("不足2000")
        .isEqualTo(Verdict.INCONSISTENT);
    // 0.2万 stands for [1500, 2500), which holds 2069.
    assertThat(audit(figures, relation("s3", RelationKind.SUM).addParts(FigureId.parse("a"), FigureId.parse("b"),
        FigureId.parse("c")).result(FigureId.parse("rounded")).build()).get(0).verdict()).as("0.2万")
        .isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void aPublishedPerUnitFigureIsCheckedAgainstTheRange() {
    List<ReportedFigure> figures = List.of(figure("money", "2744万元"), figure("cases", "486件"),
        figure("near", "5.6万元"));
    // 2744万 / 486 lies in [56450.61, 56471.20); 5.6万 stands for [55500, 56500), which meets it.
    assertThat(audit(figures, relation("p", RelationKind.PER_UNIT).numerator(FigureId.parse("money"))
        .denominator(FigureId.parse("cases")).result(FigureId.parse("near")).build()).get(0).verdict()).as("5.6万")
        .isEqualTo(Verdict.CONSISTENT);
    List<ReportedFigure> exact = List.of(figure("money", "2744万元"), figure("cases", "486件"), figure("low", "50000元"));
    assertThat(audit(exact, relation("p", RelationKind.PER_UNIT).numerator(FigureId.parse("money"))
        .denominator(FigureId.parse("cases")).result(FigureId.parse("low")).build()).get(0).verdict()).as("50000元")
        .isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void aSumOfDifferentThingsIsRefused() {
    List<ReportedFigure> figures = List.of(figure("a", "694名"), figure("b", "464人次"));
    assertThatThrownBy(() -> audit(figures, relation("bad", RelationKind.SUM).addParts(FigureId.parse("a"),
        FigureId.parse("b")).build())).as("persons plus person-times").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count different things");
  }
}
