package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws every mergeable aggregate keeps, written once: a test class implements this interface with
 * its values, identity and merge, and inherits the three laws as tests.
 *
 * @param <T> the aggregate
 */
interface MergeLaws<T> {

  /** Arbitrary aggregates. */
  Gen<T> values();

  /** The identity, such as {@code Tally.empty()}. */
  T empty();

  /** The merge, such as {@code a.plus(b)}. */
  T plus(T a, T b);

  @Test
  default void emptyIsTheIdentityOfPlus() {
    qt().forAll(values()).checkAssert(a -> {
      assertThat(plus(a, empty())).as("a + empty").isEqualTo(a);
      assertThat(plus(empty(), a)).as("empty + a").isEqualTo(a);
    });
  }

  @Test
  default void plusIsAssociative() {
    qt().forAll(values(), values(), values()).checkAssert((a, b, c) ->
        assertThat(plus(plus(a, b), c)).as("(a + b) + c = a + (b + c)").isEqualTo(plus(a, plus(b, c))));
  }

  @Test
  default void plusIsCommutative() {
    qt().forAll(values(), values()).checkAssert((a, b) ->
        assertThat(plus(a, b)).as("a + b = b + a").isEqualTo(plus(b, a)));
  }
}
