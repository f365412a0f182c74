package org.unionkit.model;

/**
 * The identifier of a programme, such as {@code LEGAL-AID-2020}.
 *
 * @see Identifier for the characters allowed
 */
public final class ProgrammeId extends Identifier {

  private ProgrammeId(CharSequence text) {
    super(text, "programmeId");
  }

  /**
   * Reads an identifier, such as {@code ProgrammeId.parse("LEGAL-AID-2020")}.
   *
   * @param text 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}; not null
   * @return the identifier, not null
   * @throws ValidationException if the text is not a valid identifier
   */
  public static ProgrammeId parse(CharSequence text) {
    return new ProgrammeId(text);
  }
}
