package org.unionkit.model;

/**
 * The documented exception that lets a member have joined before the age of 16: the Labour Law (劳动法,
 * art. 15) forbids employing anyone under 16, except in arts, sports and special crafts units with the
 * approval the state requires.
 */
public enum UnderageExemption implements Labelled {
  /** 文艺: an arts unit. */
  ARTS,
  /** 体育: a sports unit. */
  SPORTS,
  /** 特种工艺: a special-crafts unit. */
  SPECIAL_CRAFTS
}
