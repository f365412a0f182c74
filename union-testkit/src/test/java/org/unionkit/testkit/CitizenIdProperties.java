package org.unionkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unionkit.model.CitizenId;
import org.unionkit.model.Region;
import org.unionkit.model.Sex;
import org.unionkit.model.ValidationException;

/** GB 11643-1999 numbers: valid ones are accepted, and any one-character change is caught. */
class CitizenIdProperties {
  private static final String CHARACTERS = "0123456789X";

  @Test
  void decodesTheBirthDateAndSexItWasMadeWith() {
    qt().forAll(Generated.by(g -> g), integers().between(0, 365 * 60), booleans().all())
        .checkAssert((generators, day, male) -> {
          LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(day);
          Sex sex = male ? Sex.MALE : Sex.FEMALE;
          CitizenId id = generators.citizenId(Region.parse("130102"), birth, sex);
          assertThat(id.birthDate()).as("birth date").isEqualTo(birth);
          assertThat(id.sex()).as("sex").isEqualTo(sex);
          assertThat(id.toString()).as("masked text").doesNotContain(id.unmaskedText().substring(6, 14));
        });
  }

  @Test
  void rejectsEverySingleCharacterChange() {
    qt().withExamples(2000)
        .forAll(Generated.by(UnionGenerators::citizenId), integers().between(0, 17), integers().between(1, 10))
        .checkAssert((id, position, shift) -> {
          String text = id.unmaskedText();
          int limit = position == 17 ? CHARACTERS.length() : 10;
          char original = text.charAt(position);
          char changed = CHARACTERS.charAt((CHARACTERS.indexOf(original) + 1 + shift % (limit - 1)) % limit);
          String altered = text.substring(0, position) + changed + text.substring(position + 1);
          assertThat(altered).isNotEqualTo(text);
          assertThatThrownBy(() -> CitizenId.parse(altered))
              .as("%s changed at %d", "ID", position)
              .isInstanceOf(ValidationException.class)
              .hasMessageNotContaining(altered)
              .hasMessageNotContaining(text);
        });
  }
}
