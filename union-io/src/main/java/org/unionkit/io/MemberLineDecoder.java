package org.unionkit.io;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.CitizenId;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Entry;
import org.unionkit.model.HardshipStatus;
import org.unionkit.model.Honour;
import org.unionkit.model.LeaveReason;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.Sex;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.UnderageExemption;
import org.unionkit.model.WorkRelation;

/**
 * Member lines with a fast path for the compact form that {@link Ndjson#writer} writes: no whitespace,
 * strings of printable ASCII without escapes, {@code birthYear} as plain digits. Field names and code
 * values are matched where they lie in the line's bytes ({@link ByteNames}), with no String made for them.
 * The values then pass the model's own parsers and
 * {@link Member}'s checks, as on the strict path; anything else (another layout, an unknown or repeated
 * field, an escape, a value the model refuses) goes to the strict reader, which says what is wrong.
 */
class MemberLineDecoder extends LineDecoder<Member> {
  private static final List<String> FIELD_NAMES = List.of("id", "organisation", "sex", "birthYear", "joined",
      "workRelation", "employmentForm", "skillLevel", "honours", "hardship", "citizenId", "entry", "transferredFrom",
      "left", "leaveReason", "transferredTo", "underageExemption");
  private static final ByteNames FIELDS = ByteNames.of(FIELD_NAMES);
  private static final int ID = 0;
  private static final int ORGANISATION = 1;
  private static final int SEX = 2;
  private static final int BIRTH_YEAR = 3;
  private static final int JOINED = 4;
  private static final int WORK_RELATION = 5;
  private static final int EMPLOYMENT_FORM = 6;
  private static final int SKILL_LEVEL = 7;
  private static final int HONOURS = 8;
  private static final int HARDSHIP = 9;
  private static final int CITIZEN_ID = 10;
  private static final int ENTRY = 11;
  private static final int TRANSFERRED_FROM = 12;
  private static final int LEFT = 13;
  private static final int LEAVE_REASON = 14;
  private static final int TRANSFERRED_TO = 15;
  private static final int UNDERAGE_EXEMPTION = 16;
  private static final int REQUIRED = 1 << ID | 1 << ORGANISATION | 1 << WORK_RELATION | 1 << EMPLOYMENT_FORM;

  private final Codes<Sex> sexes = new Codes<>(Sex.class);
  private final Codes<WorkRelation> workRelations = new Codes<>(WorkRelation.class);
  private final Codes<EmploymentForm> employmentForms = new Codes<>(EmploymentForm.class);
  private final Codes<SkillLevel> skillLevels = new Codes<>(SkillLevel.class);
  private final Codes<Honour> honourCodes = new Codes<>(Honour.class);
  private final Codes<HardshipStatus> hardships = new Codes<>(HardshipStatus.class);
  private final Codes<Entry> entries = new Codes<>(Entry.class);
  private final Codes<LeaveReason> leaveReasons = new Codes<>(LeaveReason.class);
  private final Codes<UnderageExemption> exemptions = new Codes<>(UnderageExemption.class);

  /** Organisation ids read lately, by the hash of their bytes; keys lie side by side in one array. */
  private static final int CACHE_SLOTS = 1 << 14;
  private static final int KEY_BYTES = 24;
  private final byte[] cachedKeys = new byte[CACHE_SLOTS * KEY_BYTES];
  private final byte[] cachedLengths = new byte[CACHE_SLOTS];
  private final OrganisationId[] cachedIds = new OrganisationId[CACHE_SLOTS];

  /** Where each field's value lies in the line being read (strings without their quotes). */
  private final int[] starts = new int[FIELD_NAMES.size()];
  private final int[] ends = new int[FIELD_NAMES.size()];

  /** The limits the fast path keeps to, as the strict reader would: what lies beyond them falls back to it. */
  private final int maxYearDigits;
  private final int maxStringLength;

  MemberLineDecoder(String file, ReadLimits limits) {
    super(file, Member.class, limits);
    maxYearDigits = Math.min(4, limits.maxNumberLength());
    maxStringLength = limits.maxStringLength();
  }

  /**
   * The constants of a code list, looked up by their bytes; the constant found last is tried first, since
   * a register repeats a few values (most members are {@code EMPLOYEE}, {@code STANDARD}). Not thread-safe.
   */
  private static final class Codes<E extends Enum<E>> {
    private final E[] constants;
    private final ByteNames names;
    private int last;

    Codes(Class<E> type) {
      constants = type.getEnumConstants();
      names = ByteNames.of(type);
    }

    /** The constant spelt by the bytes, or null. */
    @Nullable E get(byte[] bytes, int from, int to) {
      if (!names.spells(last, bytes, from, to)) {
        int i = names.indexOf(bytes, from, to);
        if (i < 0) {
          return null;
        }
        last = i;
      }
      return constants[last];
    }
  }

  @Override
  @Nullable Member fast(byte[] b, int from, int to) {
    if (from >= to || b[from] != '{') {
      return null;
    }
    int p = from + 1;
    int seen = 0;
    int next = 0;
    int year = -1;
    Member.Builder member = Member.builder();
    while (true) {
      if (p >= to || b[p] != '"') {
        return null;
      }
      int field = fieldAt(b, p + 1, to, next);
      int nameEnd = field < 0 ? -1 : p + 1 + FIELDS.length(field);
      if (field < 0 || (seen & 1 << field) != 0 || nameEnd + 1 >= to || b[nameEnd + 1] != ':') {
        return null;
      }
      seen |= 1 << field;
      next = field + 1;
      p = nameEnd + 2;
      if (field == BIRTH_YEAR) {
        int start = p;
        int value = 0;
        while (p < to && p - start < 5 && b[p] >= '0' && b[p] <= '9') {
          value = value * 10 + b[p++] - '0';
        }
        if (p == start || p - start > maxYearDigits || (b[start] == '0' && p - start > 1)) {
          return null;
        }
        year = value;
      } else if (field == HONOURS) {
        p = honours(b, p, to, member);
      } else {
        int end = p < to && b[p] == '"' ? ByteScan.plainStringEnd(b, p + 1, to) : -1;
        if (end < 0 || end - (p + 1) > maxStringLength) {
          return null;
        }
        starts[field] = p + 1;
        ends[field] = end;
        p = end + 1;
      }
      if (p < 0 || p >= to) {
        return null;
      }
      if (b[p] == ',') {
        p++;
      } else if (b[p] == '}' && p + 1 == to) {
        break;
      } else {
        return null;
      }
    }
    return (seen & REQUIRED) == REQUIRED ? build(b, seen, year, member) : null;
  }

  /**
   * The field whose quoted name starts at {@code from}: tried first in the order the writer writes them,
   * from {@code next} on, which needs no scan for the closing quote; then looked up by name.
   *
   * @return the field's index, or -1 if the name is not a field's
   */
  private static int fieldAt(byte[] b, int from, int to, int next) {
    for (int k = next; k < FIELDS.size(); k++) {
      int end = from + FIELDS.length(k);
      if (end < to && b[end] == '"' && FIELDS.spells(k, b, from, end)) {
        return k;
      }
    }
    int end = ByteScan.plainStringEnd(b, from, to);
    return end < 0 ? -1 : FIELDS.indexOf(b, from, end);
  }

  /** The member from the values found, or null where the model refuses one (the strict reader says why). */
  private @Nullable Member build(byte[] b, int seen, int year, Member.Builder member) {
    try {
      WorkRelation relation = workRelations.get(b, starts[WORK_RELATION], ends[WORK_RELATION]);
      EmploymentForm form = employmentForms.get(b, starts[EMPLOYMENT_FORM], ends[EMPLOYMENT_FORM]);
      if (relation == null || form == null) {
        return null;
      }
      OrganisationId organisation = organisation(b, starts[ORGANISATION], ends[ORGANISATION]);
      if (organisation == null) {
        return null;
      }
      member.id(MemberId.parse(text(b, ID))).organisation(organisation).workRelation(relation).employmentForm(form);
      if (year >= 0) {
        member.birthYear(Year.of(year));
      }
      if ((seen & 1 << JOINED) != 0) {
        LocalDate joined = date(b, starts[JOINED], ends[JOINED]);
        if (joined == null) {
          return null;
        }
        member.joined(joined);
      }
      if ((seen & 1 << LEFT) != 0) {
        LocalDate left = date(b, starts[LEFT], ends[LEFT]);
        if (left == null) {
          return null;
        }
        member.left(left);
      }
      if (!code(b, seen, SEX, sexes, member::sex) || !code(b, seen, SKILL_LEVEL, skillLevels, member::skillLevel)
          || !code(b, seen, HARDSHIP, hardships, member::hardship) || !code(b, seen, ENTRY, entries, member::entry)
          || !code(b, seen, LEAVE_REASON, leaveReasons, member::leaveReason)
          || !code(b, seen, UNDERAGE_EXEMPTION, exemptions, member::underageExemption)) {
        return null;
      }
      if ((seen & 1 << TRANSFERRED_FROM) != 0) {
        member.transferredFrom(OrganisationId.parse(text(b, TRANSFERRED_FROM)));
      }
      if ((seen & 1 << TRANSFERRED_TO) != 0) {
        member.transferredTo(OrganisationId.parse(text(b, TRANSFERRED_TO)));
      }
      if ((seen & 1 << CITIZEN_ID) != 0) {
        member.citizenId(CitizenId.parse(text(b, CITIZEN_ID)));
      }
      return member.build();
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }

  /** Sets a code-valued field that the line holds; false if its value is not a code of the list. */
  private <E extends Enum<E>> boolean code(byte[] b, int seen, int field, Codes<E> codes, Consumer<E> set) {
    if ((seen & 1 << field) == 0) {
      return true;
    }
    E value = codes.get(b, starts[field], ends[field]);
    if (value == null) {
      return false;
    }
    set.accept(value);
    return true;
  }

  private String text(byte[] b, int field) {
    return new String(b, starts[field], ends[field] - starts[field], StandardCharsets.ISO_8859_1);
  }

  /**
   * The organisation whose id is spelt by {@code b[from, to)}, or null to leave the line to the strict
   * reader. Members of one union share one {@code OrganisationId}: a file names a few thousand unions a
   * million times, and shared ids save memory and make every later lookup by id an identity check.
   */
  @Nullable OrganisationId organisation(byte[] b, int from, int to) {
    int length = to - from;
    if (length > KEY_BYTES) {
      return OrganisationId.parse(new String(b, from, length, StandardCharsets.ISO_8859_1));
    }
    int slot = ByteNames.hash(b, from, to) & (CACHE_SLOTS - 1);
    if (cachedLengths[slot] == length && ByteScan.equal(cachedKeys, slot * KEY_BYTES, b, from, length)) {
      return cachedIds[slot];
    }
    OrganisationId id = OrganisationId.parse(new String(b, from, length, StandardCharsets.ISO_8859_1));
    System.arraycopy(b, from, cachedKeys, slot * KEY_BYTES, length);
    cachedLengths[slot] = (byte) length;
    cachedIds[slot] = id;
    return id;
  }

  /** A date written {@code yyyy-MM-dd}, as {@link LocalDate#parse} reads it; null for another form. */
  private static @Nullable LocalDate date(byte[] b, int from, int to) {
    if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
      return null;
    }
    int year = digits(b, from, from + 4);
    int month = digits(b, from + 5, from + 7);
    int day = digits(b, from + 8, from + 10);
    return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
  }

  private static int digits(byte[] b, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return -1;
      }
      value = value * 10 + b[i] - '0';
    }
    return value;
  }

  /** Reads an array of honour codes into the builder; returns the index after it, or -1. */
  private int honours(byte[] b, int from, int to, Member.Builder member) {
    int p = from;
    if (p >= to || b[p] != '[') {
      return -1;
    }
    p++;
    if (p < to && b[p] == ']') {
      return p + 1;
    }
    while (p < to && b[p] == '"') {
      int end = ByteScan.plainStringEnd(b, p + 1, to);
      Honour honour = end < 0 || end - (p + 1) > maxStringLength ? null : honourCodes.get(b, p + 1, end);
      if (honour == null || end + 1 >= to) {
        return -1;
      }
      member.addHonours(honour);
      p = end + 1;
      if (b[p] == ']') {
        return p + 1;
      }
      if (b[p] != ',') {
        return -1;
      }
      p++;
    }
    return -1;
  }
}
