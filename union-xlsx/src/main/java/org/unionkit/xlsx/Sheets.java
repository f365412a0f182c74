package org.unionkit.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Worksheet;
import org.unionkit.io.RegisterColumns;
import org.unionkit.model.Interval;
import org.unionkit.model.RelationKind;
import org.unionkit.model.ReportedFigure;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.IndicatorUnit;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.RoundingRule;

/**
 * What each kind of sheet holds, as {@link XlsxWorkbook} describes it: a register under one header row of
 * field names, and the report's tables under a Chinese header row above an English one.
 */
final class Sheets {
  /** Writes a sheet's content into its new worksheet. */
  @FunctionalInterface
  interface Content {
    void writeTo(Worksheet sheet) throws IOException;
  }

  private static final int BILINGUAL_HEADER = 2;

  private Sheets() {}

  /** Records under the CSV's columns, one a row, each cell typed as the column says. */
  static <T> Content register(RegisterColumns<T> columns, Iterable<? extends T> records) {
    return sheet -> {
      Grid grid = new Grid(sheet, 0, 1);
      grid.header(0, columns.names());
      List<RegisterColumns.Type> types = columns.types();
      int row = 1;
      for (T record : records) {
        List<String> cells = columns.cells(record);
        for (int c = 0; c < cells.size(); c++) {
          String text = cells.get(c);
          if (text.isEmpty()) {
            continue;
          }
          switch (types.get(c)) {
            case TEXT -> grid.text(row, c, text);
            case COUNT -> grid.number(row, c, Long.parseLong(text), Grid.WHOLE, text);
            case DATE -> grid.date(row, c, LocalDate.parse(text));
          }
        }
        grid.ended(row++);
      }
      grid.finish();
    };
  }

  /** Row labels, then for each indicator its value, numerator and denominator. */
  static Content indicators(IndicatorTable table) {
    return sheet -> {
      Grid grid = new Grid(sheet, 1, BILINGUAL_HEADER);
      List<String> chinese = new ArrayList<>(List.of("名称"));
      List<String> english = new ArrayList<>(List.of("name"));
      for (Indicator i : table.columns()) {
        boolean percent = i.unit() == IndicatorUnit.PERCENT;
        chinese.addAll(List.of(i.chinese() + (percent ? "" : "（" + i.unit().symbol() + "）"),
            "分子：" + i.numerator(), "分母：" + i.denominator()));
        english.addAll(List.of(i.english() + (percent ? "" : " (" + i.unit().english() + ")"),
            "numerator", "denominator"));
      }
      grid.header(0, chinese);
      grid.header(1, english);
      for (int r = 0; r < table.rows().size(); r++) {
        int row = r + BILINGUAL_HEADER;
        grid.text(row, 0, table.rows().get(r));
        for (int c = 0; c < table.columns().size(); c++) {
          Indicator indicator = table.columns().get(c);
          Ratio ratio = table.cell(r, c);
          int column = 1 + 3 * c;
          if (ratio.isDefined()) {
            grid.number(row, column, value(indicator.unit(), ratio), format(indicator.unit()),
                indicator.display(ratio));
          }
          count(grid, row, column + 1, ratio.numerator());
          count(grid, row, column + 2, ratio.denominator());
        }
        grid.ended(row);
      }
      grid.finish();
    };
  }

  /** Row labels, then counts. */
  static Content counts(CountTable table) {
    return sheet -> {
      Grid grid = new Grid(sheet, 1, BILINGUAL_HEADER);
      List<String> chinese = new ArrayList<>(List.of("名称"));
      chinese.addAll(table.chinese());
      List<String> english = new ArrayList<>(List.of("name"));
      english.addAll(table.english());
      grid.header(0, chinese);
      grid.header(1, english);
      for (int r = 0; r < table.rows().size(); r++) {
        int row = r + BILINGUAL_HEADER;
        grid.text(row, 0, table.rows().get(r));
        List<Long> counts = table.counts(r);
        for (int c = 0; c < counts.size(); c++) {
          count(grid, row, c + 1, counts.get(c));
        }
        grid.ended(row);
      }
      grid.finish();
    };
  }

  /** The figures by section, as the text report lists them, with their intervals' finite bounds as numbers. */
  static Content figures(List<ReportedFigure> figures) {
    return sheet -> {
      Grid grid = new Grid(sheet, 0, BILINGUAL_HEADER);
      grid.header(0, List.of("部分", "编号", "数值", "区间", "下限", "上限", "单位", "指标", "指标（英文）", "期间"));
      grid.header(1, List.of("section", "id", "as written", "interval", "lower", "upper", "unit", "measure",
          "measure in English", "period"));
      // Sorted as the text report lists them, the figures without a section (an empty cell) first.
      List<ReportedFigure> bySection = figures.stream().sorted(Comparator.comparing(Sheets::section)).toList();
      for (int r = 0; r < bySection.size(); r++) {
        ReportedFigure f = bySection.get(r);
        int row = r + BILINGUAL_HEADER;
        Interval interval = f.quantity().interval();
        grid.text(row, 0, section(f));
        grid.text(row, 1, f.id().toString());
        grid.text(row, 2, f.quantity().toString());
        grid.text(row, 3, interval.toString());
        bound(grid, row, 4, interval.lower());
        interval.upper().ifPresent(upper -> bound(grid, row, 5, upper));
        grid.text(row, 6, f.quantity().measureWord());
        grid.text(row, 7, f.measure());
        grid.text(row, 8, f.englishMeasure());
        grid.text(row, 9, f.period().toString());
        grid.ended(row);
      }
      grid.finish();
    };
  }

  /** One row per relation: what the figures allow and the verdict, with the relation's descriptions. */
  static Content audit(List<RelationAudit> audits) {
    return sheet -> {
      Grid grid = new Grid(sheet, 0, BILINGUAL_HEADER);
      grid.header(0, List.of("关系", "类型", "计算结果", "结论", "说明", "说明（英文）"));
      grid.header(1, List.of("relation", "kind", "computed", "verdict", "description", "in English"));
      for (int r = 0; r < audits.size(); r++) {
        RelationAudit a = audits.get(r);
        int row = r + BILINGUAL_HEADER;
        RelationKind kind = a.relation().kind();
        grid.text(row, 0, a.relation().id().toString());
        grid.text(row, 1, kind.chinese());
        grid.text(row, 2, a.computed());
        grid.text(row, 3, a.verdict().name());
        grid.text(row, 4, a.relation().description());
        grid.text(row, 5, a.relation().englishDescription());
        grid.ended(row);
      }
      grid.finish();
    };
  }

  /**
   * A defined ratio in the cell's unit, unrounded (the cell's format rounds for display): the fraction of one
   * for a percentage (0.27172... shown 27.2%), numerator × 10<sup>power</sup> / denominator for other units.
   */
  static double value(IndicatorUnit unit, Ratio ratio) {
    int power = unit == IndicatorUnit.PERCENT ? 0 : unit.powerOfTen();
    return BigDecimal.valueOf(ratio.numerator()).scaleByPowerOfTen(power)
        .divide(BigDecimal.valueOf(ratio.denominator()), MathContext.DECIMAL128).doubleValue();
  }

  /** The number format that shows a unit's decimals, rounding half-up as {@link RoundingRule#HALF_UP}: {@code 0.0%}, {@code 0.00}. */
  static String format(IndicatorUnit unit) {
    String digits = unit.decimals() == 0 ? "0" : "0." + "0".repeat(unit.decimals());
    return unit == IndicatorUnit.PERCENT ? digits + "%" : digits;
  }

  private static void count(Grid grid, int row, int column, long count) {
    grid.number(row, column, count, Grid.COUNT, String.format(Locale.ROOT, "%,d", count));
  }

  /** A bound as a plain decimal (140000, not 1.4E+5). */
  private static void bound(Grid grid, int row, int column, BigDecimal bound) {
    BigDecimal plain = bound.scale() < 0 ? bound.setScale(0) : bound;
    grid.number(row, column, plain, "General", plain.toPlainString());
  }

  private static String section(ReportedFigure f) {
    return f.source().section().orElse("");
  }
}
