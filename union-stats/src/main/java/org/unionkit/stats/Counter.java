package org.unionkit.stats;

import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractScope;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;

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

  void addMember(Member member) {
    addMember(counts, base, member.workRelation(), member.employmentForm(), member.skillLevel().orElse(null));
  }

  /**
   * Counts one member into {@code counts[base .. base + MEMBER_MEASURES)}: the member measures come first
   * among the measures, so one organisation's member counts fit a block of {@link #MEMBER_MEASURES} slots.
   */
  static void addMember(long[] counts, int base, WorkRelation relation, EmploymentForm form,
      @Nullable SkillLevel level) {
    increment(counts, base, Measure.MEMBERS);
    if (relation == WorkRelation.EMPLOYEE) {
      increment(counts, base, Measure.EMPLOYEE_MEMBERS);
    }
    if (form.isNewEmploymentGroup()) {
      increment(counts, base, Measure.NEW_EMPLOYMENT_MEMBERS);
      increment(counts, base, Measure.membersOf(form));
    }
    if (level == null) {
      return;
    }
    if (level == SkillLevel.APPRENTICE) {
      increment(counts, base, Measure.APPRENTICE_MEMBERS);
      return;
    }
    increment(counts, base, Measure.SKILLED_MEMBERS);
    if (level.isHighSkill()) {
      increment(counts, base, Measure.HIGH_SKILL_MEMBERS);
    }
    if (level.isTechnicianOrAbove()) {
      increment(counts, base, Measure.TECHNICIAN_OR_ABOVE_MEMBERS);
    }
  }

  private static void increment(long[] counts, int base, Measure measure) {
    counts[base + slot(measure)] = Math.addExact(counts[base + slot(measure)], 1);
  }

  void addOrganisation(Organisation organisation) {
    if (organisation.kind().isGrassroots()) {
      add(Measure.UNIONISED_UNITS, 1);
      add(Measure.EMPLOYEES_OF_UNIONISED_UNITS, organisation.employees().orElse(0));
    }
  }

  /** Adds the contracts one union signed, counting its enterprise workforce once (see COVERED_EMPLOYEES). */
  void addContractsOfOneUnion(Collection<CollectiveContract> contracts) {
    long enterpriseCoverage = -1;
    for (CollectiveContract contract : contracts) {
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

  Tally toTally() {
    return new Tally(Arrays.copyOfRange(counts, base, base + SIZE));
  }
}
