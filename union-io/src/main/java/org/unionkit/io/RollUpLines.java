package org.unionkit.io;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.stats.RollUp;

/**
 * Member lines counted into one thread's {@link RollUp.Accumulator}. On the fast path the organisation id
 * is found among the tree's by its bytes, which gives its position in the tree directly: no
 * {@code OrganisationId} is made and no map is asked. Lines the fast path leaves alone are read strictly
 * and counted by their member's organisation. A member of an organisation outside the tree is a bad line.
 */
final class RollUpLines implements ParallelLines.Sink<RollUp.Accumulator> {
  private final String file;
  private final RollUp.Accumulator accumulator;
  private final Decoder decoder;

  /** The tree's organisation ids by their bytes, indexed by position in the tree's pre-order. */
  static ByteNames positions(List<Organisation> preOrder) {
    return ByteNames.of(preOrder.stream().map(o -> o.id().toString()).toList());
  }

  RollUpLines(String file, RollUp.Accumulator accumulator, ByteNames positions, ReadLimits limits) {
    this.file = file;
    this.accumulator = accumulator;
    this.decoder = new Decoder(file, accumulator.tree().preOrder(), positions, limits);
  }

  /** The member decoder whose organisations are the tree's; remembers the last one's position. */
  private static final class Decoder extends MemberLineDecoder {
    private final OrganisationId[] ids;
    private final ByteNames positions;
    int position;

    Decoder(String file, List<Organisation> preOrder, ByteNames positions, ReadLimits limits) {
      super(file, limits);
      this.ids = preOrder.stream().map(Organisation::id).toArray(OrganisationId[]::new);
      this.positions = positions;
    }

    @Override
    @Nullable OrganisationId organisation(byte[] b, int from, int to) {
      position = positions.indexOf(b, from, to);
      return position < 0 ? null : ids[position];
    }

    /** The fast path's member, and its organisation's {@link #position}; -1 where the fast path declined. */
    @Override
    @Nullable Member fast(byte[] b, int from, int to) {
      Member member = super.fast(b, from, to);
      if (member == null) {
        position = -1;
      }
      return member;
    }
  }

  @Override
  public void take(byte[] bytes, int from, int to, long line) throws UnionFormatException {
    Member member = decoder.decode(bytes, from, to, line);
    if (decoder.position >= 0) {
      accumulator.add(decoder.position, member.workRelation(), member.employmentForm(),
          member.skillLevel().orElse(null));
      return;
    }
    if (!accumulator.tree().contains(member.organisation())) {
      throw new UnionFormatException(file, line, 0, "/organisation", "organisation " + member.organisation()
          + " is not in the tree rolled up over");
    }
    accumulator.add(member);
  }

  @Override
  public RollUp.Accumulator result() {
    return accumulator;
  }
}
