package org.unionkit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A resident citizen ID number of GB 11643-1999: a six-digit area code, the birth date
 * ({@code yyyyMMdd}), a three-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2
 * check character (0-9 or X).
 *
 * <p>The number is personal data (PIPL). {@link #toString()} prints {@code CitizenId[***]}, and no
 * message of this library ever contains the number or its birth date; {@link #unmaskedText()} is the only
 * way to the digits. The area code is checked for its province prefix only, since numbers keep the code
 * of the area at issue, however long retired. Immutable and thread-safe.
 */
public final class CitizenId {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final Pattern SHAPE = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])");

  private final String text;
  private final Region area;
  private final LocalDate birthDate;

  private CitizenId(String text, Region area, LocalDate birthDate) {
    this.text = text;
    this.area = area;
    this.birthDate = birthDate;
  }

  /**
   * Reads and verifies a number, such as {@code CitizenId.parse("11010519491231002X")}; a lower-case
   * {@code x} is accepted and stored as {@code X}.
   *
   * @param text 18 characters; not null
   * @return the verified number, not null
   * @throws ValidationException naming {@code citizenId} and what is wrong, never the number
   */
  public static CitizenId parse(CharSequence text) {
    String s = text.toString().toUpperCase(Locale.ROOT);
    Checks.requireHidden(s.length() == 18 && Checks.isDigits(s, 0, 17)
        && CHECK_CHARACTERS.indexOf(s.charAt(17)) >= 0, "citizenId", "must be 17 digits and a check character 0-9 or X");
    Checks.requireHidden(s.charAt(17) == checkCharacter(s), "citizenId",
        "fails its check character (GB 11643-1999, ISO 7064 MOD 11-2)");
    Region area;
    try {
      area = Region.ofCode(Checks.digitsValue(s, 0, 6), "citizenId", "");
    } catch (ValidationException e) {
      throw new ValidationException("citizenId", "citizenId does not start with a GB/T 2260 area code");
    }
    LocalDate birthDate;
    try {
      birthDate = LocalDate.of(Checks.digitsValue(s, 6, 10), Checks.digitsValue(s, 10, 12),
          Checks.digitsValue(s, 12, 14));
    } catch (DateTimeException e) {
      throw new ValidationException("citizenId", "citizenId does not encode a valid birth date");
    }
    Checks.requireHidden(birthDate.getYear() >= 1870, "citizenId", "encodes a birth year before 1870");
    return new CitizenId(s, area, birthDate);
  }

  /**
   * The text with every run shaped like a citizen ID number replaced by {@code ***}, such as
   * {@code "id 11010519491231002X refused"} becoming {@code "id *** refused"}: for text bound for a log or
   * a message. A shape is 18 characters (17 digits, then a digit or X) or the 15 digits of a
   * first-generation number, not part of a longer run of digits; a number with a wrong check character is
   * still someone's mistyped number, and is masked too.
   *
   * @param text the text; not null
   * @return the text, masked, not null
   */
  public static String redact(CharSequence text) {
    return SHAPE.matcher(text).replaceAll("***");
  }

  /** Whether the whole text has the shape of a citizen ID number ({@link #redact}). */
  static boolean isShapedLike(CharSequence text) {
    // By hand, not by SHAPE: every member id read is asked this, and a matcher costs more than the read.
    int n = text.length();
    if (n == 15) {
      return Checks.isDigits(text, 0, 15);
    }
    if (n != 18 || !Checks.isDigits(text, 0, 17)) {
      return false;
    }
    char last = text.charAt(17);
    return (last >= '0' && last <= '9') || last == 'X' || last == 'x';
  }

  /** The check character for the first 17 digits of {@code s}. */
  static char checkCharacter(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /**
   * The area code the number was issued under, possibly retired since (see {@link RegionTable}).
   * Personal data: keep it out of logs and messages.
   *
   * @return the area, not null
   */
  public Region area() {
    return area;
  }

  /**
   * The birth date encoded in the number. Personal data: keep it out of logs and messages.
   *
   * @return the birth date, not null
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * The sex encoded in the sequence digit (odd: male, even: female).
   *
   * @return the sex, not null
   */
  public Sex sex() {
    return (text.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * The number with its birth date hidden, such as {@code 130102********123X}: the area code and the last
   * four characters, as printed on forms and receipts for a person to recognise their own number. Still
   * personal data in combination with other fields; for sharing data use a {@link Pseudonymiser}.
   *
   * @return the masked number, not null
   */
  public String masked() {
    return text.substring(0, 6) + "********" + text.substring(14);
  }

  /**
   * The 18 characters, for storage and interchange only. Personal data: never log or display it.
   *
   * @return the number, not null
   */
  public String unmaskedText() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CitizenId other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Always {@code CitizenId[***]}: the number never reaches a log or a JShell prompt.
   *
   * @return the masked text, not null
   */
  @Override
  public String toString() {
    return "CitizenId[***]";
  }
}
