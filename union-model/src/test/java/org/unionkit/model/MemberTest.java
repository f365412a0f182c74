package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.CitizenIdTest.EXAMPLE;
import static org.unionkit.model.ExampleRecords.member;
import static org.unionkit.model.ValidationAssertions.assertRejectedHiding;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberTest {
  /** The example number encodes a woman born 1949-12-31. */
  private static final CitizenId ID = CitizenId.parse(EXAMPLE);

  @Test
  void citizenIdAgreeingWithSexAndBirthYearBuilds() {
    Member member = member("M0001", "U1").citizenId(ID).sex(Sex.FEMALE).birthYear(Year.of(1949))
        .joined(LocalDate.of(1970, 5, 1)).build();

    assertThat(member.citizenId()).as("citizen ID kept").contains(ID);
    assertThat(member.birthYear()).as("birth year kept").contains(Year.of(1949));
    assertThat(member.hardship()).as("hardship defaults to NONE").isEqualTo(HardshipStatus.NONE);
    assertThat(member.honours()).as("no honours unless given").isEmpty();
  }

  @Test
  void toStringHidesCitizenIdAndBirthYear() {
    Member member = member("M0001", "U1").citizenId(ID).sex(Sex.FEMALE).birthYear(Year.of(1949))
        .joined(LocalDate.of(1970, 5, 1)).skillLevel(SkillLevel.TECHNICIAN).build();

    assertThat(member.toString()).as("toString of a member with personal data")
        .contains("M0001", "U1")
        .doesNotContain(EXAMPLE, EXAMPLE.substring(0, 17), "19491231", "1949");
  }

  @Test
  void citizenIdEncodingTheOtherSexIsRejected() {
    assertRejectedHiding(() -> member("M0001", "U1").citizenId(ID).sex(Sex.MALE).build(), "citizenId",
        "does not match sex", EXAMPLE, EXAMPLE.substring(0, 17), "1949");
  }

  @Test
  void citizenIdEncodingAnotherBirthYearIsRejected() {
    assertRejectedHiding(() -> member("M0001", "U1").citizenId(ID).birthYear(Year.of(1950)).build(), "citizenId",
        "does not match birthYear", EXAMPLE, EXAMPLE.substring(0, 17), "1949", "1950");
  }

  @ParameterizedTest(name = "birth year {0}")
  @ValueSource(ints = {1869, 1000, 10000})
  void birthYearMustBePlausible(int year) {
    assertRejectedHiding(() -> member("M0001", "U1").birthYear(Year.of(year)).build(), "birthYear",
        "must lie in 1870 - 9999", String.valueOf(year));
  }

  @Test
  void joiningBeforeTheBirthYearIsRejected() {
    assertRejectedHiding(
        () -> member("M0001", "U1").birthYear(Year.of(1990)).joined(LocalDate.of(1989, 12, 31)).build(), "joined",
        "must not be before the birth year", "1990", "1989");
  }

  @Test
  void joiningInTheBirthYearIsAccepted() {
    assertThat(member("M0001", "U1").birthYear(Year.of(1990)).joined(LocalDate.of(1990, 1, 1)).build().joined())
        .as("joined in the birth year").contains(LocalDate.of(1990, 1, 1));
  }
}
