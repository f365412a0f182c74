package org.unionkit.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.ReportingPeriod;

/**
 * What a roll-up counts: the reporting period, the scope of organisations and, optionally, the register's
 * as-of date, such as {@code CountOptions.of(ReportingPeriod.ofYear(2020)).withScope(Scope.all().withNonPublic())}.
 * Immutable, with {@code with...} methods in the java.time style.
 *
 * <p>Within the period, stock measures are counted on its last day and flow measures over its days (see
 * {@link Measure}). A member record that is neither in the stock nor in a flow (joined after the period,
 * or left before it began) is <em>outside the period</em>: not an error, counted apart.
 *
 * <p>The as-of date is the day the register was taken. When given, a record dated after it (joined,
 * left) is rejected ({@link RecordRule#AFTER_AS_OF}) and the age rule is judged on that day; without it
 * the age rule is judged on the period's last day (the latest period's, for several periods).
 */
public final class CountOptions {
  private static final CountOptions ALL_TIME = new CountOptions(
      ReportingPeriod.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)), Scope.all(), null);

  private final ReportingPeriod period;
  private final Scope scope;
  private final @Nullable LocalDate asOf;

  private CountOptions(ReportingPeriod period, Scope scope, @Nullable LocalDate asOf) {
    this.period = Objects.requireNonNull(period, "period");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.asOf = asOf;
  }

  /**
   * Counts for a period, every organisation in scope, with no as-of date.
   *
   * @param period the period, such as {@code ReportingPeriod.ofYear(2020)}; not null
   * @return the options, not null
   */
  public static CountOptions of(ReportingPeriod period) {
    return new CountOptions(period, Scope.all(), null);
  }

  /**
   * Counts over all recorded time (the period of the years 1 to 9999), as stocks only: every member who
   * has not left, every union not dissolved, every contract. Flows are not counted over it (they are
   * zero): a flow belongs to a period of its own. What {@link RollUp#of(org.unionkit.model.Dataset)} and
   * the static {@link Tally} counts count.
   *
   * @return the options, not null
   */
  public static CountOptions allTime() {
    return ALL_TIME;
  }

  /** Whether flows are counted over the period: over every period but all recorded time. */
  static boolean hasFlows(ReportingPeriod period) {
    return !period.equals(ALL_TIME.period);
  }

  /**
   * The same options for another period.
   *
   * @param period the period; not null
   * @return the options, not null
   */
  public CountOptions withPeriod(ReportingPeriod period) {
    return new CountOptions(period, scope, asOf);
  }

  /**
   * The same options with another scope.
   *
   * @param scope which organisations count; not null
   * @return the options, not null
   */
  public CountOptions withScope(Scope scope) {
    return new CountOptions(period, scope, asOf);
  }

  /**
   * The same options with the register's as-of date.
   *
   * @param asOf the day the register was taken; not null
   * @return the options, not null
   */
  public CountOptions withAsOf(LocalDate asOf) {
    return new CountOptions(period, scope, Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * The period counted.
   *
   * @return the period, not null
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * The organisations counted.
   *
   * @return the scope, not null
   */
  public Scope scope() {
    return scope;
  }

  /**
   * The register's as-of date.
   *
   * @return the date, empty if not given; not null
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CountOptions other && other.period.equals(period) && other.scope.equals(scope)
        && Objects.equals(other.asOf, asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, scope, asOf);
  }

  @Override
  public String toString() {
    return "CountOptions[" + (hasFlows(period) ? period : "all time") + ", " + scope
        + (asOf == null ? "" : ", as of " + asOf) + "]";
  }
}
