package org.unionkit.xlsx;

import org.jspecify.annotations.Nullable;

/**
 * Whether a number format shows a date: one of the built-in date formats (14-22, 45-47, and the East Asian
 * ones 27-36 and 50-58 that Chinese editions of Excel and WPS use), or a format of one's own whose codes,
 * outside quoted text, escapes and brackets, hold a year, month, day, hour or second ({@code yyyy-mm-dd},
 * {@code yyyy"年"m"月"d"日"}). {@code General} and number formats do not.
 */
final class DateFormats {
  private DateFormats() {}

  static boolean isDate(@Nullable Integer id, @Nullable String format) {
    if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47
        || id >= 50 && id <= 58)) {
      return true;
    }
    if (format == null) {
      return false;
    }
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        bracket = true;
      } else if (c == ']') {
        bracket = false;
      } else if (!bracket && "yYmMdDhHsS".indexOf(c) >= 0) {
        return true;
      } else if (c == ';') {
        // The first section decides, as for positive numbers.
        return false;
      }
    }
    return false;
  }
}
