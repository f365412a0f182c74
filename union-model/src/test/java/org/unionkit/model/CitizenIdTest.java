package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.unionkit.model.ValidationAssertions.assertRejectedHiding;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers below were checked by hand with the ISO 7064 MOD 11-2 weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
 * and the check characters 1 0 X 9 8 7 6 5 4 3 2 for sums modulo 11 of 0 to 10.
 */
class CitizenIdTest {
  /** GB 11643-1999's example: area 110105, born 1949-12-31, sequence 002 (even: female), sum 167 = 2 mod 11: X. */
  static final String EXAMPLE = "11010519491231002X";

  @Test
  void theStandardsExampleIsValid() {
    CitizenId id = CitizenId.parse(EXAMPLE);

    assertThat(id.birthDate()).as("birth date").isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).as("sequence digit 2 is even").isEqualTo(Sex.FEMALE);
    assertThat(id.unmaskedText()).as("the digits").isEqualTo(EXAMPLE);
  }

  @Test
  void oddSequenceDigitIsMale() {
    // Sequence 001: the sum drops by 2 to 165 = 0 mod 11, check character 1.
    assertThat(CitizenId.parse("110105194912310011").sex()).as("sequence digit 1 is odd").isEqualTo(Sex.MALE);
  }

  @Test
  void lowerCaseXIsAcceptedAndStoredUpperCase() {
    CitizenId id = CitizenId.parse("11010519491231002x");

    assertThat(id).as("same number as with X").isEqualTo(CitizenId.parse(EXAMPLE));
    assertThat(id.unmaskedText()).as("stored with X").isEqualTo(EXAMPLE);
  }

  @Test
  void toStringIsMasked() {
    assertThat(CitizenId.parse(EXAMPLE)).as("masked")
        .hasToString("CitizenId[***]");
  }

  /** Each differs from the example in one character; MOD 11-2 catches every single change. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"21010519491231002X", "11010519491231003X", "11010519491231102X",
      "110105194912310020", "11010519491232002X", "11010619491231002X"})
  void anySingleCharacterChangeIsRejected(String changed) {
    assertRejectedHiding(() -> CitizenId.parse(changed), "citizenId",
        "fails its check character (GB 11643-1999, ISO 7064 MOD 11-2)", changed, changed.substring(0, 17), "1949");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"11010519491231002", "11010519491231002X1", "1101051949123100AX", "11010519491231002Y",
      "", "110105-9491231002X"})
  void mustBeSeventeenDigitsAndACheckCharacter(String text) {
    assertRejectedHiding(() -> CitizenId.parse(text), "citizenId",
        "must be 17 digits and a check character 0-9 or X", "1101051949", "19491231");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      990105194912310023 | does not start with a GB/T 2260 area code | 1949
      110005194912310024 | does not start with a GB/T 2260 area code | 1949
      110105194902310026 | does not encode a valid birth date        | 1949
      11010518691231002X | encodes a birth year before 1870          | 1869
      """)
  void bodyMustBeAnAreaCodeAndABirthDate(String text, String requirement, String birthYear) {
    assertRejectedHiding(() -> CitizenId.parse(text), "citizenId", requirement,
        text, text.substring(0, 17), text.substring(6, 14), birthYear);
  }

  @Test
  void theMaskedNumberHidesTheBirthDate() {
    assertThat(CitizenId.parse(EXAMPLE).masked()).as("area and the last four").isEqualTo("110105********002X");
    assertThat(CitizenId.parse(EXAMPLE).toString()).as("toString hides everything").isEqualTo("CitizenId[***]");
  }

  /** A wrong check character makes a mistyped number, still someone's. */
  @ParameterizedTest
  @ValueSource(strings = {EXAMPLE, "11010519491231002x", "110105491231002", "110105194912310021"})
  void aMemberIdMayNotBeShapedLikeACitizenIdNumber(String number) {
    assertRejectedHiding(() -> MemberId.parse(number), "memberId", "must not be a citizen ID number", number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1101051949123100", "1101051949123100211", "M11010519491231002X", "11010519491231002Y"})
  void aMemberIdThatIsNoCitizenIdNumberIsFine(String text) {
    assertThat(MemberId.parse(text)).as("other lengths, a letter before or after").hasToString(text);
  }

  @Test
  void redactMasksEveryRunShapedLikeANumberAndNothingElse() {
    assertThat(CitizenId.redact("ids 11010519491231002X, 110105491231002 and 110105194912310021x"))
        .isEqualTo("ids ***, *** and ***x");
    assertThat(CitizenId.redact("1101051949123100211 has 19 digits; 1101051949123100 has 16"))
        .as("longer and shorter runs").isEqualTo("1101051949123100211 has 19 digits; 1101051949123100 has 16");
  }

  /** The hand-written test of a whole text against the pattern that {@link CitizenId#redact} masks by. */
  @Test
  void aTextIsShapedLikeANumberExactlyWhenRedactMasksAllOfIt() {
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      for (int i = 13 + random.nextInt(8); i > 0; i--) {
        text.append(random.nextInt(8) > 0 ? (char) ('0' + random.nextInt(10)) : "Xx a".charAt(random.nextInt(4)));
      }
      assertThat(CitizenId.isShapedLike(text)).as("%s", text).isEqualTo(CitizenId.redact(text).equals("***"));
    });
  }

  /** The check without an exception says yes exactly where parsing succeeds, on texts near every rule's edge. */
  @Test
  void memberIdIsValidExactlyWhereParseSucceeds() {
    String alphabet = "0123456789AZaz._:-X x/\u00e9";
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(4) == 0 ? 60 + random.nextInt(8) : random.nextInt(20);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(3) > 0 ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      boolean parses;
      try {
        var unused = MemberId.parse(text);
        parses = true;
      } catch (ValidationException e) {
        parses = false;
      }
      assertThat(MemberId.isValid(text)).as("%s", text).isEqualTo(parses);
    });
  }

  @Test
  void aMessageQuotingTextHidesNumbersInIt() {
    String spaced = " " + EXAMPLE + " ";
    assertRejectedHiding(() -> MemberId.parse(spaced), "memberId", "may hold only", EXAMPLE);
    assertRejectedHiding(() -> OrganisationId.parse("x" + "0".repeat(70) + "/" + EXAMPLE), "organisationId",
        "must have 1 to 64 characters", EXAMPLE);
  }
}
