package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Ownership;

/** Value types compare by value and spread over hash codes, so they work as map keys. */
class ValueSemanticsTest {

  /** Distinct values should mostly get distinct hash codes: at least 90 of 100 here. */
  private static <T> void assertHashesSpread(List<T> distinct) {
    Set<Integer> hashes = new HashSet<>();
    distinct.forEach(v -> hashes.add(v.hashCode()));
    assertThat(new HashSet<>(distinct)).as("the values are distinct").hasSize(distinct.size());
    assertThat(hashes.size()).as("distinct hash codes of %d distinct values", distinct.size())
        .isGreaterThanOrEqualTo(distinct.size() * 9 / 10);
  }

  private static <T> List<T> hundred(Function<Integer, T> make) {
    return IntStream.range(0, 100).boxed().map(make).toList();
  }

  @Test
  void ratiosHashByBothCounts() {
    assertHashesSpread(hundred(i -> Ratio.of(i % 10, i / 10)));
    assertThat(Ratio.of(3, 7)).as("equal counts").isEqualTo(Ratio.of(3, 7)).hasSameHashCodeAs(Ratio.of(3, 7));
  }

  @Test
  void talliesHashByTheirCounts() {
    assertHashesSpread(hundred(i -> Tally.empty().with(Measure.MEMBERS, i)));
    assertHashesSpread(hundred(i -> Tally.empty().with(Measure.SKILLED_MEMBERS, i % 10).with(Measure.MEMBERS, i / 10)));
  }

  @Test
  void scopesHashByTheirCriteria() {
    List<Scope> scopes = hundred(i -> Scope.all().withMinEmployees(i));
    assertHashesSpread(scopes);
    assertThat(Scope.all().withOwnerships(Set.of(Ownership.PRIVATE)))
        .as("same criteria").isEqualTo(Scope.all().withOwnerships(Set.of(Ownership.PRIVATE)))
        .isNotEqualTo(Scope.all().withOwnerships(Set.of(Ownership.COLLECTIVE)));
  }

  @Test
  void termsCompareByWhatTheyAddAndSubtract() {
    Term employees = Term.of(Measure.EMPLOYEES_IN_SCOPE);
    Term adjusted = employees.minus(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT);
    assertThat(adjusted.subtracted()).as("subtracted").containsExactly(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT);
    assertThat(adjusted.added()).as("added").containsExactly(Measure.EMPLOYEES_IN_SCOPE);
    assertThat(adjusted).as("a difference is not its first term").isNotEqualTo(employees)
        .isEqualTo(Term.of(Measure.EMPLOYEES_IN_SCOPE).minus(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT))
        .hasSameHashCodeAs(Term.of(Measure.EMPLOYEES_IN_SCOPE).minus(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT));
    assertHashesSpread(List.of(Measure.values()).stream().map(Term::of).toList());
  }

  @Test
  void indicatorsCompareByIdAndHashApart() {
    assertThat(Indicators.HIGH_SKILL_RATIO).as("different indicators").isNotEqualTo(Indicators.TECHNICIAN_SHARE);
    assertHashesSpread(Indicators.all());
  }

  @Test
  void everyMeasureAndUnitHasAnEnglishName() {
    for (Measure m : Measure.values()) {
      assertThat(m.english()).as("English name of %s", m).isNotBlank().isNotEqualTo(m.chinese());
    }
    for (IndicatorUnit u : IndicatorUnit.values()) {
      assertThat(u.english()).as("English name of %s", u).isNotBlank();
    }
  }
}
