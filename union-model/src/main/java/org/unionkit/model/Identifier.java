package org.unionkit.model;

import org.jspecify.annotations.Nullable;

/**
 * The shared form of the model's identifiers, such as {@code OrganisationId.parse("HB-0001")}: 1 to 64
 * characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit, compared exactly.
 *
 * <p>Identifiers are keys chosen by the data's owner. They must not carry personal data: use a
 * membership number or a keyed pseudonym, never a citizen ID number, as a {@link MemberId}.
 */
public abstract sealed class Identifier implements Comparable<Identifier>
    permits OrganisationId, MemberId, ContractId, ProgrammeId, FigureId {
  private static final int MAX_LENGTH = 64;

  private final String value;

  Identifier(CharSequence text, String field) {
    String s = text.toString();
    Checks.requireText(!s.isEmpty() && s.length() <= MAX_LENGTH, field, s,
        "must have 1 to " + MAX_LENGTH + " characters");
    Checks.requireText(isIdentifier(s), field, s,
        "may hold only A-Z a-z 0-9 . _ : - and must start with a letter or digit");
    this.value = s;
  }

  /** Whether the text is an identifier: 1 to 64 characters of the set, the first a letter or digit. */
  static boolean isIdentifier(CharSequence s) {
    if (s.isEmpty() || s.length() > MAX_LENGTH || !isAlphanumeric(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAlphanumeric(c) && c != '.' && c != ':' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(int c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * Orders identifiers of the same kind by their text; kinds sort by class name first.
   */
  @Override
  public final int compareTo(Identifier other) {
    int byKind = getClass().getName().compareTo(other.getClass().getName());
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  /** Identifiers of different kinds are never equal, even with the same text. */
  @Override
  @SuppressWarnings("EqualsGetClass") // the kinds are final classes: equal values have the same class
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((Identifier) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * The identifier's text, such as {@code HB-0001}; the parse method of its class reads it back.
   *
   * @return the text, not null
   */
  @Override
  public final String toString() {
    return value;
  }
}
