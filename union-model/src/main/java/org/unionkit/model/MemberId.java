package org.unionkit.model;

/**
 * The identifier of a member, such as {@code M000123}: a membership number or pseudonym, never a citizen ID number.
 *
 * @see Identifier for the characters allowed
 */
public final class MemberId extends Identifier {

  private MemberId(CharSequence text) {
    super(text, "memberId");
  }

  /**
   * Reads an identifier, such as {@code MemberId.parse("M000123")}.
   *
   * @param text 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}; not null
   * @return the identifier, not null
   * @throws ValidationException if the text is not a valid identifier
   */
  public static MemberId parse(CharSequence text) {
    return new MemberId(text);
  }
}
