package org.unionkit.io;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
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
import org.unionkit.model.internal.MemberRules;
import org.unionkit.stats.internal.MemberIdSet;
import org.unionkit.stats.internal.MemberRow;

/**
 * Member lines with a fast path for the forms writers give them: the compact form {@link Ndjson#writer}
 * writes, or that form with blanks (spaces, tabs) between tokens and the keys in any order, as other
 * systems write NDJSON; strings of printable ASCII without escapes, {@code birthYear} as plain digits.
 * Field names and code values are matched where they lie in the line's bytes ({@link ByteNames}), with no
 * String made for them. The values then pass the model's own parsers and {@link Member}'s rules, as on the
 * strict path; anything else (an unknown or repeated field, an escape, a {@code null}, a value the model
 * refuses) goes to the strict reader, which says what is wrong. The fast path either builds the
 * {@code Member} or, for a roll-up, {@link #fill fills a row} to count, by the same rules
 * ({@link MemberRules}) without making one.
 */
class MemberLineDecoder extends LineDecoder<Member> {
  /** The field table: a field's index is its {@link MemberField}'s ordinal. */
  private static final ByteNames FIELDS = ByteNames.of(MemberField.names());
  private static final int ID = MemberField.ID.ordinal();
  private static final int ORGANISATION = MemberField.ORGANISATION.ordinal();
  private static final int SEX = MemberField.SEX.ordinal();
  private static final int BIRTH_YEAR = MemberField.BIRTH_YEAR.ordinal();
  private static final int JOINED = MemberField.JOINED.ordinal();
  private static final int WORK_RELATION = MemberField.WORK_RELATION.ordinal();
  private static final int EMPLOYMENT_FORM = MemberField.EMPLOYMENT_FORM.ordinal();
  private static final int SKILL_LEVEL = MemberField.SKILL_LEVEL.ordinal();
  private static final int HONOURS = MemberField.HONOURS.ordinal();
  private static final int HARDSHIP = MemberField.HARDSHIP.ordinal();
  private static final int CITIZEN_ID = MemberField.CITIZEN_ID.ordinal();
  private static final int ENTRY = MemberField.ENTRY.ordinal();
  private static final int TRANSFERRED_FROM = MemberField.TRANSFERRED_FROM.ordinal();
  private static final int LEFT = MemberField.LEFT.ordinal();
  private static final int LEAVE_REASON = MemberField.LEAVE_REASON.ordinal();
  private static final int TRANSFERRED_TO = MemberField.TRANSFERRED_TO.ordinal();
  private static final int UNDERAGE_EXEMPTION = MemberField.UNDERAGE_EXEMPTION.ordinal();
  private static final int REQUIRED = Arrays.stream(MemberField.values()).filter(MemberField::required)
      .mapToInt(f -> 1 << f.ordinal()).reduce(0, (a, b) -> a | b);
  /**
   * The fields {@link #values} decodes: a field described later, and not decoded here yet, sends its lines
   * to the strict reader, so that the fast path never drops a value.
   */
  private static final int DECODED = (1 << (UNDERAGE_EXEMPTION + 1)) - 1;
  /** A date field that holds no date. */
  private static final long BAD_DAY = Long.MAX_VALUE;

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
  private final int[] starts = new int[FIELDS.size()];
  private final int[] ends = new int[FIELDS.size()];
  /** The fields the line holds, one bit each (an int: up to 32 fields); its birth year (-1: none) and honours. */
  private int seen;
  private int year;
  private int honours;

  /**
   * The line's values that a roll-up does not count, once {@link #values} has read them; those it counts
   * are read into a row: the caller's, or {@link #scratch} for a member to build.
   */
  private @Nullable Sex sex;
  private HardshipStatus hardship = HardshipStatus.NONE;
  private @Nullable OrganisationId transferredFrom;
  private @Nullable OrganisationId transferredTo;
  private @Nullable CitizenId citizenId;
  private final MemberRow scratch = new MemberRow();
  private final AsciiText idText = new AsciiText();

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
   * a register repeats a few values (most members are {@code EMPLOYEE}, {@code STANDARD}), then the one
   * constant a table without collisions names for the bytes' hash (a code list is short and fixed, so a
   * multiplier that spreads its names apart is found once). Not thread-safe.
   */
  private static final class Codes<E extends Enum<E>> {
    /** Up to this many constants (sexes, hardship), trying each costs less than hashing the bytes. */
    private static final int FEW = 4;
    /** The largest table tried: 4,096 slots, a hundred times the longest code list. */
    private static final int MAX_BITS = 12;
    private final E[] constants;
    private final ByteNames names;
    private final byte[] table;
    private final int multiplier;
    private final int shift;
    private int last;

    Codes(Class<E> type) {
      constants = type.getEnumConstants();
      names = ByteNames.of(type);
      for (int bits = 4; bits <= MAX_BITS; bits++) {
        for (int m = 1; m < 1 << 12; m += 2) {
          byte[] slots = new byte[1 << bits];
          if (spread(m, bits, slots)) {
            table = slots;
            multiplier = m * 0x9E3779B1;
            shift = 32 - bits;
            return;
          }
        }
      }
      // Only two names of one hash could get here: a code list of the model, fixed when it is compiled.
      throw new IllegalStateException("no table without collisions for the codes of " + type.getSimpleName());
    }

    /** Fills {@code slots} with each constant's index + 1 at its slot; false at the first collision. */
    private boolean spread(int m, int bits, byte[] slots) {
      for (int i = 0; i < constants.length; i++) {
        byte[] name = constants[i].name().getBytes(StandardCharsets.US_ASCII);
        int slot = (ByteNames.hash(name, 0, name.length) * (m * 0x9E3779B1)) >>> (32 - bits);
        if (slots[slot] != 0) {
          return false;
        }
        slots[slot] = (byte) (i + 1);
      }
      return true;
    }

    /** The constant spelt by the bytes, or null. */
    @Nullable E get(byte[] bytes, int from, int to) {
      if (!names.spells(last, bytes, from, to)) {
        int i = constants.length <= FEW ? spelt(bytes, from, to)
            : table[(ByteNames.hash(bytes, from, to) * multiplier) >>> shift] - 1;
        if (i < 0 || !names.spells(i, bytes, from, to)) {
          return null;
        }
        last = i;
      }
      return constants[last];
    }

    /** The index of the constant spelt by the bytes, tried one by one, or -1. */
    private int spelt(byte[] bytes, int from, int to) {
      for (int i = 0; i < constants.length; i++) {
        if (names.spells(i, bytes, from, to)) {
          return i;
        }
      }
      return -1;
    }
  }

  @Override
  @Nullable Member fast(byte[] b, int from, int to) {
    MemberRow row = scratch;
    if (!scan(b, from, to) || !values(b, row)) {
      return null;
    }
    try {
      OrganisationId organisation = organisation(b, starts[ORGANISATION], ends[ORGANISATION]);
      Member.Builder member = Member.builder().id(row.id()).organisation(organisation).workRelation(row.workRelation)
          .employmentForm(row.employmentForm).entry(row.entry).hardship(hardship);
      if (row.birthYear != MemberRules.NO_YEAR) {
        member.birthYear(Year.of(row.birthYear));
      }
      if (row.joined != MemberRules.NO_DAY) {
        member.joined(LocalDate.ofEpochDay(row.joined));
      }
      if (row.left != MemberRules.NO_DAY) {
        member.left(LocalDate.ofEpochDay(row.left));
      }
      for (Honour honour : honourCodes.constants) {
        if ((honours & 1 << honour.ordinal()) != 0) {
          member.addHonours(honour);
        }
      }
      if (sex != null) {
        member.sex(sex);
      }
      if (row.skillLevel != null) {
        member.skillLevel(row.skillLevel);
      }
      if (row.leaveReason != null) {
        member.leaveReason(row.leaveReason);
      }
      if (row.underageExemption != null) {
        member.underageExemption(row.underageExemption);
      }
      if (transferredFrom != null) {
        member.transferredFrom(transferredFrom);
      }
      if (transferredTo != null) {
        member.transferredTo(transferredTo);
      }
      if (citizenId != null) {
        member.citizenId(citizenId);
      }
      return member.build();
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }

  /**
   * Fills {@code row} from the line on the fast path, judged by the same rules as the member
   * {@link #decode} would make of it, without making one; the organisation's position is its index in
   * {@code positions}. False leaves the line to {@link #decode}, and the row in an unspecified state.
   */
  final boolean fill(byte[] b, int from, int to, MemberRow row, ByteNames positions) {
    if (!fits(from, to) || !scan(b, from, to) || !values(b, row)) {
      return false;
    }
    row.position = positions.indexOf(b, starts[ORGANISATION], ends[ORGANISATION]);
    row.organisation = null;
    return row.position >= 0 && MemberRules.violation(row.birthYear, row.joined, row.left, row.leaveReason,
        row.entry, transferredFrom != null, transferredTo != null, citizenId, sex) == null;
  }

  /**
   * Finds where each field's value lies in the compact form of a line, or in that form with JSON's blanks
   * (spaces and tabs) around its tokens, as other writers put them; false for anything else.
   */
  private boolean scan(byte[] b, int from, int to) {
    int p = skipBlanks(b, from, to);
    if (p >= to || b[p] != '{') {
      return false;
    }
    p = skipBlanks(b, p + 1, to);
    seen = 0;
    honours = 0;
    year = -1;
    int next = 0;
    while (true) {
      if (p >= to || b[p] != '"') {
        return false;
      }
      int field = fieldAt(b, p + 1, to, next);
      if (field < 0 || (seen & 1 << field) != 0) {
        return false;
      }
      p = skipBlanks(b, p + 2 + FIELDS.length(field), to);
      if (p >= to || b[p] != ':') {
        return false;
      }
      seen |= 1 << field;
      next = field + 1;
      p = skipBlanks(b, p + 1, to);
      if (field == BIRTH_YEAR) {
        int start = p;
        int value = 0;
        while (p < to && p - start < 5 && b[p] >= '0' && b[p] <= '9') {
          value = value * 10 + b[p++] - '0';
        }
        if (p == start || p - start > maxYearDigits || (b[start] == '0' && p - start > 1)) {
          return false;
        }
        year = value;
      } else if (field == HONOURS) {
        p = honours(b, p, to);
      } else {
        int end = p < to && b[p] == '"' ? ByteScan.plainStringEnd(b, p + 1, to) : -1;
        if (end < 0 || end - (p + 1) > maxStringLength) {
          return false;
        }
        starts[field] = p + 1;
        ends[field] = end;
        p = end + 1;
      }
      p = p < 0 ? to : skipBlanks(b, p, to);
      if (p >= to) {
        return false;
      }
      if (b[p] == ',') {
        p = skipBlanks(b, p + 1, to);
      } else if (b[p] == '}' && skipBlanks(b, p + 1, to) == to) {
        return (seen & REQUIRED) == REQUIRED && (seen & ~DECODED) == 0;
      } else {
        return false;
      }
    }
  }

  private static int skipBlanks(byte[] b, int from, int to) {
    int p = from;
    while (p < to && (b[p] == ' ' || b[p] == '\t')) {
      p++;
    }
    return p;
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

  /**
   * Reads the values found by {@link #scan} but the organisation, as the model's parsers read them, those a
   * roll-up counts into {@code row}; false where one is not a value of its field (the strict reader says
   * why). The rules across fields are left to the caller: {@code Member}'s check, or the same rules in
   * {@link MemberRules}.
   */
  private boolean values(byte[] b, MemberRow row) {
    try {
      WorkRelation relation = workRelations.get(b, starts[WORK_RELATION], ends[WORK_RELATION]);
      EmploymentForm form = employmentForms.get(b, starts[EMPLOYMENT_FORM], ends[EMPLOYMENT_FORM]);
      SkillLevel skill = code(b, SKILL_LEVEL, skillLevels);
      LeaveReason reason = code(b, LEAVE_REASON, leaveReasons);
      UnderageExemption exemption = code(b, UNDERAGE_EXEMPTION, exemptions);
      Entry entry = code(b, ENTRY, entries);
      HardshipStatus h = code(b, HARDSHIP, hardships);
      sex = code(b, SEX, sexes);
      if (relation == null || form == null || missing(SEX, sex) || missing(SKILL_LEVEL, skill)
          || missing(LEAVE_REASON, reason) || missing(UNDERAGE_EXEMPTION, exemption) || missing(HARDSHIP, h)
          || missing(ENTRY, entry)) {
        return false;
      }
      row.workRelation = relation;
      row.employmentForm = form;
      row.skillLevel = skill;
      row.leaveReason = reason;
      row.underageExemption = exemption;
      row.entry = entry == null ? Entry.NEW_MEMBER : entry;
      hardship = h == null ? HardshipStatus.NONE : h;
      row.birthYear = year < 0 ? MemberRules.NO_YEAR : year;
      row.joined = day(b, JOINED);
      row.left = day(b, LEFT);
      if (row.joined == BAD_DAY || row.left == BAD_DAY) {
        return false;
      }
      transferredFrom = has(TRANSFERRED_FROM) ? OrganisationId.parse(text(b, TRANSFERRED_FROM)) : null;
      transferredTo = has(TRANSFERRED_TO) ? OrganisationId.parse(text(b, TRANSFERRED_TO)) : null;
      citizenId = has(CITIZEN_ID) ? CitizenId.parse(text(b, CITIZEN_ID)) : null;
      // Checked, and keyed for the repeated-id check, where the bytes lie; made into a MemberId only if asked.
      AsciiText id = idText.of(b, starts[ID], ends[ID]);
      if (!MemberId.isValid(id)) {
        return false;
      }
      row.id(b, starts[ID], ends[ID], MemberIdSet.key(id));
      return true;
    } catch (IllegalArgumentException | DateTimeException e) {
      return false;
    }
  }

  private boolean has(int field) {
    return (seen & 1 << field) != 0;
  }

  /** Whether the line holds the field but its value was not found among the codes. */
  private boolean missing(int field, @Nullable Object value) {
    return value == null && has(field);
  }

  /** The constant a code-valued field holds, or null when the line does not hold it or it is no code. */
  private <E extends Enum<E>> @Nullable E code(byte[] b, int field, Codes<E> codes) {
    return has(field) ? codes.get(b, starts[field], ends[field]) : null;
  }

  /** A date field as an epoch day: {@link MemberRules#NO_DAY} when absent, {@link #BAD_DAY} when not a date. */
  private long day(byte[] b, int field) {
    if (!has(field)) {
      return MemberRules.NO_DAY;
    }
    LocalDate day = date(b, starts[field], ends[field]);
    return day == null ? BAD_DAY : day.toEpochDay();
  }

  private String text(byte[] b, int field) {
    return new String(b, starts[field], ends[field] - starts[field], StandardCharsets.ISO_8859_1);
  }

  /**
   * The organisation whose id is spelt by {@code b[from, to)}; a {@code ValidationException} if the bytes
   * spell no id. Members of one union share one {@code OrganisationId}: a file names a few thousand unions a
   * million times, and shared ids save memory and make every later lookup by id an identity check.
   */
  private OrganisationId organisation(byte[] b, int from, int to) {
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

  /** Reads an array of honour codes into {@link #honours}; returns the index after it, or -1. */
  private int honours(byte[] b, int from, int to) {
    if (from >= to || b[from] != '[') {
      return -1;
    }
    int p = skipBlanks(b, from + 1, to);
    if (p < to && b[p] == ']') {
      return p + 1;
    }
    while (p < to && b[p] == '"') {
      int end = ByteScan.plainStringEnd(b, p + 1, to);
      Honour honour = end < 0 || end - (p + 1) > maxStringLength ? null : honourCodes.get(b, p + 1, end);
      if (honour == null) {
        return -1;
      }
      honours |= 1 << honour.ordinal();
      p = skipBlanks(b, end + 1, to);
      if (p >= to) {
        return -1;
      }
      if (b[p] == ']') {
        return p + 1;
      }
      if (b[p] != ',') {
        return -1;
      }
      p = skipBlanks(b, p + 1, to);
    }
    return -1;
  }
}
