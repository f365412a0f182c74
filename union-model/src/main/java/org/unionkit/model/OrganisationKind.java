package org.unionkit.model;

/**
 * The kind of a union organisation, such as {@code GRASSROOTS_UNION} (基层工会).
 */
public enum OrganisationKind implements Labelled {
  /** 全国总工会. */
  NATIONAL_FEDERATION,
  /** 省级总工会 (province, autonomous region, municipality). */
  PROVINCIAL_FEDERATION,
  /** 市级总工会 (prefecture-level city). */
  MUNICIPAL_FEDERATION,
  /** 县级总工会 (county, county-level city, district). */
  COUNTY_FEDERATION,
  /** 乡镇（街道）工会. */
  TOWNSHIP_UNION,
  /** 产业工会 (national or local industry union). */
  INDUSTRY_UNION,
  /** 区域性、行业性工会联合会. */
  REGIONAL_OR_SECTORAL_UNION_ASSOCIATION,
  /** 基层工会 (the union of one employer). */
  GRASSROOTS_UNION,
  /** 联合基层工会 (one union for several small employers). */
  JOINT_GRASSROOTS_UNION;

  /**
   * Whether this kind is a territorial federation (总工会), national to county.
   *
   * @return true for the four federation kinds
   */
  public boolean isFederation() {
    return compareTo(COUNTY_FEDERATION) <= 0;
  }

  /**
   * Whether this kind organises workers directly: a grassroots or joint grassroots union.
   *
   * @return true for the two grassroots kinds
   */
  public boolean isGrassroots() {
    return this == GRASSROOTS_UNION || this == JOINT_GRASSROOTS_UNION;
  }
}
