package org.unionkit.model;

/**
 * How published figures relate, such as {@code SHARE}: 27.2% is 247万 of 909万.
 */
public enum RelationKind implements Labelled {
  /** A published percentage is numerator / denominator (占比). */
  SHARE,
  /** A figure per unit, numerator / denominator, derived rather than published (人均, 案均, 平均每份). */
  PER_UNIT,
  /** A total is the sum of its parts (合计), published or derived. */
  SUM
}
