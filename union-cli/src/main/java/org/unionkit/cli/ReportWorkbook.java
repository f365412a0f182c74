package org.unionkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.unionkit.cli.Register.Counted;
import org.unionkit.cli.Register.Unreadable;
import org.unionkit.io.DatasetDocument;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.RelationAudit;
import org.unionkit.xlsx.XlsxWorkbook;

/**
 * {@code report --xlsx OUT.xlsx}: the report's tables as one workbook, sheets named as the text report's
 * sections: the figures and the audit always, and, when members are counted, the indicators and the flows of
 * the province and its cities.
 */
final class ReportWorkbook {
  private ReportWorkbook() {}

  /** Writes the workbook whole or not at all; a failure names the file. */
  static void write(Path target, DatasetDocument doc, List<RelationAudit> audits, Optional<Counted> counted,
      List<Indicator> indicators) throws Unreadable {
    XlsxWorkbook book = XlsxWorkbook.empty().withFigures("Figures 数据", doc.dataset().figures())
        .withAudit("Audit 核验", audits);
    if (counted.isPresent()) {
      Counted c = counted.get();
      book = book.withTable("Indicators 指标", c.rollUp().table(c.rows(), indicators))
          .withCounts("Flows 流量", Flows.of(c.rollUp(), c.rows(), doc.dataset(), c.options()));
    }
    XlsxWorkbook written = book;
    Register.reading(target, () -> {
      written.writeTo(target);
      return target;
    });
  }
}
