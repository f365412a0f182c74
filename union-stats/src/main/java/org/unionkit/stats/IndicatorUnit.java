package org.unionkit.stats;

/**
 * The unit an indicator is shown in, such as {@code PERCENT} or {@code YUAN_PER_CASE}, with how many
 * decimals a report shows. Money measures count fen, so yuan units divide by 100.
 */
public enum IndicatorUnit {
  /** %, one decimal (27.2%). */
  PERCENT("%", "%", 2, 1),
  /** 人/份: persons per contract, one decimal. */
  PERSONS_PER_CONTRACT("人/份", "persons per contract", 0, 1),
  /** 元/件: yuan per case, two decimals. */
  YUAN_PER_CASE("元/件", "yuan per case", -2, 2),
  /** 元/人: yuan per person, two decimals. */
  YUAN_PER_PERSON("元/人", "yuan per person", -2, 2),
  /** 件/个: cases per studio, one decimal. */
  CASES_PER_STUDIO("件/个", "cases per studio", 0, 1);

  private final String symbol;
  private final String english;
  private final int powerOfTen;
  private final int decimals;

  IndicatorUnit(String symbol, String english, int powerOfTen, int decimals) {
    this.symbol = symbol;
    this.english = english;
    this.powerOfTen = powerOfTen;
    this.decimals = decimals;
  }

  /**
   * The symbol, such as {@code 元/件}.
   *
   * @return the symbol, not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The English name, such as {@code yuan per case}.
   *
   * @return the name, not null
   */
  public String english() {
    return english;
  }

  /**
   * The decimals a report shows.
   *
   * @return the number of decimals
   */
  public int decimals() {
    return decimals;
  }

  /**
   * The power of ten that turns a ratio of counts into this unit, such as 2 for percent (247/909 is 27.17%)
   * and -2 for yuan over counts of fen: a value in the unit is numerator × 10<sup>power</sup> / denominator.
   *
   * @return the power, -2 to 2
   */
  public int powerOfTen() {
    return powerOfTen;
  }
}
