package org.unionkit.cli;

import java.util.ArrayList;
import java.util.List;
import org.unionkit.model.Dataset;
import org.unionkit.model.Organisation;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Scope;
import org.unionkit.xlsx.CountTable;

/**
 * The report's flows table, computed once for the text, the page and the workbook: the flows the review
 * publishes for each row, counts within the period, and the unions founded in non-public enterprises of 100
 * or more staff (the review's 418).
 */
final class Flows {
  private static final List<Measure> FLOWS = List.of(Measure.NEW_MEMBERS, Measure.NEW_EMPLOYMENT_NEW_MEMBERS,
      Measure.LEFT_MEMBERS, Measure.NEW_UNIONS, Measure.CONTRACTS_SIGNED, Measure.CONTRACTS_SIGNED_COVERAGE);
  /** 百人以上非公企业: the scope of the review's 418 new unions. */
  private static final Scope NON_PUBLIC_100 = Scope.all().withNonPublic().withMinEmployees(100);

  private Flows() {}

  /**
   * The table of the rows; the unions in non-public enterprises come from the organisations alone (a second
   * roll-up without members, so the member file is read once).
   */
  static CountTable of(RollUp rollUp, List<Organisation> rows, Dataset dataset, CountOptions options) {
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
