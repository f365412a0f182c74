package org.unionkit.model;

/**
 * The five national vocational skill levels (职业资格 / 职业技能等级), such as {@code LEVEL_3} (三级,
 * 高级工). Level 1 is the highest.
 */
public enum NationalSkillLevel implements Labelled {
  /** 五级 初级工. */
  LEVEL_5(5),
  /** 四级 中级工. */
  LEVEL_4(4),
  /** 三级 高级工. */
  LEVEL_3(3),
  /** 二级 技师. */
  LEVEL_2(2),
  /** 一级 高级技师. */
  LEVEL_1(1);

  private final int number;

  NationalSkillLevel(int number) {
    this.number = number;
  }

  /**
   * The level's number, such as 3 for {@code LEVEL_3}; 1 is the highest.
   *
   * @return 1 to 5
   */
  public int number() {
    return number;
  }
}
