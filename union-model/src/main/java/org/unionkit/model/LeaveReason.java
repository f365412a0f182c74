package org.unionkit.model;

/**
 * Why a membership spell ended, such as {@code TRANSFERRED_OUT}: the reasons a register records when it
 * closes a member's record.
 */
public enum LeaveReason implements Labelled {
  /**
   * 转出: the membership relation moved to another union (会员关系接转); the receiving union is
   * {@link Member#transferredTo()} when known. Counted once in a province, a transfer between two of its
   * unions is neither a new member nor a leaver; counted per union it is both.
   */
  TRANSFERRED_OUT,
  /**
   * 退休离会: the member left the union on retiring. A retired member who stays in the union is not a
   * leaver: the record stays open and its work relation becomes {@code RETIRED}.
   */
  RETIRED,
  /** 离职: the member left the employer and the membership ended with the employment. */
  LEFT_EMPLOYMENT,
  /** 去世: the member died. */
  DECEASED,
  /** 退会: the member withdrew from the union. */
  WITHDREW
}
