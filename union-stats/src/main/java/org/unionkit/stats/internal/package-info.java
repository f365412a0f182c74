/**
 * What unionkit's own readers need of the roll-up that is not public API: the repeated-id check and the
 * row a reader counts; exported to union-io only.
 */
@CheckReturnValue
@NullMarked
package org.unionkit.stats.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
