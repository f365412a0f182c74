package org.unionkit.model;

/**
 * Who a collective contract binds, such as {@code ENTERPRISE}.
 */
public enum ContractScope implements Labelled {
  /** 企业集体合同: one enterprise. */
  ENTERPRISE,
  /** 行业性集体合同: an industry in an area. */
  INDUSTRY,
  /** 区域性集体合同: enterprises of an area. */
  REGIONAL
}
