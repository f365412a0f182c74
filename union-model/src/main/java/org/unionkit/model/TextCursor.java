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
  /** Chinese numerals: digits (零 is 0), then the places and 万, 亿. */
  private static final String DIGITS = "零一二三四五六七八九";
  private static final String NUMERALS = DIGITS + "〇两十百千万亿";
  /** Ideographs that a figure uses for something else than its measure word. */
  private static final String NOT_WORDS = NUMERALS + "余多近约逾超不以左";
  private static final java.util.regex.Pattern GROUPED =
      java.util.regex.Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

  private final String text;
  private final String field;
  private int index;

  TextCursor(CharSequence text, String field) {
    this.text = halfWidth(text);
    this.field = field;
  }

  /**
   * The text with full-width ASCII forms (１２３, ４．５, ％, ＋, ，) made their half-width letters, one for one, so
   * columns stay those of the text as written: Chinese typesetting writes figures in either.
   */
  private static String halfWidth(CharSequence text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      plain.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
    }
    return plain.toString();
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

  /** A number and the multiplier it was written with, such as 1.2 and 万 for 一万二千. */
  record Written(BigDecimal number, Multiplier multiplier) {}

  /**
   * Consumes the number of a figure: digits such as {@code 172.5} or {@code 12,345} (thousands separated by
   * commas in groups of three, the commas dropped), or Chinese numerals such as 两万, 三千, 一百二十 and
   * 一万二千 (made the digits of the largest multiplier they hold: 1.2 and 万; 万 alone is 1万, as in 近万人).
   * Digits are written without a multiplier here: one may follow.
   */
  Written figureNumber() {
    int start = index;
    if (index < text.length() && NUMERALS.indexOf(text.charAt(index)) >= 0) {
      return chineseNumber();
    }
    while (index < text.length() && (isDigit(text.charAt(index)) || text.charAt(index) == '.'
        || text.charAt(index) == ',')) {
      index++;
    }
    String written = text.substring(start, index);
    if (written.isEmpty()) {
      throw fail("a number");
    }
    if (written.indexOf(',') >= 0 && !GROUPED.matcher(written).matches()) {
      index = start;
      throw fail("a number whose commas separate thousands, such as 12,345");
    }
    index = start;
    int end = start + written.length();
    String digits = written.replace(",", "");
    TextCursor plain = new TextCursor(digits, field);
    BigDecimal number;
    try {
      number = plain.number();
      plain.end();
    } catch (ValidationException e) {
      throw fail("a number such as 172.5");
    }
    index = end;
    return new Written(number, Multiplier.ONE);
  }

  /** The Chinese numerals from here, in the multiplier of the largest of 万亿, 亿 and 万 they hold. */
  private Written chineseNumber() {
    int start = index;
    long result = 0;
    long section = 0;
    long digit = 0;
    boolean afterDigit = false;
    long lastPlace = Long.MAX_VALUE;
    for (; index < text.length() && NUMERALS.indexOf(text.charAt(index)) >= 0; index++) {
      char c = text.charAt(index);
      int value = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
      if (value >= 0) {
        if (afterDigit) {
          throw fail("a Chinese numeral such as 一百二十 (digits in a row, as in 二〇二〇, are not a count)");
        }
        digit = value;
        afterDigit = value > 0;
        continue;
      }
      afterDigit = false;
      if (c == '万' || c == '亿') {
        section += digit;
        result = c == '万' ? result + Math.max(section, 1) * 10_000
            : (result + section == 0 ? 1 : result + section) * 100_000_000;
        section = 0;
        lastPlace = Long.MAX_VALUE;
      } else {
        long place = c == '十' ? 10 : c == '百' ? 100 : 1000;
        if (place >= lastPlace) {
          throw fail("a Chinese numeral whose places fall, such as 一千二百");
        }
        section += (digit == 0 && place == 10 ? 1 : digit) * place;
        lastPlace = place;
      }
      digit = 0;
    }
    String written = text.substring(start, index);
    Multiplier multiplier = written.contains("万亿") ? Multiplier.WAN_YI : written.contains("亿") ? Multiplier.YI
        : written.contains("万") ? Multiplier.WAN : Multiplier.ONE;
    BigDecimal number = BigDecimal.valueOf(result + section + digit).divide(multiplier.factor()).stripTrailingZeros();
    return new Written(number.scale() < 0 ? number.setScale(0) : number, multiplier);
  }

  /**
   * Consumes one CJK ideograph that is not a numeral, multiplier or qualifier, such as 宗 in 12宗: a measure
   * word outside the known units.
   */
  Optional<String> measureWord() {
    if (index < text.length() && text.charAt(index) >= '\u4E00' && text.charAt(index) <= '\u9FFF'
        && NOT_WORDS.indexOf(text.charAt(index)) < 0) {
      return Optional.of(text.substring(index, ++index));
    }
    return Optional.empty();
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
