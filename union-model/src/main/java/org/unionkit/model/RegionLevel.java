package org.unionkit.model;

/**
 * The level of a GB/T 2260 division, derived from its digits, such as {@code PREFECTURE} for 130100.
 */
public enum RegionLevel implements Labelled {
  /** 省级 (province, autonomous region, municipality, SAR): code PP0000. */
  PROVINCE,
  /** 地级 (prefecture level): code PPCC00. */
  PREFECTURE,
  /** 县级 (county level): code PPCCDD. */
  COUNTY
}
