package org.unionkit.model;

/**
 * An honour a member holds, such as {@code NATIONAL_MODEL_WORKER} (全国劳动模范).
 */
public enum Honour implements Labelled {
  /** 全国劳动模范. */
  NATIONAL_MODEL_WORKER,
  /** 全国先进工作者. */
  NATIONAL_ADVANCED_WORKER,
  /** 全国五一劳动奖章. */
  MAY_DAY_LABOUR_MEDAL,
  /** 省级劳动模范 (provincial model worker). */
  PROVINCIAL_MODEL_WORKER,
  /** 工匠 (craftsman title, such as 河北大工匠). */
  CRAFTSMAN
}
