package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.unionkit.model.Interval;

/** The invariants of a league table: bounds, exact ranks for distinct points, monotonicity in the widths. */
class LeagueTableProperties {
  /** Intervals [low, low + width) of small integers (width 0 is the point [low, low]), so ties and overlaps are common. */
  private static Gen<List<int[]>> intervals() {
    return lists().of(integers().between(0, 30).zip(integers().between(0, 6), (low, width) -> new int[] {low, width}))
        .ofSizeBetween(1, 12);
  }

  private static RatioRange range(int low, int width) {
    Interval values = width == 0 ? Interval.point(BigDecimal.valueOf(low))
        : Interval.closedOpen(BigDecimal.valueOf(low), BigDecimal.valueOf(low + width));
    return RatioRange.of(values, Interval.point(BigDecimal.valueOf(100)));
  }

  private static List<LeagueTable.Entry> entries(List<int[]> values) {
    List<LeagueTable.Entry> entries = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      entries.add(new LeagueTable.Entry("P" + i, range(values.get(i)[0], values.get(i)[1]), ""));
    }
    return entries;
  }

  private static Map<String, LeagueTable.Place> byLabel(LeagueTable table) {
    return table.places().stream().collect(Collectors.toMap(LeagueTable.Place::label, Function.identity()));
  }

  @Test
  void ranksLieWithinTheTableAndBestIsNoWorseThanWorst() {
    qt().forAll(intervals()).checkAssert(values -> {
      LeagueTable table = LeagueTable.of(entries(values), LeagueTable.Order.HIGHEST_FIRST);
      assertThat(table.places()).as("every place listed once").hasSize(values.size());
      for (LeagueTable.Place p : table.places()) {
        assertThat(p.best()).as("best of %s", p).isBetween(1, values.size());
        assertThat(p.worst()).as("worst of %s", p).isBetween(p.best(), values.size());
      }
      assertThat(table.places().stream().mapToInt(LeagueTable.Place::best).min().orElseThrow())
          .as("some place can be first").isEqualTo(1);
    });
  }

  @Test
  void distinctPointsGetEachRankOnceInSortedOrder() {
    qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 15)).checkAssert(raw -> {
      List<Integer> distinct = raw.stream().distinct().toList();
      List<int[]> points = distinct.stream().map(v -> new int[] {v, 0}).toList();
      LeagueTable high = LeagueTable.of(entries(points), LeagueTable.Order.HIGHEST_FIRST);
      LeagueTable low = LeagueTable.of(entries(points), LeagueTable.Order.LOWEST_FIRST);
      List<Integer> sorted = new ArrayList<>(distinct);
      sorted.sort(Collections.reverseOrder());
      Map<String, LeagueTable.Place> lows = byLabel(low);
      for (LeagueTable.Place p : high.places()) {
        int value = distinct.get(Integer.parseInt(p.label().substring(1)));
        assertThat(p.isCertain()).as("%s is certain", p).isTrue();
        assertThat(p.best()).as("rank of %d", value).isEqualTo(sorted.indexOf(value) + 1);
        assertThat(p.best() + lows.get(p.label()).best()).as("ranks from both ends add to n + 1")
            .isEqualTo(distinct.size() + 1);
      }
    });
  }

  @Test
  void wideningAValueNeverNarrowsItsRanks() {
    qt().forAll(intervals(), integers().between(0, 11), integers().between(1, 5)).checkAssert((values, pick, more) -> {
      int i = pick % values.size();
      List<int[]> wider = new ArrayList<>(values);
      int low = Math.max(0, values.get(i)[0] - more);
      wider.set(i, new int[] {low, values.get(i)[0] + values.get(i)[1] + more - low});
      LeagueTable.Place before = byLabel(LeagueTable.of(entries(values), LeagueTable.Order.HIGHEST_FIRST)).get("P" + i);
      LeagueTable.Place after = byLabel(LeagueTable.of(entries(wider), LeagueTable.Order.HIGHEST_FIRST)).get("P" + i);
      assertThat(after.best()).as("best rank after widening %s", before).isLessThanOrEqualTo(before.best());
      assertThat(after.worst()).as("worst rank after widening %s", before).isGreaterThanOrEqualTo(before.worst());
    });
  }

  @Test
  void theOrderOfTheEntriesDoesNotChangeAnyRank() {
    qt().forAll(intervals()).checkAssert(values -> {
      List<LeagueTable.Entry> entries = entries(values);
      List<LeagueTable.Entry> reversed = new ArrayList<>(entries);
      Collections.reverse(reversed);
      Map<String, String> forward = new TreeMap<>();
      LeagueTable.of(entries, LeagueTable.Order.HIGHEST_FIRST).places().forEach(p -> forward.put(p.label(), p.rank()));
      Map<String, String> backward = new TreeMap<>();
      LeagueTable.of(reversed, LeagueTable.Order.HIGHEST_FIRST).places().forEach(p -> backward.put(p.label(), p.rank()));
      assertThat(backward).as("ranks with the entries reversed").isEqualTo(forward);
    });
  }

  @Test
  void aPlaceWhollyAboveAnotherRanksAheadAtBothEnds() {
    qt().forAll(intervals()).checkAssert(values -> {
      List<LeagueTable.Entry> entries = entries(values);
      Map<String, LeagueTable.Place> places = byLabel(LeagueTable.of(entries, LeagueTable.Order.HIGHEST_FIRST));
      for (LeagueTable.Entry a : entries) {
        for (LeagueTable.Entry b : entries) {
          if (a.value().isWhollyAbove(b.value())) {
            // What is above a is above b, and a is too; what may pass a may pass b, and a may.
            assertThat(places.get(a.label()).best()).as("best rank of %s, wholly above %s", a, b)
                .isLessThan(places.get(b.label()).best());
            assertThat(places.get(a.label()).worst()).as("worst rank of %s, wholly above %s", a, b)
                .isLessThan(places.get(b.label()).worst());
          }
        }
      }
    });
  }
}
