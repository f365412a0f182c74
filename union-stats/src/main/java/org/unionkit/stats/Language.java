package org.unionkit.stats;

/**
 * A language a table's headers are printed in, such as {@link #CHINESE} for 高技能人才占比 or {@link #ENGLISH}
 * for {@code high-skill ratio}; a bilingual table takes a set of them ({@link IndicatorTable#toTextTable}).
 */
public enum Language {
  /** Simplified Chinese, the language of the reviews and registers. */
  CHINESE,
  /** English. */
  ENGLISH
}
