package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillLevelTest {

  /** The 1+5+2 ladder: apprentice, five national levels (5 lowest), principal and chief technician. */
  @ParameterizedTest(name = "{0}: high skill {1}, technician or above {2}, national level {3}")
  @CsvSource({
      "APPRENTICE,           false, false, ''",
      "JUNIOR_WORKER,        false, false, LEVEL_5",
      "INTERMEDIATE_WORKER,  false, false, LEVEL_4",
      "SENIOR_WORKER,        true,  false, LEVEL_3",
      "TECHNICIAN,           true,  true,  LEVEL_2",
      "SENIOR_TECHNICIAN,    true,  true,  LEVEL_1",
      "PRINCIPAL_TECHNICIAN, true,  true,  LEVEL_1",
      "CHIEF_TECHNICIAN,     true,  true,  LEVEL_1"})
  void ladder(SkillLevel level, boolean highSkill, boolean technicianOrAbove, String nationalLevel) {
    assertThat(level.isHighSkill()).as("%s is high skill", level).isEqualTo(highSkill);
    assertThat(level.isTechnicianOrAbove()).as("%s is technician or above", level).isEqualTo(technicianOrAbove);
    assertThat(level.nationalLevel().map(Enum::name).orElse("")).as("national level of %s", level)
        .isEqualTo(nationalLevel);
  }

  @Test
  void everyRungIsListed() {
    assertThat(SkillLevel.values()).as("eight rungs, apprentice first").hasSize(8)
        .startsWith(SkillLevel.APPRENTICE).endsWith(SkillLevel.CHIEF_TECHNICIAN);
  }

  @ParameterizedTest(name = "{0} is level {1}")
  @CsvSource({"LEVEL_5, 5", "LEVEL_4, 4", "LEVEL_3, 3", "LEVEL_2, 2", "LEVEL_1, 1"})
  void nationalLevelNumbers(NationalSkillLevel level, int number) {
    assertThat(level.number()).as("number of %s", level).isEqualTo(number);
  }
}
