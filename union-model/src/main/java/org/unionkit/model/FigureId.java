package org.unionkit.model;

/**
 * The identifier of a reported figure, such as {@code skilled-workers}: its key within a dataset.
 *
 * @see Identifier for the characters allowed
 */
public final class FigureId extends Identifier {

  private FigureId(CharSequence text) {
    super(text, "figureId");
  }

  /**
   * Reads an identifier, such as {@code FigureId.parse("skilled-workers")}.
   *
   * @param text 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}; not null
   * @return the identifier, not null
   * @throws ValidationException if the text is not a valid identifier
   */
  public static FigureId parse(CharSequence text) {
    return new FigureId(text);
  }
}
