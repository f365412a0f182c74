package org.unionkit.model;

/**
 * A member's relation to work, such as {@code EMPLOYEE}: the ILO union-density numerator counts employees only (ILOSTAT ILR_TUMT_NOC_RT).
 */
public enum WorkRelation implements Labelled {
  /** 在职职工: works for an employer. */
  EMPLOYEE,
  /** 退休: retired member. */
  RETIRED,
  /** 失业: unemployed member. */
  UNEMPLOYED,
  /** 自雇: self-employed or own-account worker. */
  SELF_EMPLOYED
}
