package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared assertions on the {@link ValidationException}s the model throws. */
final class ValidationAssertions {
  private ValidationAssertions() {}

  /**
   * Asserts that {@code call} fails with a {@link ValidationException} for {@code field} whose message
   * names the field and holds every fragment (the offending value and what is wrong).
   */
  static void assertRejected(ThrowingCallable call, String field, String... fragments) {
    assertThatThrownBy(call)
        .as("a ValidationException for %s naming %s", field, String.join(" and ", fragments))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(field)
        .hasMessageContainingAll(fragments)
        .satisfies(e -> assertThat(((ValidationException) e).field()).as("field()").isEqualTo(field));
  }

  /**
   * Asserts that {@code call} fails with a {@link ValidationException} for {@code field} whose message
   * names the field and the requirement but holds none of the personal data in {@code secrets}.
   */
  static void assertRejectedHiding(ThrowingCallable call, String field, String requirement, String... secrets) {
    assertThatThrownBy(call)
        .as("a ValidationException for %s that keeps personal data out of its message", field)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(field)
        .hasMessageContaining(requirement)
        .hasMessageNotContainingAny(secrets)
        .satisfies(e -> assertThat(((ValidationException) e).field()).as("field()").isEqualTo(field));
  }
}
