package org.unionkit.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as {@link LocalDate#parse} reads them, with a shortcut for the plain form {@code yyyy-MM-dd} that
 * the format writes: its digits go straight to {@link LocalDate#of}, without a formatter. Any other text,
 * and a plain one that is no date, goes to {@code LocalDate.parse}, which gives the same result; its
 * refusal is a {@link DateTimeException} of our own words.
 */
final class IsoDates {
  /** A day as registers type it: 2020/5/1, 2020.5.1, 2020-5-1 or 2020年5月1日. */
  private static final Pattern WRITTEN = Pattern.compile(
      "(\\d{4})(?:([/.-])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?)");
  private IsoDates() {}

  static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // Not a date, such as 2021-02-30: LocalDate.parse says which part is wrong.
        }
      }
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      // The JDK's message quotes the text in apostrophes, which may stand in it too: ours quotes it escaped.
      throw new DateTimeException(Texts.quote(text) + " is not a day written YYYY-MM-DD"
          + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + c - '0';
    }
    return value;
  }


  /**
   * A year, or a month, as registers type a birth date they keep no finer: 1984年, 1984.03, 1984-3, 1984年3月;
   * after a point the month has two digits, so that 1980.5 stays the fraction it may be.
   */
  private static final Pattern YEAR_OR_MONTH = Pattern.compile("(\\d{4})(?:年|\\.(\\d{2})|[/-](\\d{1,2})|年(\\d{1,2})月)");

  /**
   * The year of a text written as a day ({@link #parseWritten}), a month ({@code 1984.03}, {@code 1984-3},
   * {@code 1984年3月}) or a year with its sign ({@code 1984年}), as registers write a birth date; empty for a
   * text written otherwise (plain digits among them, and a month past 12, such as the fraction {@code 1980.0}).
   *
   * @throws DateTimeException if the text is written as a day but is none
   */
  static OptionalInt yearWritten(String text) {
    if (WRITTEN.matcher(text).matches()) {
      return OptionalInt.of(parseWritten(text).getYear());
    }
    Matcher m = YEAR_OR_MONTH.matcher(text);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    String month = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
    // 1980.0 is no month but a fraction, which a count's reader refuses in its own words.
    return month != null && (Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12) ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(m.group(1)));
  }

  /**
   * A day as {@link #parse} reads it, or as a register types it ({@code 2020/5/1}, {@code 2020.5.1},
   * {@code 2020-5-1}, {@code 2020年5月1日}), for CSV and XLSX cells.
   *
   * @throws DateTimeException if the text is no day in any of these forms
   */
  static LocalDate parseWritten(String text) {
    Matcher m = WRITTEN.matcher(text);
    if (!m.matches() || text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      // The format's own form, and what is no form here, fail as the format's readers fail them.
      return parse(text);
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
    int day = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(6));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new DateTimeException(Texts.quote(text) + " is not a day: " + e.getMessage());
    }
  }
}
