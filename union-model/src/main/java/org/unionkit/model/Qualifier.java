package org.unionkit.model;

/**
 * The word that makes a published figure an interval, such as {@code YU_AFTER_MULTIPLIER} in 14万余人.
 *
 * <p>余 and 多 mean "more than" and are exact to a place that depends on where they stand
 * (GB/T 15835-2011 usage): after the digits they bound the last non-zero digit (10余万 is 10万 to 20万;
 * 6800多万 is 6800万 to 6900万); after 万 or 亿 they bound the last written digit times the multiplier
 * (14万余 is 14万 to 15万). {@link Quantity#interval(IntervalRules)} gives the interval of each.
 */
public enum Qualifier implements Labelled {
  /** No qualifier: the figure as written. */
  EXACT("", Position.NONE),
  /** 余 after the digits, as in 10余万. */
  YU_AFTER_NUMBER("余", Position.AFTER_NUMBER),
  /** 多 after the digits, as in 6800多万元. */
  DUO_AFTER_NUMBER("多", Position.AFTER_NUMBER),
  /** 余 after 万/亿, as in 14万余人. */
  YU_AFTER_MULTIPLIER("余", Position.AFTER_MULTIPLIER),
  /** 多 after 万/亿, as in 3.2万多篇. */
  DUO_AFTER_MULTIPLIER("多", Position.AFTER_MULTIPLIER),
  /** A trailing plus, as in 40万+人次: at least. */
  AT_LEAST("+", Position.AFTER_MULTIPLIER),
  /** 近, as in 近万人: nearly, just below. */
  NEARLY("近", Position.BEFORE_NUMBER),
  /** 约, as in 约5万人: about, either side. */
  ABOUT("约", Position.BEFORE_NUMBER),
  /** 左右, as in 5万人左右: about, either side. */
  AROUND("左右", Position.AFTER_UNIT),
  /** 以上, as in 90%以上 or 1亿人以上: at least, the number included. */
  AND_ABOVE("以上", Position.AFTER_UNIT),
  /** 以下, as in 100人以下: at most, the number included. */
  AND_BELOW("以下", Position.AFTER_UNIT),
  /** 逾, as in 逾千人: more than, no upper bound. */
  OVER("逾", Position.BEFORE_NUMBER),
  /** 超过, as in 超过5万人: more than, no upper bound. */
  EXCEEDING("超过", Position.BEFORE_NUMBER),
  /** 不足, as in 不足100人: less than. */
  UNDER("不足", Position.BEFORE_NUMBER),
  /** 不到, as in 不到100人: less than. */
  BELOW("不到", Position.BEFORE_NUMBER);

  /** Where the qualifier stands in the written figure. */
  enum Position { NONE, BEFORE_NUMBER, AFTER_NUMBER, AFTER_MULTIPLIER, AFTER_UNIT }

  private final String symbol;
  private final Position position;

  Qualifier(String symbol, Position position) {
    this.symbol = symbol;
    this.position = position;
  }

  /**
   * The written word or sign, such as 余; empty for {@link #EXACT}.
   *
   * @return the symbol, not null
   */
  public String symbol() {
    return symbol;
  }

  Position position() {
    return position;
  }
}
