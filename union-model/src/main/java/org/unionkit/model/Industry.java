package org.unionkit.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An industry of GB/T 4754-2017, such as {@code C} (manufacturing) or {@code C3411}: a section letter
 * A-T, optionally followed by a division (2 digits), group (3) or class (4) that lies in the section.
 * Immutable and thread-safe.
 */
public final class Industry implements Comparable<Industry> {
  private final IndustrySection section;
  private final String digits;

  private Industry(IndustrySection section, String digits) {
    this.section = section;
    this.digits = digits;
  }

  /**
   * The whole section, such as {@code Industry.of(IndustrySection.C)}.
   *
   * @param section the section; not null
   * @return the industry, not null
   */
  public static Industry of(IndustrySection section) {
    return new Industry(Objects.requireNonNull(section, "section"), "");
  }

  /**
   * Reads an industry, such as {@code C}, {@code C34} or {@code C3411}; digits without a letter
   * ({@code 3411}) take the section that holds their division.
   *
   * @param text a section letter and/or 2 to 4 digits; not null
   * @return the industry, not null
   * @throws ValidationException if the text is not a GB/T 4754-2017 code or the digits lie outside
   *     the section
   */
  public static Industry parse(CharSequence text) {
    String s = text.toString();
    boolean lettered = !s.isEmpty() && s.charAt(0) >= 'A' && s.charAt(0) <= 'T';
    String digits = lettered ? s.substring(1) : s;
    Checks.requireText((lettered || !digits.isEmpty()) && (digits.isEmpty() || digits.length() >= 2)
            && digits.length() <= 4 && Checks.isDigits(digits, 0, digits.length()),
        "industry", s, "must be a section letter A-T and/or 2 to 4 digits (GB/T 4754-2017)");
    if (digits.isEmpty()) {
      return of(IndustrySection.valueOf(s));
    }
    int division = Integer.parseInt(digits.substring(0, 2));
    IndustrySection holder = IndustrySection.ofDivision(division);
    Checks.require(!lettered || holder.name().charAt(0) == s.charAt(0), "industry", s,
        "puts division " + digits.substring(0, 2) + " in section " + s.charAt(0) + ", but it belongs to section "
            + holder);
    return new Industry(holder, digits);
  }

  /**
   * The section, such as {@code C}.
   *
   * @return the section, not null
   */
  public IndustrySection section() {
    return section;
  }

  /**
   * The digits below the section, such as {@code 3411}.
   *
   * @return 2 to 4 digits, empty for a whole section; not null
   */
  public Optional<String> digits() {
    return digits.isEmpty() ? Optional.empty() : Optional.of(digits);
  }

  /**
   * Whether this industry lies in {@code other} or is it, such as {@code C3411} within {@code C34}.
   *
   * @param other the broader industry; not null
   * @return true if {@code other} is this industry or contains it
   */
  public boolean isWithin(Industry other) {
    return section == other.section && digits.startsWith(other.digits);
  }

  @Override
  public int compareTo(Industry other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Industry other && other.section == section && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return section.hashCode() * 31 + digits.hashCode();
  }

  /**
   * The code, such as {@code C3411}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return section.name() + digits;
  }
}
