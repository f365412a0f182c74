/**
 * Generators of valid model values, such as {@code UnionGenerators.seeded(42).member(unionId)}, published
 * for tests in the manner of guava-testlib.
 *
 * <p>Every generator draws from one {@link java.util.random.RandomGenerator}, so the same seed gives the
 * same values on every run and JDK, and any property-testing engine can drive them (map its random seed
 * to {@link org.unionkit.testkit.UnionGenerators#seeded(long)}).
 */
@CheckReturnValue
package org.unionkit.testkit;

import com.google.errorprone.annotations.CheckReturnValue;
