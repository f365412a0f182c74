package org.unionkit.model;

/**
 * The identifier of a collective contract, such as {@code CC-2020-0042}.
 *
 * @see Identifier for the characters allowed
 */
public final class ContractId extends Identifier {

  private ContractId(CharSequence text) {
    super(text, "contractId");
  }

  /**
   * Reads an identifier, such as {@code ContractId.parse("CC-2020-0042")}.
   *
   * @param text 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}; not null
   * @return the identifier, not null
   * @throws ValidationException if the text is not a valid identifier
   */
  public static ContractId parse(CharSequence text) {
    return new ContractId(text);
  }
}
