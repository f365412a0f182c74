package org.unionkit.stats;

/**
 * A band of unit headcount, such as {@code FROM_100_TO_299}; scopes such as 百人以上 (100 or more staff)
 * are {@link #isHundredOrMore()}.
 */
public enum SizeBand {
  /** Fewer than 25 employees. */
  BELOW_25("25人以下", "below 25", 0),
  /** 25 to 99 employees. */
  FROM_25_TO_99("25-99人", "25-99", 25),
  /** 100 to 299 employees. */
  FROM_100_TO_299("100-299人", "100-299", 100),
  /** 300 to 999 employees. */
  FROM_300_TO_999("300-999人", "300-999", 300),
  /** 1000 employees or more. */
  FROM_1000("1000人及以上", "1000 and more", 1000);

  private final String chinese;
  private final String english;
  private final long lowest;

  SizeBand(String chinese, String english, long lowest) {
    this.chinese = chinese;
    this.english = english;
    this.lowest = lowest;
  }

  /**
   * The band of a headcount, such as {@code FROM_100_TO_299} for 120 employees.
   *
   * @param employees the headcount, not negative
   * @return the band, not null
   * @throws IllegalArgumentException if the headcount is negative
   */
  public static SizeBand of(long employees) {
    if (employees < 0) {
      throw new IllegalArgumentException("employees (" + employees + ") must not be negative");
    }
    SizeBand band = BELOW_25;
    for (SizeBand candidate : values()) {
      if (employees >= candidate.lowest) {
        band = candidate;
      }
    }
    return band;
  }

  /**
   * Whether the band lies at or above 100 employees (百人以上).
   *
   * @return true from {@link #FROM_100_TO_299} up
   */
  public boolean isHundredOrMore() {
    return lowest >= 100;
  }

  /**
   * The Chinese label, such as {@code 100-299人}.
   *
   * @return the label, not null
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The English label, such as {@code 100-299}.
   *
   * @return the label, not null
   */
  public String english() {
    return english;
  }
}
