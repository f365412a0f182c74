package org.unionkit.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.stats.RecordRule;
import org.unionkit.stats.internal.MemberIdSet;
import org.unionkit.stats.internal.MemberRow;

/**
 * The repeated-id check of every member reader, in input order: the first line or row with an id keeps it;
 * each later one is a bad line at {@code path} ({@code duplicate-id}), naming the first. Exact over the
 * whole input; memory as {@link MemberIdSet} states.
 *
 * @param <P> what a good line leaves for the check: a member, or a row counted
 */
final class FirstIds<P> implements LineDriver.InOrder<P> {

  /** What else a repeat undoes, such as the counts a roll-up made of it. */
  @FunctionalInterface
  interface Repeat<P> {
    void repeated(P value, long line, long first);
  }

  private final MemberIdSet ids = new MemberIdSet();
  private final String file;
  private final String path;
  /** What a position is called in messages: {@code line}, or {@code row} in a sheet. */
  private final String unit;
  private final Function<P, MemberId> id;
  private final ToLongFunction<P> key;
  private final Repeat<P> repeat;

  /**
   * A check of values with an id and its {@link MemberIdSet#key}, worked out where the value was read.
   */
  private FirstIds(String file, String path, String unit, Function<P, MemberId> id, ToLongFunction<P> key,
      Repeat<P> repeat) {
    this.file = file;
    this.path = path;
    this.unit = unit;
    this.id = id;
    this.key = key;
    this.repeat = repeat;
  }

  /** The check of members as read, undoing nothing else; {@code unit} names a position ({@code line}, {@code row}). */
  static FirstIds<Member> ofMembers(String file, String path, String unit) {
    return new FirstIds<>(file, path, unit, Member::id, member -> MemberIdSet.key(member.id()), (member, line, first) -> { });
  }

  /** The check of rows counted, each repeat undone by {@code repeat}; an id is made only where it does not pack. */
  static FirstIds<MemberRow> ofRows(String file, String path, Repeat<MemberRow> repeat) {
    return new FirstIds<>(file, path, "line", MemberRow::id, MemberRow::idKey, repeat);
  }

  @Override
  public long key(P value) {
    return key.applyAsLong(value);
  }

  @Override
  public List<UnionFormatException> check(List<P> values, long[] keys, long[] lines) {
    long[] first = new long[keys.length];
    if (ids.addAll(keys, i -> id.apply(values.get(i)), lines, keys.length, first) == 0) {
      return List.of();
    }
    List<UnionFormatException> repeats = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (first[i] != 0) {
        repeat.repeated(values.get(i), lines[i], first[i]);
        repeats.add(repeatOf(lines[i], first[i]));
      }
    }
    return repeats;
  }

  /** One value's check, for a reader that takes one row at a time: the bad line, or null if the id is new. */
  @Nullable UnionFormatException check(P value, long line) {
    long first = ids.add(id.apply(value), line);
    if (first == 0) {
      return null;
    }
    repeat.repeated(value, line, first);
    return repeatOf(line, first);
  }

  /** The bad line of a repeat of line {@code first}'s id (-1: a line past 2^31). */
  private UnionFormatException repeatOf(long line, long first) {
    return new UnionFormatException(file, line, 0, path, RecordRule.DUPLICATE_ID.code() + ": repeats the member id of "
        + (first < 0 ? "an earlier " + unit : unit + " " + first) + ", which is counted instead");
  }
}
