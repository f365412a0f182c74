package org.unionkit.model;

/**
 * How a member is employed, such as {@code DISPATCHED} (劳务派遣), including each of the eight
 * new-employment groups (新就业形态劳动者 八大群体) that federations recruit separately.
 */
public enum EmploymentForm implements Labelled {
  /** 标准劳动关系: a standard employment contract. */
  STANDARD,
  /** 劳务派遣: placed by a labour-dispatch agency. */
  DISPATCHED,
  /** 非全日制: part-time. */
  PART_TIME,
  /** 货车司机. */
  TRUCK_DRIVER,
  /** 快递员. */
  COURIER,
  /** 保安员. */
  SECURITY_GUARD,
  /** 家政服务员. */
  DOMESTIC_WORKER,
  /** 网约送餐员. */
  FOOD_DELIVERY_RIDER,
  /** 护工护理员. */
  CARE_WORKER,
  /** 商场信息员. */
  MALL_INFORMATION_WORKER,
  /** 房产中介员. */
  ESTATE_AGENT;

  /**
   * Whether this is one of the eight new-employment groups, such as {@code COURIER}.
   *
   * @return true for the eight groups, false for standard, dispatched and part-time work
   */
  public boolean isNewEmploymentGroup() {
    return compareTo(TRUCK_DRIVER) >= 0;
  }
}
