package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.unionkit.model.Dataset;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Member;
import org.unionkit.model.ReportingPeriod;

/** Tallies merge by the laws, and splitting a dataset anywhere then merging gives the whole. */
class TallyProperties implements MergeLaws<Tally> {

  @Override
  public Gen<Tally> values() {
    return Generated.tallies();
  }

  @Override
  public Tally empty() {
    return Tally.empty();
  }

  @Override
  public Tally plus(Tally a, Tally b) {
    return a.plus(b);
  }

  @Test
  void longsReadBackToAnEqualTallyAndAddAsTheTalliesDo() {
    qt().forAll(Generated.tallies(), Generated.tallies()).checkAssert((a, b) -> {
      assertThat(Tally.fromLongs(a.toLongs())).as("round trip").isEqualTo(a);
      long[] sum = a.toLongs();
      long[] other = b.toLongs();
      for (int i = 2; i < sum.length; i++) {
        sum[i] += other[i];
      }
      assertThat(Tally.fromLongs(sum)).as("counts added slot by slot").isEqualTo(a.plus(b));
    });
  }

  @Test
  void membersCountedForAPeriodAreTheirGroupByTally() {
    qt().forAll(Generated.datasets(), integers().between(2015, 2021)).checkAssert((dataset, year) -> {
      ReportingPeriod period = ReportingPeriod.ofYear(year);
      Tally grouped = GroupBy.members(dataset.members(), period, m -> Optional.of(1)).groups()
          .getOrDefault(1, Tally.empty());
      assertThat(Tally.ofMembers(dataset.members(), period)).as("members of %d", year).isEqualTo(grouped);
    });
  }

  @Test
  void splitThenMergeEqualsTheWhole() {
    qt().forAll(Generated.datasets(), integers().between(0, 100)).checkAssert((dataset, percent) -> {
      List<Member> members = dataset.members();
      int cut = members.size() * percent / 100;
      Tally parts = Tally.ofMembers(members.subList(0, cut)).plus(Tally.ofMembers(members.subList(cut, members.size())))
          .plus(Tally.ofOrganisations(dataset.organisations())).plus(Tally.ofContracts(dataset.contracts()));
      assertThat(parts).as("members split at %d%%, merged with organisations and contracts", percent)
          .isEqualTo(Tally.of(dataset));
    });
  }

  @Test
  void orderOfRecordsDoesNotMatter() {
    qt().forAll(Generated.datasets(), integers().all()).checkAssert((dataset, seed) -> {
      List<Member> shuffled = new ArrayList<>(dataset.members());
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(Tally.ofMembers(shuffled)).as("members in another order").isEqualTo(Tally.ofMembers(dataset.members()));
    });
  }

  @Test
  void memberCountsNestAsTheirDefinitionsSay() {
    qt().forAll(Generated.datasets()).checkAssert((Dataset dataset) -> {
      Tally t = Tally.of(dataset);
      assertThat(t.get(Measure.MEMBERS)).as("members whose spell goes on")
          .isEqualTo(dataset.members().stream().filter(m -> m.left().isEmpty()).count());
      assertThat(t.get(Measure.EMPLOYEE_MEMBERS)).as("employees among members").isLessThanOrEqualTo(t.get(Measure.MEMBERS));
      assertThat(t.get(Measure.TECHNICIAN_OR_ABOVE_MEMBERS)).as("technicians within high skill")
          .isLessThanOrEqualTo(t.get(Measure.HIGH_SKILL_MEMBERS));
      assertThat(t.get(Measure.HIGH_SKILL_MEMBERS)).as("high skill within skilled")
          .isLessThanOrEqualTo(t.get(Measure.SKILLED_MEMBERS));
      assertThat(t.get(Measure.SKILLED_MEMBERS) + t.get(Measure.APPRENTICE_MEMBERS)).as("skilled and apprentices")
          .isLessThanOrEqualTo(t.get(Measure.MEMBERS));
      assertThat(t.get(Measure.COVERED_EMPLOYEES)).as("coverage counted once, at most the gross")
          .isLessThanOrEqualTo(t.get(Measure.CONTRACT_COVERAGE_GROSS));
      assertThat(t.get(Measure.UNITS_WITH_CONTRACT)).as("units with a contract among unionised units")
          .isLessThanOrEqualTo(t.get(Measure.UNIONISED_UNITS));
      long groups = 0;
      for (EmploymentForm form : EmploymentForm.values()) {
        if (form.isNewEmploymentGroup()) {
          groups += t.get(Measure.membersOf(form));
        }
      }
      assertThat(groups).as("the eight groups add up to the new-employment members")
          .isEqualTo(t.get(Measure.NEW_EMPLOYMENT_MEMBERS));
    });
  }

  @Test
  void recordsNeverGiveAContradictionAndRaisingAPartAboveASuppliedWholeDoes() {
    qt().forAll(Generated.datasets()).checkAssert(dataset -> {
      Tally tally = Tally.of(dataset);
      assertThat(tally.contradiction()).as("counted from records").isEmpty();
      for (Measure part : Measure.values()) {
        part.partOf().ifPresent(whole -> {
          Tally raised = tally.with(part, tally.get(whole) + 1);
          if (tally.get(whole) > 0) {
            assertThat(raised.contradiction()).as("%s above %s", part, whole)
                .hasValueSatisfying(text -> assertThat(text).startsWith(part.name()));
          } else {
            assertThat(raised.contradiction()).as("%s with %s not supplied", part, whole).isEmpty();
          }
        });
      }
    });
  }
}
