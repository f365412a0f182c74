package org.unionkit.model.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.CitizenId;
import org.unionkit.model.Entry;
import org.unionkit.model.LeaveReason;
import org.unionkit.model.Sex;

/**
 * The rules a member record keeps across its fields, over plain values, so that a reader that counts
 * members without building a {@code Member} judges them by the same code as {@code Member}'s own check,
 * which turns a broken rule into its message. Not part of the public API: exported to unionkit's own
 * modules only.
 */
public final class MemberRules {
  /** A day that is not recorded, in the epoch-day fields of a record. */
  public static final long NO_DAY = Long.MIN_VALUE;
  /** A birth year that is not recorded. */
  public static final int NO_YEAR = Integer.MIN_VALUE;
  /** The earliest birth year a record may hold. */
  public static final int MIN_BIRTH_YEAR = 1870;
  /** The latest birth year a record may hold. */
  public static final int MAX_BIRTH_YEAR = 9999;

  private MemberRules() {}

  /**
   * A recorded day as an epoch day.
   *
   * @return the epoch day, or {@link #NO_DAY} when empty
   */
  public static long day(Optional<LocalDate> day) {
    return day.isPresent() ? day.get().toEpochDay() : NO_DAY;
  }

  /** A rule a member record breaks, in the order they are checked. */
  public enum Violation {
    /** The birth year lies outside {@value #MIN_BIRTH_YEAR} - {@value #MAX_BIRTH_YEAR}. */
    BIRTH_YEAR_RANGE,
    /** The member joined before the year of birth. */
    JOINED_BEFORE_BIRTH_YEAR,
    /** The spell ends before it starts. */
    LEFT_BEFORE_JOINED,
    /** A leave reason without the day the member left. */
    REASON_WITHOUT_LEFT,
    /** A receiving union for a spell that did not end by transfer out. */
    TRANSFERRED_TO_NOT_OUT,
    /** A sending union for a spell that did not begin by transfer in. */
    TRANSFERRED_FROM_NOT_IN,
    /** The citizen ID number's sequence digit gives the other sex. */
    CITIZEN_ID_SEX,
    /** The citizen ID number's birth date is in another year. */
    CITIZEN_ID_BIRTH_YEAR
  }

  /**
   * The first rule the record breaks, or null if it keeps them all.
   *
   * @param birthYear the birth year, or {@link #NO_YEAR}
   * @param joined the join day as an epoch day, or {@link #NO_DAY}
   * @param left the first day no longer a member, as an epoch day, or {@link #NO_DAY}
   * @param reason why the spell ended, or null
   * @param entry how the spell began; not null
   * @param transferredFrom whether a sending union is named
   * @param transferredTo whether a receiving union is named
   * @param citizenId the citizen ID number, or null
   * @param sex the recorded sex, or null
   * @return the broken rule, or null
   */
  public static @Nullable Violation violation(int birthYear, long joined, long left, @Nullable LeaveReason reason,
      Entry entry, boolean transferredFrom, boolean transferredTo, @Nullable CitizenId citizenId, @Nullable Sex sex) {
    if (birthYear != NO_YEAR) {
      if (birthYear < MIN_BIRTH_YEAR || birthYear > MAX_BIRTH_YEAR) {
        return Violation.BIRTH_YEAR_RANGE;
      }
      if (joined != NO_DAY && joined < LocalDate.of(birthYear, 1, 1).toEpochDay()) {
        return Violation.JOINED_BEFORE_BIRTH_YEAR;
      }
    }
    if (left != NO_DAY && joined != NO_DAY && left < joined) {
      return Violation.LEFT_BEFORE_JOINED;
    }
    if (left == NO_DAY && reason != null) {
      return Violation.REASON_WITHOUT_LEFT;
    }
    if (transferredTo && reason != LeaveReason.TRANSFERRED_OUT) {
      return Violation.TRANSFERRED_TO_NOT_OUT;
    }
    if (transferredFrom && entry != Entry.TRANSFER_IN) {
      return Violation.TRANSFERRED_FROM_NOT_IN;
    }
    if (citizenId != null) {
      if (sex != null && sex != citizenId.sex()) {
        return Violation.CITIZEN_ID_SEX;
      }
      if (birthYear != NO_YEAR && birthYear != citizenId.birthDate().getYear()) {
        return Violation.CITIZEN_ID_BIRTH_YEAR;
      }
    }
    return null;
  }
}
