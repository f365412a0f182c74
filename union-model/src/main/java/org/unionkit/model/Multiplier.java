package org.unionkit.model;

import java.math.BigDecimal;

/**
 * The power-of-ten word a Chinese figure is written with, such as {@code WAN} (万, 10^4) in 909万人.
 * Source: GB/T 15835-2011, which lets Arabic digits combine with 万 and 亿 only.
 */
public enum Multiplier implements Labelled {
  /** No multiplier: 1. */
  ONE("", 0),
  /** 万: 10^4. */
  WAN("万", 4),
  /** 亿: 10^8. */
  YI("亿", 8),
  /** 万亿: 10^12. */
  WAN_YI("万亿", 12);

  private final String symbol;
  private final BigDecimal factor;

  Multiplier(String symbol, int exponent) {
    this.symbol = symbol;
    this.factor = BigDecimal.ONE.scaleByPowerOfTen(exponent);
  }

  /**
   * The written symbol, such as 万; empty for {@link #ONE}.
   *
   * @return the symbol, not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The factor, such as 10000 for 万.
   *
   * @return the exact factor, not null
   */
  public BigDecimal factor() {
    return factor;
  }
}
