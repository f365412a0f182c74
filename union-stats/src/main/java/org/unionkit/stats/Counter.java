package org.unionkit.stats;

import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractScope;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Entry;
import org.unionkit.model.LeaveReason;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;
import org.unionkit.model.internal.MemberRules;
import org.unionkit.stats.internal.MemberRow;

/** The mutable counts behind one pass over records; {@link Tally} is its immutable result. */
final class Counter {
  private static final int SIZE = Measure.values().length;
  /** How many measures count members: they are the first {@code MEMBER_MEASURES} slots of every tally. */
  static final int MEMBER_MEASURES = (int) Arrays.stream(Measure.values())
      .filter(m -> m.origin() == Measure.Origin.MEMBERS).count();

  private final long[] counts;
  private final int base;

  Counter() {
    this(new long[SIZE], 0);
  }

  /** Counts into {@code counts[base .. base + SIZE)}, such as one organisation's slice of a roll-up's array. */
  Counter(long[] counts, int base) {
    this.counts = counts;
    this.base = base;
  }

  /** Dense slot of a measure, as EnumMap keeps it: one array per tally instead of a map per record. */
  @SuppressWarnings("EnumOrdinal")
  static int slot(Measure measure) {
    return measure.ordinal();
  }

  private void add(Measure measure, long n) {
    counts[base + slot(measure)] = Math.addExact(counts[base + slot(measure)], n);
  }

  /** What a member record is within a period: bits of {@link #flags}, 0 for outside the period. */
  static final int STOCK = 1;
  static final int NEW = 2;
  static final int TRANSFER_IN = 4;
  static final int LEFT = 8;
  static final int TRANSFER_OUT = 16;
  /** How many distinct flag sets there are. */
  static final int FLAG_SETS = 32;

  /** A period as epoch days, worked out once for a counting loop; no flows over all recorded time. */
  record Span(long start, long end, boolean flows) {
    static Span of(ReportingPeriod period) {
      return new Span(period.start().toEpochDay(), period.end().toEpochDay(), CountOptions.hasFlows(period));
    }

    /** Whether a member on the period's last day. */
    boolean stock(long joined, long left) {
      return memberOn(joined, left, end);
    }

    /** Whether a member on {@code day}: joined by then (or not recorded), and not left by then. */
    static boolean memberOn(long joined, long left, long day) {
      return (joined == MemberRules.NO_DAY || joined <= day) && (left == MemberRules.NO_DAY || left > day);
    }

    private boolean contains(long day) {
      return day != MemberRules.NO_DAY && day >= start && day <= end;
    }
  }

  /** The stock and flows a member's spell adds to the span: see {@link Measure}. */
  static int flags(Member member, Span span) {
    return flags(MemberRules.day(member.joined()), MemberRules.day(member.left()), member.entry(),
        member.leaveReason().orElse(null), span);
  }

  /** The stock and flows a row's spell adds to the span. */
  static int flags(MemberRow row, Span span) {
    return flags(row.joined, row.left, row.entry, row.leaveReason, span);
  }

  private static int flags(long joined, long left, Entry entry, @Nullable LeaveReason reason, Span span) {
    int flags = span.stock(joined, left) ? STOCK : 0;
    if (!span.flows()) {
      return flags;
    }
    if (span.contains(joined)) {
      flags |= entry == Entry.TRANSFER_IN ? TRANSFER_IN : NEW;
    }
    if (span.contains(left)) {
      flags |= reason == LeaveReason.TRANSFERRED_OUT ? LEFT | TRANSFER_OUT : LEFT;
    }
    return flags;
  }

  /** Counts a member's stock and flows in the period. */
  void addMember(Member member, Span span) {
    addMember(counts, base, flags(member, span), member.workRelation(), member.employmentForm(),
        member.skillLevel().orElse(null));
  }

  /**
   * Counts one member into {@code counts[base .. base + MEMBER_MEASURES)}: the member measures come first
   * among the measures, so one organisation's member counts fit a block of {@link #MEMBER_MEASURES} slots.
   * The stock measures count when {@code flags} has {@link #STOCK}, each flow when it has its bit.
   */
  static void addMember(long[] counts, int base, int flags, WorkRelation relation, EmploymentForm form,
      @Nullable SkillLevel level) {
    addMember(counts, base, flags, relation, form, level, 1);
  }

  /** Adds the member {@code sign} times: -1 takes back what +1 added. */
  static void addMember(long[] counts, int base, int flags, WorkRelation relation, EmploymentForm form,
      @Nullable SkillLevel level, int sign) {
    if ((flags & NEW) != 0) {
      increment(counts, base, sign, Measure.NEW_MEMBERS);
      if (form.isNewEmploymentGroup()) {
        increment(counts, base, sign, Measure.NEW_EMPLOYMENT_NEW_MEMBERS);
        increment(counts, base, sign, Measure.newMembersOf(form));
      }
    }
    if ((flags & TRANSFER_IN) != 0) {
      increment(counts, base, sign, Measure.TRANSFERS_IN);
    }
    if ((flags & LEFT) != 0) {
      increment(counts, base, sign, Measure.LEFT_MEMBERS);
    }
    if ((flags & TRANSFER_OUT) != 0) {
      increment(counts, base, sign, Measure.TRANSFERS_OUT);
    }
    if ((flags & STOCK) == 0) {
      return;
    }
    increment(counts, base, sign, Measure.MEMBERS);
    if (relation == WorkRelation.EMPLOYEE) {
      increment(counts, base, sign, Measure.EMPLOYEE_MEMBERS);
    }
    if (form.isNewEmploymentGroup()) {
      increment(counts, base, sign, Measure.NEW_EMPLOYMENT_MEMBERS);
      increment(counts, base, sign, Measure.membersOf(form));
    }
    if (level == null) {
      return;
    }
    if (level == SkillLevel.APPRENTICE) {
      increment(counts, base, sign, Measure.APPRENTICE_MEMBERS);
      return;
    }
    increment(counts, base, sign, Measure.SKILLED_MEMBERS);
    if (level.isHighSkill()) {
      increment(counts, base, sign, Measure.HIGH_SKILL_MEMBERS);
    }
    if (level.isTechnicianOrAbove()) {
      increment(counts, base, sign, Measure.TECHNICIAN_OR_ABOVE_MEMBERS);
    }
  }

  private static void increment(long[] counts, int base, int sign, Measure measure) {
    counts[base + slot(measure)] = Math.addExact(counts[base + slot(measure)], sign);
  }

  /** Counts a grassroots union existing on the period's last day, and whether it was founded or dissolved in it. */
  void addOrganisation(Organisation organisation, ReportingPeriod period) {
    if (!organisation.kind().isGrassroots()) {
      return;
    }
    if (organisation.existsOn(period.end())) {
      add(Measure.UNIONISED_UNITS, 1);
      add(Measure.EMPLOYEES_OF_UNIONISED_UNITS, organisation.employees().orElse(0));
    }
    if (!CountOptions.hasFlows(period)) {
      return;
    }
    if (organisation.founded().isPresent() && period.contains(organisation.founded().get())) {
      add(Measure.NEW_UNIONS, 1);
    }
    if (organisation.dissolved().isPresent() && period.contains(organisation.dissolved().get())) {
      add(Measure.DISSOLVED_UNIONS, 1);
    }
  }

  /**
   * Adds the contracts one union signed: those in force on a day of the period as the stock, counting its
   * enterprise workforce once (see COVERED_EMPLOYEES), and those signed in the period as the flow.
   */
  void addContractsOfOneUnion(Collection<CollectiveContract> contracts, ReportingPeriod period) {
    long enterpriseCoverage = -1;
    for (CollectiveContract contract : contracts) {
      if (CountOptions.hasFlows(period) && period.contains(contract.signingDate())) {
        add(Measure.CONTRACTS_SIGNED, 1);
        add(Measure.CONTRACTS_SIGNED_COVERAGE, contract.coveredEmployees());
      }
      if (!contract.validity().overlaps(period)) {
        continue;
      }
      add(Measure.CONTRACTS, 1);
      add(Measure.CONTRACT_COVERAGE_GROSS, contract.coveredEmployees());
      if (contract.scope() == ContractScope.ENTERPRISE) {
        enterpriseCoverage = Math.max(enterpriseCoverage, contract.coveredEmployees());
      } else {
        add(Measure.COVERED_EMPLOYEES, contract.coveredEmployees());
      }
    }
    if (enterpriseCoverage >= 0) {
      add(Measure.COVERED_EMPLOYEES, enterpriseCoverage);
      add(Measure.UNITS_WITH_CONTRACT, 1);
    }
  }

  void addAll(long[] other) {
    addInto(counts, base, other, 0, SIZE);
  }

  /** Adds {@code source[sourceFrom ..]} into {@code target[targetFrom ..]}, {@code length} counts, exactly. */
  static void addInto(long[] target, int targetFrom, long[] source, int sourceFrom, int length) {
    for (int i = 0; i < length; i++) {
      target[targetFrom + i] = Math.addExact(target[targetFrom + i], source[sourceFrom + i]);
    }
  }

  /** Whether {@code counts[from .. from + length)} are all 0. */
  static boolean isZero(long[] counts, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (counts[i] != 0) {
        return false;
      }
    }
    return true;
  }

  Tally toTally() {
    return new Tally(Arrays.copyOfRange(counts, base, base + SIZE));
  }
}
