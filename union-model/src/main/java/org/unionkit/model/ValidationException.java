package org.unionkit.model;

import java.io.Serial;

/**
 * Thrown when a value of the model is rejected, such as
 * {@code "employees (-3) must not be negative"}; {@link #field()} names the attribute at fault.
 *
 * <p>Messages name the field and, except for personal data (citizen ID numbers, birth years), the
 * rejected value. They never contain personal data, so they may be logged and shown to analysts.
 */
public final class ValidationException extends IllegalArgumentException {
  @Serial private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates an exception for the named field.
   *
   * @param field the attribute at fault, such as {@code "employees"}; not null
   * @param message what is wrong, naming the field and the value; not null
   */
  public ValidationException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * Creates the exception a builder throws when required attributes were not set, such as
   * {@code "required attributes are not set: name, kind"}; {@link #field()} names the first of them.
   *
   * @param missingAttributes the attributes not set, at least one; not null
   */
  public ValidationException(String... missingAttributes) {
    this(missingAttributes[0], "required attributes are not set: " + String.join(", ", missingAttributes));
  }

  /**
   * The attribute at fault, such as {@code "parent"} or {@code "citizenId"}.
   *
   * @return the field name, not null
   */
  public String field() {
    return field;
  }
}
