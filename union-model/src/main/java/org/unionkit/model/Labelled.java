package org.unionkit.model;

/**
 * A code with a Chinese and an English label, such as {@code SkillLevel.SENIOR_WORKER}: 高级工, senior
 * worker. Every enum of the model implements it; the labels live in one table ({@code labels.properties}).
 */
public interface Labelled {

  /**
   * The constant's name, such as {@code SENIOR_WORKER}; supplied by every enum.
   *
   * @return the code, not null
   */
  String name();

  /**
   * The Chinese label, such as 高级工.
   *
   * @return the label, not null
   */
  default String chinese() {
    return LabelTable.label(this, "zh");
  }

  /**
   * The English label, such as {@code senior worker}.
   *
   * @return the label, not null
   */
  default String english() {
    return LabelTable.label(this, "en");
  }
}
