package org.unionkit.io;

import org.jspecify.annotations.Nullable;
import org.unionkit.model.Member;

/**
 * What a table reader holds a record to once it is read from its row, before it is accepted: that its id is
 * new ({@link FirstIds}) and, for a roll-up, that the counting's rules take it ({@link SequentialRollUp}).
 *
 * @param <T> the record type
 */
@FunctionalInterface
interface RowCheck<T> {

  /**
   * Checks a record.
   *
   * @param record the record read
   * @param row its row, to locate a failure at a field's cell
   * @return the failure, or null when the record is accepted
   */
  @Nullable UnionFormatException check(T record, CsvRow row);

  /** No check. */
  static <T> RowCheck<T> none() {
    return (record, row) -> null;
  }

  /**
   * The check that a member's id is new, exact over the whole input ({@link FirstIds}): a repeat is a bad
   * row at {@code id}, naming the {@code unit} ({@code line}, {@code row}) that keeps the id.
   */
  static RowCheck<Member> newIds(String file, String unit) {
    FirstIds<Member> ids = FirstIds.ofMembers(file, "id", unit);
    return (member, row) -> {
      UnionFormatException repeat = ids.check(member, row.line());
      return repeat == null ? null : row.rowFailure("id", repeat.reason());
    };
  }
}
