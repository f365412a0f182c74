/**
 * The unionkit formats: dataset documents ({@link org.unionkit.io.UnionJson}), NDJSON streams
 * ({@link org.unionkit.io.Ndjson}) and CSV ({@link org.unionkit.io.Csv}), read with one
 * {@link org.unionkit.io.ReadOptions} value, every bad input a located {@link org.unionkit.io.UnionFormatException}
 * or {@link org.unionkit.io.Reject}. Nothing here returns or accepts null unless marked; a value a method
 * returns is meant to be used (a dropped one is a compile error under Error Prone).
 */
@CheckReturnValue
@NullMarked
package org.unionkit.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
