package org.unionkit.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.unionkit.model.MemberId;

/**
 * The member ids read so far, against a plain map of their texts: the same first record for every id,
 * whichever way each packs (short ids, long digit strings, long ids kept as text), one by one or in
 * batches, across the table's growth.
 */
class MemberIdSetProperties {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";

  /** Ids from a small pool, so that repeats are common; short, all-digit and long ones alike. */
  private static Gen<MemberId> ids() {
    Gen<String> shortIds = lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 9)
        .zip(integers().between(0, 9), (rest, lead) -> "M" + lead + text(rest));
    Gen<String> digits = integers().between(0, 40).zip(integers().between(0, 5), (n, which) ->
        String.format("%0" + List.of(11, 12, 13, 14, 16, 17).get(which) + "d", n * 7919L));
    Gen<String> longIds = integers().between(0, 40).map(n -> "register-of-a-very-long-name:" + n);
    return shortIds.mix(digits.mix(longIds, 50), 50).map(MemberId::parse);
  }

  private static String text(List<Integer> indexes) {
    StringBuilder text = new StringBuilder();
    indexes.forEach(i -> text.append(ALPHABET.charAt(i)));
    return text.toString();
  }

  @Test
  void everyIdNamesTheRecordItWasFirstReadOnWhetherAddedOneByOneOrInBatches() {
    qt().forAll(lists().of(ids()).ofSizeBetween(0, 3000), integers().between(1, 700)).checkAssert((ids, batch) -> {
      Map<String, Long> firsts = new HashMap<>();
      MemberIdSet single = new MemberIdSet();
      MemberIdSet batched = new MemberIdSet();
      for (int start = 0; start < ids.size(); start += batch) {
        int n = Math.min(batch, ids.size() - start);
        long[] keys = new long[n];
        long[] records = new long[n];
        long[] first = new long[n];
        List<MemberId> part = new ArrayList<>(ids.subList(start, start + n));
        for (int i = 0; i < n; i++) {
          keys[i] = MemberIdSet.key(part.get(i));
          records[i] = start + i + 1;
        }
        int repeats = batched.addAll(keys, part::get, records, n, first);
        int expectedRepeats = 0;
        for (int i = 0; i < n; i++) {
          String id = part.get(i).toString();
          long expected = firsts.containsKey(id) ? firsts.get(id) : 0;
          firsts.putIfAbsent(id, records[i]);
          expectedRepeats += expected == 0 ? 0 : 1;
          assertThat(first[i]).as("batched: record %s (%s)", records[i], id).isEqualTo(expected);
          assertThat(single.add(part.get(i), records[i])).as("one by one: record %s (%s)", records[i], id)
              .isEqualTo(expected);
        }
        assertThat(repeats).as("repeats in the batch").isEqualTo(expectedRepeats);
      }
      assertThat(single.size()).as("ids held").isEqualTo(firsts.size()).isEqualTo(batched.size());
    });
  }

  @Test
  void idsThatDifferOnlyByALeadingZeroOrTheirLengthAreApart() {
    MemberIdSet set = new MemberIdSet();
    List<String> apart = List.of("1", "01", "001", "10", "12345678901", "012345678901", "1234567890", "0",
        "A", "a", "A0", "aaaaaaaaaa", "aaaaaaaaaaa", "99999999999999999");
    for (int i = 0; i < apart.size(); i++) {
      assertThat(set.add(MemberId.parse(apart.get(i)), i + 1)).as("%s is new", apart.get(i)).isZero();
    }
    for (int i = 0; i < apart.size(); i++) {
      assertThat(set.add(MemberId.parse(apart.get(i)), 100 + i)).as("%s again", apart.get(i)).isEqualTo(i + 1);
    }
  }

  @Test
  void aFirstRecordPastTheIntRangeIsNamedAsUnknown() {
    MemberIdSet set = new MemberIdSet();
    set.add(MemberId.parse("M1"), 3_000_000_000L);
    assertThat(set.add(MemberId.parse("M1"), 3_000_000_001L)).as("beyond 2^31").isEqualTo(-1);
  }

  @Test
  void theTableIsTwelveBytesASlotAndAtMostThreeQuartersFull() {
    MemberIdSet set = new MemberIdSet();
    for (int i = 1; i <= 100_000; i++) {
      set.add(MemberId.parse("M" + i), i);
    }
    // 100,000 ids need more than 3/4 of 2^17 slots: 2^18 slots of a long and an int.
    assertThat(set.tableBytes()).as("bytes").isEqualTo((1L << 18) * 12);
    assertThat(set.size()).as("ids").isEqualTo(100_000);
  }
}
