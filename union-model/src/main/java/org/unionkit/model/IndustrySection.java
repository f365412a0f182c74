package org.unionkit.model;

/**
 * A section (门类) of GB/T 4754-2017, such as {@code C} (制造业, manufacturing), with the two-digit
 * divisions (大类) it contains.
 */
public enum IndustrySection implements Labelled {
  /** 农、林、牧、渔业. */
  A(1, 5),
  /** 采矿业. */
  B(6, 12),
  /** 制造业. */
  C(13, 43),
  /** 电力、热力、燃气及水生产和供应业. */
  D(44, 46),
  /** 建筑业. */
  E(47, 50),
  /** 批发和零售业. */
  F(51, 52),
  /** 交通运输、仓储和邮政业. */
  G(53, 60),
  /** 住宿和餐饮业. */
  H(61, 62),
  /** 信息传输、软件和信息技术服务业. */
  I(63, 65),
  /** 金融业. */
  J(66, 69),
  /** 房地产业. */
  K(70, 70),
  /** 租赁和商务服务业. */
  L(71, 72),
  /** 科学研究和技术服务业. */
  M(73, 75),
  /** 水利、环境和公共设施管理业. */
  N(76, 79),
  /** 居民服务、修理和其他服务业. */
  O(80, 82),
  /** 教育. */
  P(83, 83),
  /** 卫生和社会工作. */
  Q(84, 85),
  /** 文化、体育和娱乐业. */
  R(86, 90),
  /** 公共管理、社会保障和社会组织. */
  S(91, 96),
  /** 国际组织. */
  T(97, 97);

  private final int firstDivision;
  private final int lastDivision;

  IndustrySection(int firstDivision, int lastDivision) {
    this.firstDivision = firstDivision;
    this.lastDivision = lastDivision;
  }

  /**
   * Whether the two-digit division belongs to this section, such as 34 in {@code C}.
   *
   * @param division a division number, 1 to 97
   * @return true if the section holds it
   */
  public boolean containsDivision(int division) {
    return division >= firstDivision && division <= lastDivision;
  }

  /**
   * The section holding a two-digit division, such as {@code C} for 34.
   *
   * @param division the division number
   * @return the section
   * @throws ValidationException if no section holds the division
   */
  public static IndustrySection ofDivision(int division) {
    for (IndustrySection section : values()) {
      if (section.containsDivision(division)) {
        return section;
      }
    }
    throw new ValidationException("industry", "industry division (" + String.format("%02d", division)
        + ") is not a GB/T 4754-2017 division (valid divisions 01 - 97)");
  }
}
