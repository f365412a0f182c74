package org.unionkit.model;

/**
 * Which unqualified figures are read as rounded to their last written digit, such as
 * {@code ROUNDED_WHEN_SCALED}: 5.1万 then stands for {@code [50500, 51500)} while 418 stays 418.
 */
public enum RoundingAssumption implements Labelled {
  /**
   * The default: a figure is rounded when written with 万/亿, with decimals, or as a percentage;
   * a plain whole number (418家) is exact. Publications round large figures and count small ones.
   */
  ROUNDED_WHEN_SCALED,
  /** Every unqualified figure is rounded to its last digit: 418 stands for {@code [417.5, 418.5)}. */
  ALWAYS_ROUNDED,
  /** Every unqualified figure is exact as written. */
  NEVER_ROUNDED
}
