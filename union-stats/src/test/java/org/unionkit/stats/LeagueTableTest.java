package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Interval;

/** League tables by example: ranks worked out by hand from the values' intervals. */
class LeagueTableTest {
  /** A published percentage as the fraction interval it stands for, such as 44.2 for [0.4415, 0.4425). */
  private static LeagueTable.Entry published(String label, String percent) {
    BigDecimal value = new BigDecimal(percent);
    BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-value.scale()).divide(BigDecimal.valueOf(2));
    Interval points = Interval.closedOpen(value.subtract(half), value.add(half));
    return new LeagueTable.Entry(label, RatioRange.of(points, Interval.point(BigDecimal.valueOf(100))), percent + "%");
  }

  private static List<String> ranks(LeagueTable table) {
    return table.places().stream().map(p -> p.label() + " " + p.rank()).toList();
  }

  @Test
  void exactValuesGetCompetitionRanks() {
    LeagueTable table = LeagueTable.of(List.of(LeagueTable.Entry.of("A", Ratio.of(1, 4)),
        LeagueTable.Entry.of("B", Ratio.of(1, 2)), LeagueTable.Entry.of("C", Ratio.of(2, 4))),
        LeagueTable.Order.HIGHEST_FIRST);
    assertThat(ranks(table)).as("1/2 and 2/4 are one value: both first, then A third")
        .containsExactly("B 1", "C 1", "A 3");
  }

  @Test
  void adjacentOneDecimalFiguresDoNotTie() {
    LeagueTable table = LeagueTable.of(List.of(published("X", "44.2"), published("Y", "44.3")),
        LeagueTable.Order.HIGHEST_FIRST);
    assertThat(ranks(table)).as("[44.25, 44.35) lies wholly above [44.15, 44.25)").containsExactly("Y 1", "X 2");
  }

  @Test
  void overlappingIntervalsShareARangeOfRanks() {
    // 51.8 is [51.75, 51.85); 52 is [51.5, 52.5); 52.0 is [51.95, 52.05); 60 lies above them all.
    LeagueTable table = LeagueTable.of(List.of(published("DEU ILOSTAT", "51.8"), published("DEU rounded", "52"),
        published("DEU ICTWSS", "52.0"), published("top", "60"), published("bottom", "10.1")),
        LeagueTable.Order.HIGHEST_FIRST);
    assertThat(ranks(table)).as("the whole number 52 overlaps both others; 51.8 and 52.0 do not overlap")
        .containsExactly("top 1", "DEU ICTWSS 2-3", "DEU rounded 2-4", "DEU ILOSTAT 3-4", "bottom 5");
    assertThat(table.places().get(0).isCertain()).as("the top place is certain").isTrue();
    assertThat(table.places().get(1).isCertain()).as("a range is not").isFalse();
  }

  @Test
  void lowestFirstTurnsTheOrderRound() {
    LeagueTable table = LeagueTable.of(List.of(published("X", "44.2"), published("Y", "44.3"), published("Z", "44")),
        LeagueTable.Order.LOWEST_FIRST);
    assertThat(ranks(table)).as("44 is [43.5, 44.5): it overlaps both").containsExactly("X 1-2", "Z 1-3", "Y 2-3");
  }

  @Test
  void anUndefinedValueIsListedLastUnranked() {
    LeagueTable table = LeagueTable.of(List.of(LeagueTable.Entry.of("none", Ratio.of(3, 0)),
        LeagueTable.Entry.of("some", Ratio.of(1, 3))), LeagueTable.Order.HIGHEST_FIRST);
    assertThat(ranks(table)).containsExactly("some 1", "none -");
    assertThat(table.places().get(1).isCertain()).as("an unranked place").isFalse();
    assertThat(table.order()).isEqualTo(LeagueTable.Order.HIGHEST_FIRST);
    assertThat(table.toString()).as("printed with its rank column").contains("rank 排名").contains("undefined");
  }

  @Test
  void aRangeFromQualifiedCountsIsRankedByItsEnds() {
    // 14万余 over 909万: [140000, 150000) / [9085000, 9095000) against an exact 1.6%.
    RatioRange qualified = RatioRange.of(Interval.closedOpen(BigDecimal.valueOf(140_000), BigDecimal.valueOf(150_000)),
        Interval.closedOpen(BigDecimal.valueOf(9_085_000), BigDecimal.valueOf(9_095_000)));
    LeagueTable table = LeagueTable.of(List.of(LeagueTable.Entry.of("range", qualified),
        LeagueTable.Entry.of("exact", Ratio.of(16, 1000))), LeagueTable.Order.HIGHEST_FIRST);
    assertThat(ranks(table)).as("(1.53%, 1.66%) holds 1.6%").containsExactly("range 1-2", "exact 1-2");
  }
}
