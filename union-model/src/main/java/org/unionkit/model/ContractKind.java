package org.unionkit.model;

/**
 * The kind of a collective contract, such as {@code WAGES} (工资专项集体合同).
 */
public enum ContractKind implements Labelled {
  /** 综合集体合同: the comprehensive contract. */
  COMPREHENSIVE,
  /** 工资专项集体合同. */
  WAGES,
  /** 女职工权益保护专项集体合同. */
  WOMEN_WORKERS,
  /** 劳动安全卫生专项集体合同. */
  SAFETY_AND_HEALTH,
  /** 其他专项集体合同. */
  OTHER_SPECIAL_SUBJECT;

  /**
   * Whether this is a special-subject contract (专项集体合同).
   *
   * @return false only for {@link #COMPREHENSIVE}
   */
  public boolean isSpecialSubject() {
    return this != COMPREHENSIVE;
  }
}
