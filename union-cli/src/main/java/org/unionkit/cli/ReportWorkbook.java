package org.unionkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionkit.cli.Register.Counted;
import org.unionkit.cli.Register.Unreadable;
import org.unionkit.io.DatasetDocument;
import org.unionkit.model.Dataset;
import org.unionkit.model.Organisation;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Scope;
import org.unionkit.xlsx.CountTable;
import org.unionkit.xlsx.XlsxWorkbook;

/**
 * {@code report --xlsx OUT.xlsx}: the report's tables as one workbook, sheets named as the text report's
 * sections: the figures and the audit always, and, when members are counted, the indicators and the flows of
 * the province and its cities.
 */
final class ReportWorkbook {
  /** The flows the review publishes, per row: counts within the period. */
  private static final List<Measure> FLOWS = List.of(Measure.NEW_MEMBERS, Measure.NEW_EMPLOYMENT_NEW_MEMBERS,
      Measure.LEFT_MEMBERS, Measure.NEW_UNIONS, Measure.CONTRACTS_SIGNED, Measure.CONTRACTS_SIGNED_COVERAGE);
  /** 百人以上非公企业: the scope of the review's 418 new unions. */
  private static final Scope NON_PUBLIC_100 = Scope.all().withNonPublic().withMinEmployees(100);

  private ReportWorkbook() {}

  /** Writes the workbook whole or not at all; a failure names the file. */
  static void write(Path target, DatasetDocument doc, List<RelationAudit> audits, Optional<Counted> counted,
      List<Indicator> indicators) throws Unreadable {
    XlsxWorkbook book = XlsxWorkbook.empty().withFigures("Figures 数据", doc.dataset().figures())
        .withAudit("Audit 核验", audits);
    if (counted.isPresent()) {
      Counted c = counted.get();
      book = book.withTable("Indicators 指标", c.rollUp().table(c.rows(), indicators))
          .withCounts("Flows 流量", flows(c.rollUp(), c.rows(), doc.dataset(), c.options()));
    }
    XlsxWorkbook written = book;
    Register.reading(target, () -> {
      written.writeTo(target);
      return target;
    });
  }

  /**
   * The flows of each row, and the unions founded in non-public enterprises of 100 or more staff (from the
   * organisations alone: a second roll-up without members, so the member file is read once).
   */
  static CountTable flows(RollUp rollUp, List<Organisation> rows, Dataset dataset, CountOptions options) {
    RollUp nonPublic = RollUp.of(dataset.tree(), List.of(), List.of(), options.withScope(NON_PUBLIC_100));
    List<String> chinese = new ArrayList<>(FLOWS.stream().map(Measure::chinese).toList());
    List<String> english = new ArrayList<>(FLOWS.stream().map(Measure::english).toList());
    chinese.add("其中百人以上非公企业");
    english.add("of them non-public, 100+ staff");
    CountTable.Builder table = CountTable.builder(chinese, english);
    for (Organisation o : rows) {
      List<Long> counts = new ArrayList<>(FLOWS.stream().map(m -> rollUp.subtree(o.id()).get(m)).toList());
      counts.add(nonPublic.subtree(o.id()).get(Measure.NEW_UNIONS));
      table.addRow(o.name(), counts);
    }
    return table.build();
  }
}
