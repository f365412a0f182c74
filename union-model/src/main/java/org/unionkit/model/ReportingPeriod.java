package org.unionkit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The days a figure, programme or contract covers, both ends included, such as {@code 2020} (the
 * calendar year), {@code 2020-03} (a month) or {@code 2020-01-01/2022-12-31} (any span, ISO 8601).
 * A stock "as at" a day is the one-day period {@code 2020-12-31/2020-12-31}. Immutable and thread-safe.
 */
public final class ReportingPeriod {
  private final LocalDate start;
  private final LocalDate end;

  private ReportingPeriod(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    // Four-digit years only: the text forms (and the JSON format) have no sign and no fifth digit.
    Checks.require(start.getYear() >= 1, "start", start, "must lie in the years 1 - 9999");
    Checks.require(end.getYear() <= 9999, "end", end, "must lie in the years 1 - 9999");
    Checks.require(!end.isBefore(start), "end", end, "must not be before start (" + start + ")");
    this.start = start;
    this.end = end;
  }

  /**
   * The days from {@code start} to {@code end}, both included.
   *
   * @param start the first day, in the year 1 or later; not null
   * @param end the last day, not before {@code start}, in the year 9999 or earlier; not null
   * @return the period, not null
   * @throws ValidationException if {@code end} is before {@code start} or a day lies outside the years 1 - 9999
   */
  public static ReportingPeriod of(LocalDate start, LocalDate end) {
    return new ReportingPeriod(start, end);
  }

  /**
   * A calendar year, such as {@code ofYear(2020)}.
   *
   * @param year the year, 1 to 9999
   * @return the period, not null
   * @throws ValidationException if the year is outside 1 to 9999
   */
  public static ReportingPeriod ofYear(int year) {
    Checks.require(year >= 1 && year <= 9999, "year", year, "must lie in 1 - 9999");
    return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Reads {@code 2020}, {@code 2020-03} or {@code 2020-01-01/2022-12-31}.
   *
   * @param text the period; not null
   * @return the period, not null
   * @throws ValidationException if the text is none of the three forms
   */
  public static ReportingPeriod parse(CharSequence text) {
    String s = text.toString();
    try {
      int slash = s.indexOf('/');
      if (slash >= 0) {
        return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
      }
      if (s.length() == 4 && Checks.isDigits(s, 0, 4)) {
        return ofYear(Integer.parseInt(s));
      }
      YearMonth month = YearMonth.parse(s);
      return of(month.atDay(1), month.atEndOfMonth());
    } catch (DateTimeException e) {
      throw new ValidationException("period", "period (" + Checks.quoted(s)
          + ") must be a year (2020), a month (2020-03) or two ISO dates (2020-01-01/2020-12-31)");
    }
  }

  /**
   * The first day.
   *
   * @return the first day, not null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The last day (included).
   *
   * @return the last day, not null
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Whether the day lies in the period.
   *
   * @param day the day; not null
   * @return true if {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * Whether the two periods share a day.
   *
   * @param other the other period; not null
   * @return true if a day lies in both
   */
  public boolean overlaps(ReportingPeriod other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingPeriod other && other.start.equals(start) && other.end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * The shortest of the three forms, such as {@code 2020}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth())) {
      return YearMonth.from(start).toString();
    }
    if (start.getDayOfYear() == 1 && end.equals(start.withMonth(12).withDayOfMonth(31))) {
      return String.format(Locale.ROOT, "%04d", start.getYear());
    }
    return start + "/" + end;
  }
}
