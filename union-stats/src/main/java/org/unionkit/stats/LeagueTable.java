package org.unionkit.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Places ranked by a value that may be known only as an interval, such as provinces by union density
 * where one figure was computed from 余/多 counts and the series publish one decimal: each place gets
 * the range of ranks its value allows, such as {@code 2-4}, and places whose values overlap share ranks.
 *
 * <p>Ranks count from 1 for the first place in the table's {@link Order}. Another place certainly ranks
 * ahead when every value it may take is ahead of every value this one may take; it may rank ahead when
 * some value of it is strictly ahead of some value of this one. A place's best rank is 1 plus the places
 * certainly ahead, its worst rank 1 plus the places that may be ahead. Exact values therefore get
 * competition ranks (equal values share the better rank, as 1, 1, 3), and a published 44.2 and 44.3,
 * standing for {@code [44.15, 44.25)} and {@code [44.25, 44.35)}, do not overlap, so they do not tie.
 * An undefined value (a zero denominator) is listed last, unranked. Immutable and thread-safe.
 */
public final class LeagueTable {
  /** Which end of the scale ranks first. */
  public enum Order {
    /** The largest value ranks 1, as for density or coverage. */
    HIGHEST_FIRST,
    /** The smallest value ranks 1. */
    LOWEST_FIRST
  }

  /**
   * A place to rank and its value.
   *
   * @param label the place, such as {@code CN-HE 河北省} or {@code SWE}; not null
   * @param value the value as an exact range of fractions of one (a point for exact counts); not null
   * @param shown the value as it should be printed, such as {@code 27.2%} or {@code (27.10%, 27.25%)}; not null
   */
  public record Entry(String label, RatioRange value, String shown) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Entry {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(shown, "shown");
    }

    /**
     * A place whose value is an exact ratio of counts, shown as its percentage, such as 27.2%.
     *
     * @param label the place; not null
     * @param ratio the exact ratio, not negative; not null
     * @return the entry, not null
     * @throws IllegalArgumentException if the ratio is negative
     */
    public static Entry of(String label, Ratio ratio) {
      return new Entry(label, RatioRange.of(ratio), ratio.percent().map(p -> p.toPlainString() + "%").orElse("undefined"));
    }

    /**
     * A place whose value is a range, such as one computed from qualified counts, shown as the range.
     *
     * @param label the place; not null
     * @param range the range; not null
     * @return the entry, not null
     */
    public static Entry of(String label, RatioRange range) {
      return new Entry(label, range, range.toString());
    }
  }

  /**
   * A ranked place.
   *
   * @param label the place; not null
   * @param shown its value as printed; not null
   * @param best the best rank it may take, from 1; 0 when unranked (undefined value)
   * @param worst the worst rank it may take, at least {@code best}; 0 when unranked
   */
  public record Place(String label, String shown, int best, int worst) {
    /**
     * The rank as printed: {@code 3} when certain, {@code 2-4} when the values allow several, {@code -}
     * when unranked.
     *
     * @return the text, not null
     */
    public String rank() {
      if (best == 0) {
        return "-";
      }
      return best == worst ? Integer.toString(best) : best + "-" + worst;
    }

    /**
     * Whether the place's rank is one number.
     *
     * @return true when best and worst agree (false when unranked)
     */
    public boolean isCertain() {
      return best > 0 && best == worst;
    }
  }

  private final Order order;
  private final List<Place> places;

  private LeagueTable(Order order, List<Place> places) {
    this.order = order;
    this.places = List.copyOf(places);
  }

  /**
   * Ranks the entries.
   *
   * @param entries the places, in any order (the input order breaks ties in the listing); not null
   * @param order which end ranks first; not null
   * @return the table, not null
   */
  public static LeagueTable of(List<Entry> entries, Order order) {
    Objects.requireNonNull(order, "order");
    List<Entry> ranked = entries.stream().filter(e -> e.value().isDefined()).toList();
    List<Place> places = new ArrayList<>();
    for (Entry entry : ranked) {
      int certainlyAhead = 0;
      int perhapsAhead = 0;
      for (Entry other : ranked) {
        if (other != entry) {
          certainlyAhead += isAhead(other.value(), entry.value(), order) ? 1 : 0;
          perhapsAhead += mayBeAhead(other.value(), entry.value(), order) ? 1 : 0;
        }
      }
      places.add(new Place(entry.label(), entry.shown(), 1 + certainlyAhead, 1 + perhapsAhead));
    }
    List<Integer> positions = IntStream.range(0, places.size()).boxed()
        .sorted(Comparator.<Integer>comparingInt(i -> places.get(i).best()).thenComparingInt(i -> places.get(i).worst())
            .thenComparingInt(i -> i))
        .toList();
    List<Place> listed = new ArrayList<>(positions.stream().map(places::get).toList());
    entries.stream().filter(e -> !e.value().isDefined()).forEach(e -> listed.add(new Place(e.label(), e.shown(), 0, 0)));
    return new LeagueTable(order, listed);
  }

  private static boolean isAhead(RatioRange other, RatioRange self, Order order) {
    return order == Order.HIGHEST_FIRST ? other.isWhollyAbove(self) : self.isWhollyAbove(other);
  }

  private static boolean mayBeAhead(RatioRange other, RatioRange self, Order order) {
    return order == Order.HIGHEST_FIRST ? other.canExceed(self) : self.canExceed(other);
  }

  /**
   * Which end ranks first.
   *
   * @return the order, not null
   */
  public Order order() {
    return order;
  }

  /**
   * The places, by best rank, then worst rank, then input order; unranked places last.
   *
   * @return the places, not null
   */
  public List<Place> places() {
    return places;
  }

  /**
   * The table as aligned text: rank 排名, place 地区, value 数值, one line a place.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    TextTable text = TextTable.withLeftColumns(2).add(List.of("rank 排名", "place 地区", "value 数值"));
    places.forEach(p -> text.add(List.of(p.rank(), p.label(), p.shown())));
    return text.toString();
  }
}
