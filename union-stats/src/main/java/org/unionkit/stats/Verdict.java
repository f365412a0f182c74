package org.unionkit.stats;

/** The outcome of auditing a published ratio against its counts, such as {@code CONSISTENT} for 27.2% = 247万 / 909万. */
public enum Verdict {
  /** Some true counts within what the figures stand for give the published value. */
  CONSISTENT,
  /** No counts within what the figures stand for give the published value. */
  INCONSISTENT,
  /** The counts cannot bound the ratio: a denominator of zero, or a figure with no upper bound (40万+, 逾). */
  NOT_DETERMINABLE,
  /** Nothing published to check: the relation derives a figure (per contract, per person, a total). */
  DERIVED
}
