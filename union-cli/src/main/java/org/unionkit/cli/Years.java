package org.unionkit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionkit.cli.Register.Counted;
import org.unionkit.cli.Register.Unreadable;
import org.unionkit.io.RecordReader;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RollUp;

/**
 * Members at each year's end and new members within it, such as 2016 to 2020 for a register counted for
 * 2020: the figures of the HTML report's line chart, for the whole tree (every root's subtree).
 *
 * <p>The years are the {@value #YEARS} calendar years up to the counted period's end (the last one ends
 * there), less those before the first year with a member. All are counted in one pass over the members
 * with {@link RollUp#over}: the document's own, or the member file read once more (so twice in all, however
 * many years), under the same rules and as-of date as the report's count. Its bad lines were reported by
 * that count and are skipped here. Memory: a roll-up of the tree a year, and the member ids.
 */
final class Years {
  /** How many years the chart shows at most: the five years an analyst compares. */
  static final int YEARS = 5;

  private Years() {}

  /** One year: the year, the members at its end and the members who joined within it. */
  record Year(int year, long members, long newMembers) {}

  /** The years of the register counted, oldest first; empty when no year has a member. */
  static List<Year> of(Counted counted, Dataset dataset, Optional<Register.Reread> memberFile) throws Unreadable {
    LocalDate end = counted.period().end();
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int year = end.getYear() - YEARS + 1; year <= end.getYear(); year++) {
      periods.add(ReportingPeriod.of(LocalDate.of(year, 1, 1), year == end.getYear() ? end : LocalDate.of(year, 12, 31)));
    }
    Map<ReportingPeriod, RollUp> rollUps;
    if (memberFile.isEmpty()) {
      rollUps = RollUp.over(periods, dataset.tree(), dataset.members(), List.of(), counted.options());
    } else {
      rollUps = Register.reading(Path.of(counted.source()), () -> {
        try (RecordReader<Member> members = memberFile.get().open()) {
          return RollUp.over(periods, dataset.tree(), () -> members, List.of(), counted.options());
        }
      });
    }
    List<Year> years = new ArrayList<>();
    for (ReportingPeriod period : periods) {
      RollUp rollUp = rollUps.get(period);
      long members = 0;
      long joined = 0;
      for (Organisation root : dataset.tree().roots()) {
        members += rollUp.subtree(root.id()).get(Measure.MEMBERS);
        joined += rollUp.subtree(root.id()).get(Measure.NEW_MEMBERS);
      }
      if (!years.isEmpty() || members > 0 || joined > 0) {
        years.add(new Year(period.end().getYear(), members, joined));
      }
    }
    return List.copyOf(years);
  }
}
