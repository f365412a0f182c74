package org.unionkit.model;

/** Whether a vintage of GB/T 2260 lists a code, such as {@code RETIRED} for 130621 (满城县) in 2020. */
public enum RegionStatus implements Labelled {
  /** Listed and in use in the table's vintage. */
  CURRENT,
  /** Listed as abolished or renumbered before the table's vintage; the code stays valid for old records. */
  RETIRED,
  /** Not in the table: the table covers a part of GB/T 2260 only, so this says nothing of validity. */
  UNLISTED
}
