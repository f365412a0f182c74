package org.unionkit.stats;

/**
 * A record a roll-up did not count, and why: where it stood in its input, its id, the rule it broke and a
 * reason that shows no personal value (never a birth year or an ID number), such as
 * {@code member 7 (M7): duplicate-id: repeats the member id of record 3}.
 *
 * @param kind {@code member} or {@code contract}; not null
 * @param record the record's number in its input, from 1 (a reader puts the line number here)
 * @param id the member's or contract's id; not null
 * @param rule the rule broken; not null
 * @param reason what is wrong, in words; not null
 * @param first for a repeated id, the record the id was first read on (-1 past {@code Integer.MAX_VALUE});
 *     else 0
 */
public record Rejection(String kind, long record, String id, RecordRule rule, String reason, long first) {
  @Override
  public String toString() {
    return kind + " " + record + " (" + id + "): " + rule.code() + ": " + reason;
  }
}
