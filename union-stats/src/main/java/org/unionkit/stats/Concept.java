package org.unionkit.stats;

/**
 * What a series measures, such as union density: the level at which figures from unionkit, ILOSTAT and
 * ICTWSS are put side by side in a {@link Comparison}. Whether two figures of one concept are comparable
 * is their {@link Definition}'s business: 入会率 and ILO union density are both {@link #UNION_DENSITY}
 * here, with different numerators and denominators.
 */
public enum Concept {
  /** Union members as a share of workers, in %. */
  UNION_DENSITY("工会密度与入会率", "union density and membership rates"),
  /** Workers covered by collective agreements as a share of workers, in %. */
  BARGAINING_COVERAGE("集体合同覆盖率", "collective bargaining coverage"),
  /** Union members, a count of persons. */
  UNION_MEMBERSHIP("工会会员人数", "union membership"),
  /** The level at which wages are mainly bargained, a category (ICTWSS {@code Level}, 1 to 5). */
  BARGAINING_LEVEL("集体谈判层级", "bargaining level");

  private final String chinese;
  private final String english;

  Concept(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * The Chinese name, such as 集体合同覆盖率.
   *
   * @return the name, not null
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The English name, such as {@code collective bargaining coverage}.
   *
   * @return the name, not null
   */
  public String english() {
    return english;
  }
}
