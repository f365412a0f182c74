package org.unionkit.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.stats.RecordRule;
import org.unionkit.stats.Rejection;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.internal.MemberRow;

/**
 * Member lines counted into one thread's {@link RollUp.Accumulator}, by every {@link RecordRule} but the
 * repeated id, which is left to the check in input order ({@link FirstIds}). On the fast path a line fills a
 * {@link MemberRow} straight from its bytes, its organisation found among the tree's by those bytes, which
 * gives its position in the tree directly: no {@code Member} is made, yet the rules are the ones its
 * constructor keeps. Lines the fast path leaves alone are decoded into a {@code Member} (strictly where
 * need be) and counted through its row. A member the rules reject is a bad line, located at the field
 * the rule is about.
 */
final class RollUpLines implements LineDriver.Sink<MemberRow>, MemberCounter {
  private final String file;
  private final RollUp.Accumulator accumulator;
  private final ByteNames positions;
  private final MemberLineDecoder decoder;
  private final MemberRow row = new MemberRow();

  /** The tree's organisation ids by their bytes, indexed by position in the tree's pre-order. */
  static ByteNames positions(List<Organisation> preOrder) {
    return ByteNames.of(preOrder.stream().map(o -> o.id().toString()).toList());
  }

  RollUpLines(String file, RollUp.Accumulator accumulator, ByteNames positions, ReadLimits limits) {
    this.file = file;
    this.accumulator = accumulator;
    this.positions = positions;
    this.decoder = new MemberLineDecoder(file, limits);
  }

  @Override
  public MemberRow take(byte[] bytes, int from, int to, long line) throws UnionFormatException {
    // Kept until the check in input order: the row is refilled by the next line.
    return counted(bytes, from, to, line).copy();
  }

  @Override
  public String count(byte[] bytes, int from, int to, long line) throws UnionFormatException {
    return counted(bytes, from, to, line).id().toString();
  }

  /** The line counted into the accumulator, as the row this sink refills line after line. */
  private MemberRow counted(byte[] bytes, int from, int to, long line) throws UnionFormatException {
    if (!decoder.fill(bytes, from, to, row, positions)) {
      Member member = decoder.decode(bytes, from, to, line);
      byte[] organisation = member.organisation().toString().getBytes(StandardCharsets.US_ASCII);
      row.set(member, positions.indexOf(organisation, 0, organisation.length));
    }
    Rejection rejection = accumulator.count(row, line);
    if (rejection != null) {
      throw bad(file, line, rejection);
    }
    return row;
  }

  /** A rejected member as a bad line, at the field the rule is about; no value of the member is shown. */
  private static UnionFormatException bad(String file, long line, Rejection rejection) {
    return new UnionFormatException(file, line, 0, "/" + rejection.rule().memberField(),
        rejection.rule().code() + ": " + rejection.reason());
  }

  /** What the lines taken counted. */
  RollUp.Accumulator accumulator() {
    return accumulator;
  }
}
