package org.unionkit.model;

/**
 * How a membership spell began: as a new member (入会) or by transfer from another union (转入), whose
 * spell there ended with {@link LeaveReason#TRANSFERRED_OUT}.
 */
public enum Entry implements Labelled {
  /** 新入会: joined a union for the first time, or again after leaving. */
  NEW_MEMBER,
  /** 转入: arrived by transfer of the membership relation from another union. */
  TRANSFER_IN
}
