package org.unionkit.stats;

import java.util.Collection;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractScope;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.SkillLevel;

/** The mutable counts behind one pass over records; {@link Tally} is its immutable result. */
final class Counter {
  private static final int SIZE = Measure.values().length;

  final long[] counts;

  Counter() {
    this.counts = new long[SIZE];
  }

  /** Dense slot of a measure, as EnumMap keeps it: one array per tally instead of a map per record. */
  @SuppressWarnings("EnumOrdinal")
  static int slot(Measure measure) {
    return measure.ordinal();
  }

  private void add(Measure measure, long n) {
    counts[slot(measure)] = Math.addExact(counts[slot(measure)], n);
  }

  void addMember(Member member) {
    add(Measure.MEMBERS, 1);
    switch (member.workRelation()) {
      case EMPLOYEE -> add(Measure.EMPLOYEE_MEMBERS, 1);
      case RETIRED, UNEMPLOYED, SELF_EMPLOYED -> { }
    }
    if (member.employmentForm().isNewEmploymentGroup()) {
      add(Measure.NEW_EMPLOYMENT_MEMBERS, 1);
      add(Measure.membersOf(member.employmentForm()), 1);
    }
    member.skillLevel().ifPresent(level -> {
      if (level == SkillLevel.APPRENTICE) {
        add(Measure.APPRENTICE_MEMBERS, 1);
        return;
      }
      add(Measure.SKILLED_MEMBERS, 1);
      if (level.isHighSkill()) {
        add(Measure.HIGH_SKILL_MEMBERS, 1);
      }
      if (level.isTechnicianOrAbove()) {
        add(Measure.TECHNICIAN_OR_ABOVE_MEMBERS, 1);
      }
    });
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
    addInto(counts, other);
  }

  static void addInto(long[] target, long[] source) {
    for (int i = 0; i < SIZE; i++) {
      target[i] = Math.addExact(target[i], source[i]);
    }
  }

  Tally toTally() {
    return new Tally(counts.clone());
  }
}
