package org.unionkit.model;

/**
 * A member's sex, as recorded in the membership register and encoded in the citizen ID number.
 */
public enum Sex implements Labelled {
  /** 男. */
  MALE,
  /** 女. */
  FEMALE
}
