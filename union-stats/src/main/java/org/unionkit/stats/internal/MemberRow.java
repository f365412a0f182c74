package org.unionkit.stats.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Entry;
import org.unionkit.model.LeaveReason;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.UnderageExemption;
import org.unionkit.model.WorkRelation;
import org.unionkit.model.internal.MemberRules;

/**
 * What a roll-up counts of a member record, as plain values: filled from a {@link Member}, or by a reader
 * straight from the record's bytes, so that the rules and the counts of both are the same code. A reader
 * fills one row for line after line; the fields are public because it sets them a record at a time, on
 * the hottest path of an ingest. Days are epoch days, {@link MemberRules#NO_DAY} when not recorded. Not
 * thread-safe; not part of the public API (exported to union-io only).
 */
public final class MemberRow {
  private static final long NO_KEY = -1;

  /** The organisation's index in the tree's pre-order, or -1 when it is not in the tree. */
  public int position = -1;
  /** The member's id, or null while only its text is held ({@link #id(byte[], int, int, long)}). */
  private @Nullable MemberId id;
  /** The id's text as ASCII bytes, {@code idBytes[idFrom, idTo)}, for an id not made yet. */
  private byte @Nullable [] idBytes;
  private int idFrom;
  private int idTo;
  /** The id's {@link MemberIdSet#key}, or {@link #NO_KEY} until asked for. */
  private long idKey = NO_KEY;
  /** The organisation's id, needed only to say which one is not in the tree; null when the position is known. */
  public @Nullable OrganisationId organisation;
  /** The birth year, or {@link MemberRules#NO_YEAR}. */
  public int birthYear = MemberRules.NO_YEAR;
  /** The join day. */
  public long joined = MemberRules.NO_DAY;
  /** The first day no longer a member. */
  public long left = MemberRules.NO_DAY;
  /** How the spell began. */
  public Entry entry = Entry.NEW_MEMBER;
  /** Why the spell ended, or null. */
  public @Nullable LeaveReason leaveReason;
  /** The documented exception to the joining age, or null. */
  public @Nullable UnderageExemption underageExemption;
  /** The relation to work. */
  public WorkRelation workRelation = WorkRelation.EMPLOYEE;
  /** The employment form. */
  public EmploymentForm employmentForm = EmploymentForm.STANDARD;
  /** The skill level, or null. */
  public @Nullable SkillLevel skillLevel;

  /** An empty row. */
  public MemberRow() {}

  /**
   * Fills the row from a member, its organisation at {@code position} (-1: not found in the tree).
   *
   * @return this row
   */
  @CanIgnoreReturnValue
  public MemberRow set(Member member, int position) {
    this.position = position;
    id(member.id());
    organisation = member.organisation();
    birthYear = member.birthYear().isPresent() ? member.birthYear().get().getValue() : MemberRules.NO_YEAR;
    joined = MemberRules.day(member.joined());
    left = MemberRules.day(member.left());
    entry = member.entry();
    leaveReason = member.leaveReason().orElse(null);
    underageExemption = member.underageExemption().orElse(null);
    workRelation = member.workRelation();
    employmentForm = member.employmentForm();
    skillLevel = member.skillLevel().orElse(null);
    return this;
  }

  /**
   * A copy, for a reader that keeps the row after filling the next one.
   *
   * @return the copy, not null
   */
  public MemberRow copy() {
    MemberRow copy = new MemberRow();
    copy.position = position;
    copy.id = id;
    copy.idBytes = idBytes;
    copy.idFrom = idFrom;
    copy.idTo = idTo;
    copy.idKey = idKey;
    copy.organisation = organisation;
    copy.birthYear = birthYear;
    copy.joined = joined;
    copy.left = left;
    copy.entry = entry;
    copy.leaveReason = leaveReason;
    copy.underageExemption = underageExemption;
    copy.workRelation = workRelation;
    copy.employmentForm = employmentForm;
    copy.skillLevel = skillLevel;
    return copy;
  }

  /**
   * Sets the member's id.
   *
   * @param id the id; not null
   */
  public void id(MemberId id) {
    this.id = id;
    idBytes = null;
    idKey = NO_KEY;
  }

  /**
   * Sets the member's id by its text, made into a {@code MemberId} only when asked for ({@link #id()}): a
   * reader counts millions of rows and names the ids of a few.
   *
   * @param ascii holds the text of a valid id ({@link MemberId#isValid}) at {@code [from, to)}, and must not
   *     change while the row or a {@link #copy} of it is kept
   * @param key the id's {@link MemberIdSet#key}
   */
  public void id(byte[] ascii, int from, int to, long key) {
    id = null;
    idBytes = ascii;
    idFrom = from;
    idTo = to;
    idKey = key;
  }

  /** The member's id; set by every reader before the row is counted. */
  public MemberId id() {
    if (id == null) {
      if (idBytes == null) {
        throw new IllegalStateException("the row has no member id");
      }
      id = MemberId.parse(new String(idBytes, idFrom, idTo - idFrom, StandardCharsets.ISO_8859_1));
    }
    return id;
  }

  /**
   * The id's {@link MemberIdSet#key}, without making the id.
   *
   * @return the key: 0 for an id that does not pack
   */
  public long idKey() {
    if (idKey == NO_KEY) {
      idKey = MemberIdSet.key(id());
    }
    return idKey;
  }
}
