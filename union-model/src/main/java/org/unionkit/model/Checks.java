package org.unionkit.model;

/** Validation helpers whose messages follow one pattern: {@code "field (value) must ..."}. */
final class Checks {
  private static final int MAX_QUOTED = 100;

  private Checks() {}

  /** Fails with {@code "field (value) requirement"} unless {@code condition} holds. */
  static void require(boolean condition, String field, Object value, String requirement) {
    if (!condition) {
      throw new ValidationException(field, field + " (" + value + ") " + requirement);
    }
  }

  /**
   * Fails with {@code "field ("text") requirement"}, the text {@link #quoted}, unless {@code condition}
   * holds; the quoting is done only on failure, since identifiers and codes are checked by the million.
   */
  static void requireText(boolean condition, String field, CharSequence text, String requirement) {
    if (!condition) {
      throw new ValidationException(field, field + " (" + quoted(text) + ") " + requirement);
    }
  }

  /** Whether {@code text[from, to)} is all ASCII digits. */
  static boolean isDigits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number written by the digits {@code text[from, to)}, checked by {@link #isDigits} beforehand. */
  static int digitsValue(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }

  /** Fails with a message that names the field but not the value, for personal data. */
  static void requireHidden(boolean condition, String field, String requirement) {
    if (!condition) {
      throw new ValidationException(field, field + " " + requirement);
    }
  }

  static void requireNonNegative(long value, String field) {
    require(value >= 0, field, value, "must not be negative");
  }

  /** A name must hold visible text and no control characters (line breaks break reports and CSV). */
  static void requireName(String value, String field) {
    requireText(value.codePoints().anyMatch(c -> !isSpace(c)), field, value, "must not be blank");
    requireText(value.codePoints().noneMatch(Character::isISOControl), field, value,
        "must not contain control characters");
    requireText(!isSpace(value.codePointAt(0)) && !isSpace(value.codePointBefore(value.length())), field,
        value, "must not start or end with white space");
  }

  /**
   * Text for a message: quoted, with anything shaped like a citizen ID number masked
   * ({@link CitizenId#redact}), control characters escaped as in Java string literals so that a message
   * stays on one line in a log, and cut after 100 characters with the rest counted.
   */
  static String quoted(CharSequence original) {
    String text = CitizenId.redact(original);
    StringBuilder out = new StringBuilder("\"");
    int shown = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"', '\\' -> out.append('\\').append(c);
        default -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    out.append('"');
    if (text.length() > shown) {
      out.append(" and ").append(text.length() - shown).append(" more characters");
    }
    return out.toString();
  }

  /** White space in the widest sense: Java's, and Unicode's space separators such as U+00A0 and U+3000. */
  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
