package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryTest {

  @ParameterizedTest(name = "{0} is {2}")
  @CsvSource({
      "C,     C, '',   C",
      "C34,   C, 34,   C34",
      "C3411, C, 3411, C3411",
      "3411,  C, 3411, C3411",
      "E47,   E, 47,   E47",
      "47,    E, 47,   E47",
      "A01,   A, 01,   A01",
      "T97,   T, 97,   T97",
      "K70,   K, 70,   K70"})
  void parseReadsSectionAndDigits(String text, IndustrySection section, String digits, String code) {
    Industry industry = Industry.parse(text);

    assertThat(industry.section()).as("section of %s", text).isEqualTo(section);
    assertThat(industry.digits().orElse("")).as("digits of %s", text).isEqualTo(digits);
    assertThat(industry).as("code of %s", text).hasToString(code);
    assertThat(Industry.parse(industry.toString())).as("parse(toString())").isEqualTo(industry);
  }

  @Test
  void digitsWithoutALetterEqualTheLetteredCode() {
    assertThat(Industry.parse("3411")).as("3411 = C3411").isEqualTo(Industry.parse("C3411"))
        .hasSameHashCodeAs(Industry.parse("C3411"));
    assertThat(Industry.of(IndustrySection.C)).as("of(C) = C").isEqualTo(Industry.parse("C"));
  }

  @ParameterizedTest(name = "{0} within {1}: {2}")
  @CsvSource({
      "C3411, C34,   true",
      "C3411, C,     true",
      "C3411, C341,  true",
      "C3411, C3411, true",
      "C34,   C3411, false",
      "C3411, C35,   false",
      "E47,   C,     false"})
  void isWithinHoldsForBroaderCodesOfTheSameSection(String code, String other, boolean within) {
    assertThat(Industry.parse(code).isWithin(Industry.parse(other))).as("%s within %s", code, other)
        .isEqualTo(within);
  }

  @Test
  void sectionsKnowTheirDivisions() {
    assertThat(IndustrySection.ofDivision(34)).as("division 34").isEqualTo(IndustrySection.C);
    assertThat(IndustrySection.ofDivision(47)).as("division 47").isEqualTo(IndustrySection.E);
    assertThat(IndustrySection.C.containsDivision(13)).as("C starts at 13").isTrue();
    assertThat(IndustrySection.C.containsDivision(43)).as("C ends at 43").isTrue();
    assertThat(IndustrySection.C.containsDivision(44)).as("44 is D").isFalse();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"U", "", "C3", "C34111", "c34", "CC", "C3a", "3"})
  void codesMustBeASectionLetterAndOrTwoToFourDigits(String text) {
    assertRejected(() -> Industry.parse(text), "industry",
        "industry (\"" + text + "\") must be a section letter A-T and/or 2 to 4 digits (GB/T 4754-2017)");
  }

  @ParameterizedTest(name = "{0} belongs to {2}")
  @CsvSource({"C47, 47, E", "A13, 13, C", "E3411, 34, C"})
  void digitsMustLieInTheSection(String text, String division, String holder) {
    assertRejected(() -> Industry.parse(text), "industry",
        "industry (" + text + ") puts division " + division + " in section " + text.charAt(0),
        "but it belongs to section " + holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"C98, 98", "00, 00", "9901, 99", "A00, 00"})
  void divisionsMustExist(String text, String division) {
    assertRejected(() -> Industry.parse(text), "industry",
        "industry division (" + division + ") is not a GB/T 4754-2017 division");
  }

  @Test
  void ofDivisionRejectsAnUnknownDivision() {
    assertRejected(() -> IndustrySection.ofDivision(98), "industry", "industry division (98)",
        "valid divisions 01 - 97");
  }
}
