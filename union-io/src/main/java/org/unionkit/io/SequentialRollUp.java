package org.unionkit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Member;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.Rejection;
import org.unionkit.stats.RollUp;

/**
 * The roll-up of a member table read row by row (CSV, a sheet): each member read is held to the counting's
 * {@link org.unionkit.stats.RecordRule}s as its row is read, so that a member the rules reject is a bad row
 * at the field the rule is about, counted and handed to the rejects in row order like any other, and
 * {@code accepted + outsidePeriod + rejected == rowsRead}. The same counts as {@link Ndjson#rollUp} gives
 * for the same members written as lines.
 */
final class SequentialRollUp {
  private SequentialRollUp() {}

  /** Opens the reader of the members, holding each to {@code check}. */
  @FunctionalInterface
  interface Opener {
    RecordReader<Member> open(RowCheck<Member> check) throws IOException;
  }

  static Collected<RollUp> of(Opener opener, String file, String unit, OrganisationTree tree,
      Iterable<CollectiveContract> contracts, ReadOptions options) throws IOException {
    RollUp.Accumulator accumulator = RollUp.accumulator(tree, options.counting().orElse(CountOptions.allTime()));
    RowCheck<Member> ids = RowCheck.newIds(file, unit);
    RowCheck<Member> check = (member, row) -> {
      UnionFormatException repeat = ids.check(member, row);
      if (repeat != null) {
        return repeat;
      }
      Rejection rejection = accumulator.count(member, row.line());
      return rejection == null ? null
          : row.failure(rejection.rule().memberField(), rejection.rule().code() + ": " + rejection.reason());
    };
    try (RecordReader<Member> reader = opener.open(check)) {
      // The check counts each member as its row is read: the records themselves are not needed.
      reader.forEachRemaining(member -> { });
      RollUp rollUp = accumulator.finish(contracts);
      return reader.counts.collected(rollUp, rollUp.members().outsidePeriod(), reader.droppedColumns());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
