package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.unionkit.model.Quantity;

/**
 * Invariants of {@link Extract} over texts made of review clauses, figures and other numbers: every figure
 * lies within the text and its span reads back to its quantity, and a date, a telephone number, an ordinal or
 * a plan name put between two clauses never adds, removes or changes a figure.
 */
class ExtractProperties {
  private static final List<String> CLAUSES = List.of("签订综合集体合同5.1万份", "慰问困难职工等14万余人",
      "筹集资金6800多万元", "吸引“40万+”人次围观", "参赛职工约12万人次", "服务货车司机120万人次左右",
      "高技能人才247万人", "占技能人才的27.2%", "新增百人以上非公企业建会418家", "全省工会坚持以职工为中心",
      "一年来", "工作取得新进展", "发放帮扶资金不足600万元", "１２３人", "逾1.5万人次");
  private static final List<String> JOINS = List.of("，", "。", "；", "\n", "\r\n", "、");
  private static final List<String> NOT_FIGURES = List.of("2020年11月26日", "3月", "5月20日前", "第1部分",
      "建功“十四五”", "围绕“三六八九”工作思路", "党的十九届五中全会", "咨询电话：0311-87908000", "手机13912345678",
      "拨打12351热线", "成立100周年", "际华三五零二职业装有限公司", "《关于2021年工作的意见》", "决不让一名职工掉队");

  /** A text of 0 to 30 clauses with the offsets where a clause may be put between two. */
  record Text(String text, List<Integer> boundaries) {}

  private static Gen<Text> texts() {
    return longs().all().zip(integers().between(0, 30), (seed, clauses) -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      List<Integer> boundaries = new java.util.ArrayList<>(List.of(0));
      for (int i = 0; i < clauses; i++) {
        text.append(CLAUSES.get(random.nextInt(CLAUSES.size()))).append(JOINS.get(random.nextInt(JOINS.size())));
        boundaries.add(text.length());
      }
      return new Text(text.toString(), List.copyOf(boundaries));
    });
  }

  @Test
  void everyFigureLiesInTheTextAndItsSpanReadsBackToItsQuantity() {
    qt().forAll(texts()).checkAssert(t -> {
      for (Extract.Figure f : Extract.of(t.text(), "t").figures()) {
        assertThat(f.end()).as("end of %s", f.written()).isLessThanOrEqualTo(t.text().length())
            .isGreaterThan(f.start());
        assertThat(t.text().substring(f.start(), f.end()).replaceAll("[“”]", "")).as("span of %s", f.written())
            .isEqualTo(f.written());
        assertThat(Quantity.parse(f.written())).as("quantity of %s", f.written()).isEqualTo(f.quantity());
        String before = t.text().substring(0, f.start());
        long breaks = before.chars().filter(c -> c == '\n').count()
            + before.replace("\r\n", "").chars().filter(c -> c == '\r').count();
        assertThat(f.line()).as("line of %s", f.written()).isEqualTo(breaks + 1);
      }
    });
  }

  @Test
  void aNumberThatIsNotAStatisticBetweenTwoClausesChangesNoFigure() {
    qt().forAll(texts(), integers().between(0, 1_000), integers().between(0, NOT_FIGURES.size() - 1))
        .checkAssert((t, at, which) -> {
          int boundary = t.boundaries().get(at % t.boundaries().size());
          String inserted = t.text().substring(0, boundary) + NOT_FIGURES.get(which) + "。" + t.text().substring(boundary);
          assertThat(written(inserted)).as("figures with %s", NOT_FIGURES.get(which)).isEqualTo(written(t.text()));
        });
  }

  private static List<String> written(String text) {
    return Extract.of(text, "t").figures().stream().map(Extract.Figure::written).toList();
  }
}
