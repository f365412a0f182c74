package org.unionkit.stats;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.MemberId;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.internal.MemberRules;
import org.unionkit.stats.internal.MemberRow;

/**
 * The rules a member record must keep to be counted ({@link RecordRule}), apart from the repeated id,
 * which needs the records in input order. Stateless and thread-safe.
 */
final class MemberChecks {
  private static final int MIN_JOINING_AGE = 16;
  private static final int MAX_AGE = 100;

  private final @Nullable LocalDate asOf;
  private final long asOfDay;
  /**
   * The day the age rule is judged on: the as-of date, else the latest period's last day; none over all
   * recorded time without an as-of date (its last day is in the year 9999).
   */
  private final @Nullable LocalDate judged;
  private final long judgedDay;

  MemberChecks(CountOptions options, ReportingPeriod latest) {
    this.asOf = options.asOf().orElse(null);
    this.judged = asOf != null ? asOf : CountOptions.hasFlows(latest) ? latest.end() : null;
    this.asOfDay = asOf == null ? Long.MAX_VALUE : asOf.toEpochDay();
    this.judgedDay = judged == null ? MemberRules.NO_DAY : judged.toEpochDay();
  }

  /** The rejection of a member whose row says where in the tree it is counted, or null if it passes. */
  @Nullable Rejection check(MemberRow row, TreePositions positions, long record) {
    int position = row.position;
    if (position < 0) {
      return reject(row, record, RecordRule.ORGANISATION_NOT_IN_TREE,
          "organisation " + row.organisation + " is not in the tree counted over");
    }
    if (!positions.grassroots[position]) {
      Organisation organisation = positions.organisations.get(position);
      return reject(row, record, RecordRule.NOT_GRASSROOTS, "organisation " + organisation.id() + " is a "
          + organisation.kind() + ": members belong to grassroots unions");
    }
    // An unrecorded day is NO_DAY, the least long: never after the as-of date.
    if (row.joined > asOfDay || row.left > asOfDay) {
      return reject(row, record, RecordRule.AFTER_AS_OF, "a date of the record is after the register's as-of date ("
          + asOf + ")");
    }
    int born = row.birthYear;
    if (born != MemberRules.NO_YEAR) {
      if (row.joined != MemberRules.NO_DAY && row.underageExemption == null
          && LocalDate.ofEpochDay(row.joined).getYear() - born < MIN_JOINING_AGE) {
        return reject(row, record, RecordRule.UNDER_16_AT_JOINING,
            "joined under the age of 16 with no underageExemption (Labour Law art. 15)");
      }
      if (judged != null && Counter.Span.memberOn(row.joined, row.left, judgedDay)
          && youngestAge(born, judged) > MAX_AGE) {
        return reject(row, record, RecordRule.OVER_100, "still a member and over 100 years old on " + judged);
      }
    }
    return null;
  }

  /** The least age a person born in {@code born} can have on {@code day}: one less until the year's last day. */
  private static int youngestAge(int born, LocalDate day) {
    boolean lastDayOfYear = day.getMonthValue() == 12 && day.getDayOfMonth() == 31;
    return day.getYear() - born - (lastDayOfYear ? 0 : 1);
  }

  private static Rejection reject(MemberRow row, long record, RecordRule rule, String reason) {
    return new Rejection("member", record, row.id().toString(), rule, reason, 0);
  }

  /** The rejection of a member whose id was first read on {@code first} (-1: a record past 2^31). */
  static Rejection duplicate(MemberId id, long record, long first) {
    return new Rejection("member", record, id.toString(), RecordRule.DUPLICATE_ID, "repeats the member id of "
        + (first < 0 ? "an earlier record" : "record " + first) + ", which is counted instead", first);
  }
}
