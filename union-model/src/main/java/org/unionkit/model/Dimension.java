package org.unionkit.model;

/**
 * What a unit counts, such as {@code PERSON_TIMES} for 人次. Figures of different dimensions never
 * combine: a ratio of persons to person-times is an error, and so is one of 宗 to 座.
 */
public enum Dimension implements Labelled {
  /** Distinct persons (人, 名). */
  PERSONS,
  /** Person-times: one person counted once per participation (人次). */
  PERSON_TIMES,
  /** Households (户). */
  HOUSEHOLDS,
  /** Enterprises and other units (家). */
  ENTERPRISES,
  /** Organisations and other countable things classified with 个. */
  ORGANISATIONS,
  /** Cases (件). */
  CASES,
  /** Events, sessions and occurrences (场, 期, 次, 批次). */
  EVENTS,
  /** Items such as contracts, contests, articles or machines (份, 项, 篇, 台, 颗). */
  ITEMS,
  /** Money in yuan (元). */
  MONEY,
  /** Percentage points (%). */
  PERCENT,
  /**
   * Things counted by a measure word of no other dimension ({@link Unit#OTHER}, such as 宗 or 座): two
   * such figures count the same thing only when their words agree ({@link Quantity#countsSameAs(Quantity)}).
   */
  OTHER;

  /**
   * Whether quantities of this dimension are whole counts, such as persons; money and percentages
   * are not.
   *
   * @return true for every dimension but money and percent
   */
  public boolean isCount() {
    return this != MONEY && this != PERCENT;
  }
}
