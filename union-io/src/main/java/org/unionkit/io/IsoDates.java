package org.unionkit.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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


  /** Whether a text is written as a day is ({@link #parseWritten}), whether or not it is one. */
  static boolean looksLikeDay(String text) {
    return WRITTEN.matcher(text).matches();
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
