/**
 * Exact, mergeable indicators over the model, such as
 * {@code Indicators.HIGH_SKILL_RATIO.compute(RollUp.of(dataset).subtree(root.id()))}: ratios that keep
 * their counts, tallies that merge, roll-ups over the organisation tree for a period, groupings, tables
 * and the audit of published ratios. Nothing here returns or accepts null; a value a method returns is
 * meant to be used (a dropped one is a compile error under Error Prone).
 */
@CheckReturnValue
@NullMarked
package org.unionkit.stats;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
