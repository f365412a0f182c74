package org.unionkit.stats;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportingPeriod;

/**
 * The rules a member record must keep to be counted ({@link RecordRule}), apart from the repeated id,
 * which needs the records in input order. Stateless and thread-safe.
 */
final class MemberChecks {
  private static final int MIN_JOINING_AGE = 16;
  private static final int MAX_AGE = 100;

  private final @Nullable LocalDate asOf;
  /**
   * The day the age rule is judged on: the as-of date, else the latest period's last day; none over all
   * recorded time without an as-of date (its last day is in the year 9999).
   */
  private final @Nullable LocalDate judged;

  MemberChecks(CountOptions options, ReportingPeriod latest) {
    this.asOf = options.asOf().orElse(null);
    this.judged = asOf != null ? asOf : CountOptions.hasFlows(latest) ? latest.end() : null;
  }

  /**
   * The rejection of a member of the organisation at {@code position} of the tree (-1 when not in it), or
   * null if it passes.
   */
  @Nullable Rejection check(Member member, TreePositions positions, int position, long record) {
    if (position < 0) {
      return reject(member, record, RecordRule.ORGANISATION_NOT_IN_TREE,
          "organisation " + member.organisation() + " is not in the tree counted over");
    }
    if (!positions.grassroots[position]) {
      Organisation organisation = positions.organisations.get(position);
      return reject(member, record, RecordRule.NOT_GRASSROOTS, "organisation " + organisation.id() + " is a "
          + organisation.kind() + ": members belong to grassroots unions");
    }
    if (asOf != null && (after(member.joined().orElse(null)) || after(member.left().orElse(null)))) {
      return reject(member, record, RecordRule.AFTER_AS_OF, "a date of the record is after the register's as-of date ("
          + asOf + ")");
    }
    if (member.birthYear().isPresent()) {
      int born = member.birthYear().get().getValue();
      if (member.joined().isPresent() && member.underageExemption().isEmpty()
          && member.joined().get().getYear() - born < MIN_JOINING_AGE) {
        return reject(member, record, RecordRule.UNDER_16_AT_JOINING,
            "joined under the age of 16 with no underageExemption (Labour Law art. 15)");
      }
      if (judged != null && member.isMemberOn(judged) && youngestAge(born, judged) > MAX_AGE) {
        return reject(member, record, RecordRule.OVER_100, "still a member and over 100 years old on " + judged);
      }
    }
    return null;
  }

  /** The least age a person born in {@code born} can have on {@code day}: one less until the year's last day. */
  private static int youngestAge(int born, LocalDate day) {
    boolean lastDayOfYear = day.getMonthValue() == 12 && day.getDayOfMonth() == 31;
    return day.getYear() - born - (lastDayOfYear ? 0 : 1);
  }

  private boolean after(@Nullable LocalDate day) {
    return day != null && asOf != null && day.isAfter(asOf);
  }

  private static Rejection reject(Member member, long record, RecordRule rule, String reason) {
    return new Rejection("member", record, member.id().toString(), rule, reason, 0);
  }

  /** The rejection of a member whose id was first read on {@code first} (-1: a record past 2^31). */
  static Rejection duplicate(Member member, long record, long first) {
    return new Rejection("member", record, member.id().toString(), RecordRule.DUPLICATE_ID, "repeats the member id of "
        + (first < 0 ? "an earlier record" : "record " + first) + ", which is counted instead", first);
  }
}
