package org.unionkit.model;

/**
 * A member's standing in the hardship file (困难职工档案), such as {@code ON_FILE}.
 */
public enum HardshipStatus implements Labelled {
  /** Never on the hardship file. */
  NONE,
  /** 在档: currently on the hardship file. */
  ON_FILE,
  /** 已解困脱困: was on the file and has met the standard for leaving it. */
  LIFTED
}
