package org.unionkit.stats;

import java.util.Locale;

/**
 * A rule a record must keep to be counted; a record that breaks one is rejected, with the rule and a
 * reason that shows no personal value. A spell that ends before it starts never gets this far: the model
 * refuses it at construction ({@code Member}, field {@code left}), so every reader rejects it as invalid.
 */
public enum RecordRule {
  /**
   * The member id was read before in the same input, in a record that was counted or fell outside the
   * period: the later record is rejected and names that first one, which keeps the id. A record rejected by
   * another rule keeps no id, so a later record with the same id is judged on its own (a misfiled record
   * and its corrected copy give one member). Detected exactly, over the whole input, in input order.
   */
  DUPLICATE_ID,
  /** The member's organisation (or a contract's union) is not in the tree counted over. */
  ORGANISATION_NOT_IN_TREE,
  /**
   * The member belongs to an organisation that is not a grassroots union: members join grassroots
   * unions; local and industry federations organise unions, not members (工会法, art. 11; 中国工会章程, art. 2).
   */
  NOT_GRASSROOTS,
  /**
   * The member joined before the age of 16 without an {@code UnderageExemption}: the Labour Law (劳动法,
   * art. 15) forbids employing anyone under 16. Judged on the birth year: a member whose join year is
   * less than 16 years after the birth year was certainly under 16; one exactly 16 years after may have
   * been 15 and is given the benefit of the doubt.
   */
  UNDER_16_AT_JOINING,
  /**
   * The member, still a member, is certainly over 100 years old on the day judged (the as-of date, else
   * the period's last day): at least 101 whatever the birthday, that is, the day's year minus the birth
   * year is over 101, or over 100 when the day is 31 December (every birthday of the year has passed).
   * Such a record is almost always a wrong birth year or a death not recorded.
   */
  OVER_100,
  /**
   * A date of the record (joined, left) is after the register's as-of date: a register cannot hold what
   * happened after it was taken, so the date is wrong. Applied only when an as-of date is given.
   */
  AFTER_AS_OF;

  /**
   * The rule's code in written rejects, such as {@code duplicate-id}.
   *
   * @return the code, not null
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The field of a member record the rule is about, where a reader locates a member it rejects: such as
   * {@code organisation} for {@link #NOT_GRASSROOTS}, {@code joined} for {@link #AFTER_AS_OF}.
   *
   * @return the JSON field name, not null
   */
  public String memberField() {
    return switch (this) {
      case ORGANISATION_NOT_IN_TREE, NOT_GRASSROOTS -> "organisation";
      case UNDER_16_AT_JOINING, AFTER_AS_OF -> "joined";
      case OVER_100 -> "birthYear";
      case DUPLICATE_ID -> "id";
    };
  }
}
