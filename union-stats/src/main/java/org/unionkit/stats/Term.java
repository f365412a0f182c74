package org.unionkit.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Interval;

/**
 * One side of an indicator's fraction: measures added, minus measures subtracted, such as
 * {@code EMPLOYEES_IN_SCOPE − EMPLOYEES_WITHOUT_BARGAINING_RIGHT}. Immutable and thread-safe.
 */
public final class Term {
  private final List<Measure> added;
  private final List<Measure> subtracted;

  private Term(List<Measure> added, List<Measure> subtracted) {
    this.added = List.copyOf(added);
    this.subtracted = List.copyOf(subtracted);
  }

  /**
   * A single measure, or the sum of several, such as {@code Term.of(SKILLED_MEMBERS, APPRENTICE_MEMBERS)}.
   *
   * @param first the first measure; not null
   * @param more further measures to add; not null
   * @return the term, not null
   */
  public static Term of(Measure first, Measure... more) {
    return new Term(Stream.concat(Stream.of(first), Stream.of(more)).toList(), List.of());
  }

  /**
   * This term less a measure.
   *
   * @param measure the measure to subtract; not null
   * @return the new term, not null
   */
  public Term minus(Measure measure) {
    return new Term(added, Stream.concat(subtracted.stream(), Stream.of(measure)).toList());
  }

  /**
   * The measures the term adds.
   *
   * @return the measures, not null
   */
  public List<Measure> added() {
    return added;
  }

  /**
   * The measures the term subtracts.
   *
   * @return the measures, possibly empty; not null
   */
  public List<Measure> subtracted() {
    return subtracted;
  }

  /**
   * The term's value in a tally, computed exactly.
   *
   * @param tally the counts; not null
   * @return the value (negative only when subtracted counts exceed added ones)
   * @throws ArithmeticException if the value overflows a long
   */
  public long evaluate(Tally tally) {
    return evaluate(tally.counts(), 0);
  }

  /** The value over the counts of one tally laid out from {@code counts[base]}, slot by measure. */
  long evaluate(long[] counts, int base) {
    long value = 0;
    for (int i = 0; i < added.size(); i++) {
      value = Math.addExact(value, counts[base + Counter.slot(added.get(i))]);
    }
    for (int i = 0; i < subtracted.size(); i++) {
      value = Math.subtractExact(value, counts[base + Counter.slot(subtracted.get(i))]);
    }
    return value;
  }

  /**
   * The term's values when some measures are known only as intervals (figures such as 1200万人 for the
   * employees in scope), the other measures being the tally's exact counts.
   */
  Interval evaluate(Tally tally, Map<Measure, Interval> intervals) {
    Interval value = Interval.point(BigDecimal.ZERO);
    for (Measure m : added) {
      value = value.plus(intervals.getOrDefault(m, Interval.point(BigDecimal.valueOf(tally.get(m)))));
    }
    for (Measure m : subtracted) {
      value = value.minus(intervals.getOrDefault(m, Interval.point(BigDecimal.valueOf(tally.get(m)))));
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Term other && other.added.equals(added) && other.subtracted.equals(subtracted);
  }

  @Override
  public int hashCode() {
    return added.hashCode() * 31 + subtracted.hashCode();
  }

  /**
   * The term in Chinese measure names, such as {@code 职工总数 − 无集体协商权职工数}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String sum = added.stream().map(Measure::chinese).collect(Collectors.joining(" + "));
    return subtracted.stream().map(m -> " − " + m.chinese()).collect(Collectors.joining("", sum, ""));
  }
}
