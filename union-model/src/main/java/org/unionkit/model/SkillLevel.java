package org.unionkit.model;

import java.util.Optional;

/**
 * A rung of the eight-level skill ladder, such as {@code SENIOR_WORKER} (高级工), in ascending order.
 *
 * <p>Source: the "1+5+2" ladder of 人社部发〔2022〕14号: apprentice, the five national levels, then
 * principal technician and chief technician. The natural order of the constants is the ladder's order.
 */
public enum SkillLevel implements Labelled {
  /** 学徒工: apprentice; whether apprentices count as skilled workers is the indicator's choice. */
  APPRENTICE,
  /** 初级工 (五级). */
  JUNIOR_WORKER,
  /** 中级工 (四级). */
  INTERMEDIATE_WORKER,
  /** 高级工 (三级): the lowest high-skill rung. */
  SENIOR_WORKER,
  /** 技师 (二级). */
  TECHNICIAN,
  /** 高级技师 (一级). */
  SENIOR_TECHNICIAN,
  /** 特级技师: appointed from senior technicians. */
  PRINCIPAL_TECHNICIAN,
  /** 首席技师: the top rung. */
  CHIEF_TECHNICIAN;

  /**
   * Whether this rung counts as high skill (高技能人才), that is 高级工 and above, such as
   * {@code TECHNICIAN}.
   *
   * @return true from {@link #SENIOR_WORKER} upwards
   */
  public boolean isHighSkill() {
    return compareTo(SENIOR_WORKER) >= 0;
  }

  /**
   * Whether this rung is 技师 or above, such as {@code SENIOR_TECHNICIAN}.
   *
   * @return true from {@link #TECHNICIAN} upwards
   */
  public boolean isTechnicianOrAbove() {
    return compareTo(TECHNICIAN) >= 0;
  }

  /**
   * The national level this rung holds, such as {@code LEVEL_3} for {@code SENIOR_WORKER}.
   *
   * <p>Apprentices hold none. Principal and chief technicians are appointed from holders of level 1
   * (高级技师), so they map to {@code LEVEL_1}: the five-level scale has nothing above it.
   *
   * @return the national level, or empty for {@link #APPRENTICE}; not null
   */
  public Optional<NationalSkillLevel> nationalLevel() {
    return Optional.ofNullable(switch (this) {
      case APPRENTICE -> null;
      case JUNIOR_WORKER -> NationalSkillLevel.LEVEL_5;
      case INTERMEDIATE_WORKER -> NationalSkillLevel.LEVEL_4;
      case SENIOR_WORKER -> NationalSkillLevel.LEVEL_3;
      case TECHNICIAN -> NationalSkillLevel.LEVEL_2;
      case SENIOR_TECHNICIAN, PRINCIPAL_TECHNICIAN, CHIEF_TECHNICIAN -> NationalSkillLevel.LEVEL_1;
    });
  }
}
