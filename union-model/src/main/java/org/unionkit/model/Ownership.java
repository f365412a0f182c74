package org.unionkit.model;

/**
 * The ownership or legal form of the unit a grassroots union belongs to, such as {@code PRIVATE}
 * (私营). Scopes such as 百人以上非公企业 (non-public enterprises with 100 or more staff) select on it.
 */
public enum Ownership implements Labelled {
  /** 国有. */
  STATE_OWNED,
  /** 集体. */
  COLLECTIVE,
  /** 私营 (private, non-public). */
  PRIVATE,
  /** 外商投资. */
  FOREIGN_INVESTED,
  /** 港澳台投资. */
  HK_MACAO_TAIWAN_INVESTED,
  /** 事业单位. */
  PUBLIC_INSTITUTION,
  /** 机关. */
  GOVERNMENT_AGENCY,
  /** 社会组织. */
  SOCIAL_ORGANISATION;

  /**
   * Whether units of this ownership are non-public enterprises (非公有制企业): private, foreign-invested
   * and Hong Kong/Macao/Taiwan-invested.
   *
   * @return true for the three non-public forms
   */
  public boolean isNonPublic() {
    return this == PRIVATE || this == FOREIGN_INVESTED || this == HK_MACAO_TAIWAN_INVESTED;
  }
}
