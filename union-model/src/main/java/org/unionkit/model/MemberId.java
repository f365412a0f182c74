package org.unionkit.model;

/**
 * The identifier of a member, such as {@code M000123}: a membership number or pseudonym, never a citizen ID number.
 *
 * @see Identifier for the characters allowed
 */
public final class MemberId extends Identifier {

  private MemberId(CharSequence text) {
    super(text, "memberId");
    // A register keyed by citizen ID numbers would print them wherever it names a member.
    Checks.requireHidden(!CitizenId.isShapedLike(text), "memberId", "must not be a citizen ID number, which is"
        + " personal data: use the membership number, or a keyed pseudonym (Pseudonymiser)");
  }

  /**
   * Whether {@link #parse} reads the text as a member id, without making one: for readers that check
   * millions of ids before they keep any.
   *
   * @param text the text; not null
   * @return true if {@code parse(text)} succeeds
   */
  public static boolean isValid(CharSequence text) {
    return isIdentifier(text) && !CitizenId.isShapedLike(text);
  }

  /**
   * Reads an identifier, such as {@code MemberId.parse("M000123")}.
   *
   * @param text 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}; not null
   * @return the identifier, not null
   * @throws ValidationException if the text is not a valid identifier, or has the shape of a citizen ID
   *     number, check character right or wrong ({@link CitizenId#redact}); the message does not show it
   */
  public static MemberId parse(CharSequence text) {
    return new MemberId(text);
  }
}
