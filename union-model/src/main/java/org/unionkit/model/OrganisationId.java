package org.unionkit.model;

/**
 * The identifier of a organisation, such as {@code HB-0001} for a provincial federation.
 *
 * @see Identifier for the characters allowed
 */
public final class OrganisationId extends Identifier {

  private OrganisationId(CharSequence text) {
    super(text, "organisationId");
  }

  /**
   * Reads an identifier, such as {@code OrganisationId.parse("HB-0001")}.
   *
   * @param text 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}; not null
   * @return the identifier, not null
   * @throws ValidationException if the text is not a valid identifier
   */
  public static OrganisationId parse(CharSequence text) {
    return new OrganisationId(text);
  }
}
