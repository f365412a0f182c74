package org.unionkit.io;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.stats.RecordRule;
import org.unionkit.stats.Rejection;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.internal.MemberIdSet;

/**
 * Member lines counted into one thread's {@link RollUp.Accumulator}, by every {@link RecordRule} but the
 * repeated id, which is left to the check in input order ({@link #claim}). On the fast path the
 * organisation id is found among the tree's by its bytes, which gives its position in the tree directly:
 * no {@code OrganisationId} is made and no map is asked. Lines the fast path leaves alone are read strictly
 * and counted by their member's organisation. A member the rules reject is a bad line, located at the
 * field the rule is about.
 */
final class RollUpLines implements ParallelLines.Sink<RollUp.Accumulator, Member> {
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
  public Member take(byte[] bytes, int from, int to, long line) throws UnionFormatException {
    Member member = decoder.decode(bytes, from, to, line);
    Rejection rejection = accumulator.count(decoder.position, member, line);
    if (rejection != null) {
      throw bad(file, line, rejection);
    }
    return member;
  }

  /**
   * The check in input order of the members counted by the sinks: finds repeated ids in {@code ids},
   * and takes each repeat back out of the counts on {@code origin}; each repeat is a bad line at
   * {@code /id}, naming the line that keeps the id.
   */
  static ParallelLines.InOrder<Member> claims(String file, RollUp.Accumulator origin) {
    MemberIdSet ids = new MemberIdSet();
    return new ParallelLines.InOrder<>() {
      @Override
      public long key(Member member) {
        return MemberIdSet.key(member.id());
      }

      @Override
      public List<UnionFormatException> check(List<Member> members, long[] keys, long[] lines) {
        long[] first = new long[keys.length];
        if (ids.addAll(keys, i -> members.get(i).id(), lines, keys.length, first) == 0) {
          return List.of();
        }
        List<UnionFormatException> repeats = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
          if (first[i] != 0) {
            origin.repeated(members.get(i), lines[i], first[i]);
            repeats.add(new UnionFormatException(file, lines[i], 0, "/id", RecordReader.repeated(first[i])));
          }
        }
        return repeats;
      }
    };
  }

  /** A rejected member as a bad line, at the field the rule is about; no value of the member is shown. */
  private static UnionFormatException bad(String file, long line, Rejection rejection) {
    String path = switch (rejection.rule()) {
      case ORGANISATION_NOT_IN_TREE, NOT_GRASSROOTS -> "/organisation";
      case UNDER_16_AT_JOINING, AFTER_AS_OF -> "/joined";
      case OVER_100 -> "/birthYear";
      case DUPLICATE_ID -> "/id";
    };
    return new UnionFormatException(file, line, 0, path, rejection.rule().code() + ": " + rejection.reason());
  }

  @Override
  public RollUp.Accumulator result() {
    return accumulator;
  }
}
