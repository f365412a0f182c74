package org.unionkit.model;

/** Validation helpers whose messages follow one pattern: {@code "field (value) must ..."}. */
final class Checks {
  private Checks() {}

  /** Fails with {@code "field (value) requirement"} unless {@code condition} holds. */
  static void require(boolean condition, String field, Object value, String requirement) {
    if (!condition) {
      throw new ValidationException(field, field + " (" + value + ") " + requirement);
    }
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
  static String requireName(String value, String field) {
    require(value.codePoints().anyMatch(c -> !isSpace(c)), field, "\"" + value + "\"", "must not be blank");
    require(value.codePoints().noneMatch(Character::isISOControl), field, value.strip(),
        "must not contain control characters");
    require(!isSpace(value.codePointAt(0)) && !isSpace(value.codePointBefore(value.length())), field,
        "\"" + value + "\"", "must not start or end with white space");
    return value;
  }

  /** White space in the widest sense: Java's, and Unicode's space separators such as U+00A0 and U+3000. */
  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
