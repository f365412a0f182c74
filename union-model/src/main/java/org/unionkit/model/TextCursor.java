package org.unionkit.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads figures written the Chinese way ("6800多万元") from left to right, and reports the column of
 * anything it does not understand.
 */
final class TextCursor {
  private final String text;
  private final String field;
  private int index;

  TextCursor(CharSequence text, String field) {
    this.text = text.toString();
    this.field = field;
  }

  /** Consumes {@code token} if the text continues with it. */
  boolean take(String token) {
    if (!token.isEmpty() && text.startsWith(token, index)) {
      index += token.length();
      return true;
    }
    return false;
  }

  /**
   * Consumes the longest symbol among {@code choices} that the text continues with (万亿 before 万,
   * 人次 before 人), or nothing; empty symbols never match.
   */
  <T> Optional<T> longest(Collection<T> choices, Function<T, String> symbol) {
    T found = null;
    int length = 0;
    for (T choice : choices) {
      String s = symbol.apply(choice);
      if (s.length() > length && text.startsWith(s, index)) {
        found = choice;
        length = s.length();
      }
    }
    index += length;
    return Optional.ofNullable(found);
  }

  /** Consumes an unsigned decimal such as {@code 172.5}, keeping its written scale. */
  BigDecimal number() {
    int start = index;
    while (index < text.length() && (isDigit(text.charAt(index)) || text.charAt(index) == '.')) {
      index++;
    }
    if (start == index) {
      throw fail("a number");
    }
    String digits = text.substring(start, index);
    if (digits.startsWith(".") || digits.endsWith(".") || digits.indexOf('.') != digits.lastIndexOf('.')) {
      index = start;
      throw fail("a number such as 172.5");
    }
    return new BigDecimal(digits);
  }

  boolean atEnd() {
    return index == text.length();
  }

  /** Fails unless all the text was read. */
  void end() {
    if (!atEnd()) {
      throw fail("the end of the text");
    }
  }

  ValidationException fail(String expected) {
    String found = atEnd() ? "the end" : Checks.quoted(text.substring(index));
    return new ValidationException(field, field + " (" + Checks.quoted(text) + ") needs " + expected + " at column "
        + (index + 1) + ", found " + found);
  }

  /** Parses a whole unsigned or signed plain decimal, such as {@code -0.5}. */
  static BigDecimal decimal(String text, String field) {
    TextCursor cursor = new TextCursor(text, field);
    boolean negative = cursor.take("-");
    BigDecimal value = cursor.number();
    cursor.end();
    return negative ? value.negate() : value;
  }

  /** A decimal in plain notation without trailing zeros, such as {@code 80829000} or {@code 0.5}. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
