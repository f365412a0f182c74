/**
 * Rules of the model over plain values, for unionkit's own readers; not part of the public API.
 */
@CheckReturnValue
@NullMarked
package org.unionkit.model.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
