package org.unionkit.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An administrative division by its GB/T 2260 code, such as {@code 130100} (石家庄市): six digits
 * {@code PPCCDD} for province, prefecture and county.
 *
 * <p>The level comes from the digits: {@code PP0000} is a province, {@code PPCC00} a prefecture,
 * anything else a county. Validation is structural (six digits, a known province prefix, no county
 * digits under a province code), so codes retired in later vintages stay valid: old records keep
 * their codes, and {@link RegionTable} says which vintage lists a code and what replaced it.
 * Immutable and thread-safe.
 */
public final class Region implements Comparable<Region> {
  /** The provincial prefixes of GB/T 2260, stable since 1997 (Chongqing, 50). */
  private static final boolean[] PROVINCE = new boolean[100];

  static {
    for (int prefix : new int[] {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}) {
      PROVINCE[prefix] = true;
    }
  }

  private final int code;

  private Region(int code) {
    this.code = code;
  }

  /**
   * Reads a code, such as {@code Region.parse("130100")}.
   *
   * @param text six digits; not null
   * @return the region, not null
   * @throws ValidationException if the code is not a GB/T 2260 code
   */
  public static Region parse(CharSequence text) {
    return parse(text, "region");
  }

  /** Parses with a field name for messages (a citizen ID's area code reports as citizenId). */
  static Region parse(CharSequence text, String field) {
    Checks.requireText(text.length() == 6 && Checks.isDigits(text, 0, 6), field, text,
        "must be six digits (GB/T 2260)");
    return ofCode(Checks.digitsValue(text, 0, 6), field, text);
  }

  /** The region of a six-digit code, checked; {@code shown} is what messages quote. */
  static Region ofCode(int code, String field, CharSequence shown) {
    Checks.require(PROVINCE[code / 10000], field, shown, "does not start with a GB/T 2260 province code (11 to 82)");
    Checks.require(code / 100 % 100 != 0 || code % 100 == 0, field, shown,
        "has county digits under a province: a code PP00DD does not exist");
    return new Region(code);
  }

  /**
   * The six-digit code, such as {@code 130100}.
   *
   * @return the code, not null
   */
  public String code() {
    return toString();
  }

  /**
   * The level derived from the digits, such as {@code PREFECTURE} for 130100.
   *
   * @return the level, not null
   */
  public RegionLevel level() {
    if (code % 10000 == 0) {
      return RegionLevel.PROVINCE;
    }
    return code % 100 == 0 ? RegionLevel.PREFECTURE : RegionLevel.COUNTY;
  }

  /**
   * The division one level up, such as 130100 for 130102, and 130000 for 130100.
   *
   * @return the parent, empty for a province; not null
   */
  public Optional<Region> parent() {
    return switch (level()) {
      case PROVINCE -> Optional.empty();
      case PREFECTURE -> Optional.of(new Region(code / 10000 * 10000));
      case COUNTY -> Optional.of(new Region(code / 100 * 100));
    };
  }

  /**
   * The province the region lies in, such as 130000 for 130102.
   *
   * @return the province, itself for a province; not null
   */
  public Region province() {
    return new Region(code / 10000 * 10000);
  }

  /**
   * Whether this region lies in {@code other} or is it, such as 130102 within 130000.
   *
   * @param other the larger region; not null
   * @return true if {@code other} is this region or one of its ancestors
   */
  public boolean isWithin(Region other) {
    return switch (other.level()) {
      case PROVINCE -> code / 10000 == other.code / 10000;
      case PREFECTURE -> code / 100 == other.code / 100;
      case COUNTY -> code == other.code;
    };
  }

  @Override
  public int compareTo(Region other) {
    return Integer.compare(code, other.code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Region other && other.code == code;
  }

  @Override
  public int hashCode() {
    return code;
  }

  /**
   * The six-digit code, such as {@code 130100}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return Integer.toString(code);
  }
}
