package org.unionkit.bench;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.SkillLevel;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Tally;
import org.unionkit.stats.Term;

/**
 * The stock measures counted from member records (a member counts while the spell goes on: no
 * {@code left} date, over all recorded time), and the catalogue's indicators computed from them alone, with
 * what the peers need to count the same: a SQL condition and a Java test over the three columns that
 * matter ({@code workRelation}, {@code employmentForm}, {@code skillLevel}), both derived from the model's
 * own code lists so that they cannot drift from unionkit's counting.
 */
final class MemberMeasures {
  static final List<Measure> MEASURES = Arrays.stream(Measure.values())
      .filter(m -> m.origin() == Measure.Origin.MEMBERS && !m.isFlow()).toList();
  static final List<Indicator> INDICATORS = Indicators.all().stream()
      .filter(i -> Stream.of(i.numerator(), i.denominator())
          .allMatch(t -> Stream.concat(t.added().stream(), t.subtracted().stream()).allMatch(MEASURES::contains)))
      .toList();

  private MemberMeasures() {}

  /** Whether a member with these values counts in the measure; null skill level for none. */
  static boolean counts(Measure measure, String workRelation, String employmentForm, String skillLevel) {
    SkillLevel level = skillLevel == null ? null : SkillLevel.valueOf(skillLevel);
    EmploymentForm form = EmploymentForm.valueOf(employmentForm);
    return switch (measure) {
      case MEMBERS -> true;
      case EMPLOYEE_MEMBERS -> workRelation.equals("EMPLOYEE");
      case SKILLED_MEMBERS -> level != null && level != SkillLevel.APPRENTICE;
      case APPRENTICE_MEMBERS -> level == SkillLevel.APPRENTICE;
      case HIGH_SKILL_MEMBERS -> level != null && level.isHighSkill();
      case TECHNICIAN_OR_ABOVE_MEMBERS -> level != null && level.isTechnicianOrAbove();
      case NEW_EMPLOYMENT_MEMBERS -> form.isNewEmploymentGroup();
      default -> form.isNewEmploymentGroup() && Measure.membersOf(form) == measure;
    };
  }

  /** The SQL condition of {@link #counts}, over the columns of the same names. */
  static String condition(Measure measure) {
    return switch (measure) {
      case MEMBERS -> "true";
      case EMPLOYEE_MEMBERS -> "workRelation = 'EMPLOYEE'";
      case SKILLED_MEMBERS -> "skillLevel <> 'APPRENTICE'";
      case APPRENTICE_MEMBERS -> "skillLevel = 'APPRENTICE'";
      case HIGH_SKILL_MEMBERS -> "skillLevel IN " + names(Arrays.stream(SkillLevel.values()).filter(SkillLevel::isHighSkill));
      case TECHNICIAN_OR_ABOVE_MEMBERS -> "skillLevel IN "
          + names(Arrays.stream(SkillLevel.values()).filter(SkillLevel::isTechnicianOrAbove));
      case NEW_EMPLOYMENT_MEMBERS -> "employmentForm IN "
          + names(Arrays.stream(EmploymentForm.values()).filter(EmploymentForm::isNewEmploymentGroup));
      default -> "employmentForm = '" + Arrays.stream(EmploymentForm.values())
          .filter(f -> f.isNewEmploymentGroup() && Measure.membersOf(f) == measure).findFirst().orElseThrow() + "'";
    };
  }

  private static String names(Stream<? extends Enum<?>> constants) {
    return constants.map(c -> "'" + c.name() + "'").collect(Collectors.joining(", ", "(", ")"));
  }

  /** One count column per measure, {@code m0 ... m14}, for a GROUP BY. */
  static String countColumns() {
    return IntStream.range(0, MEASURES.size())
        .mapToObj(i -> "count(*) FILTER (WHERE " + condition(MEASURES.get(i)) + ") AS m" + i)
        .collect(Collectors.joining(", "));
  }

  /** One ratio column per indicator, {@code r0 ...}, over the count columns; null where undefined. */
  static String ratioColumns() {
    return IntStream.range(0, INDICATORS.size())
        .mapToObj(i -> "(" + sql(INDICATORS.get(i).numerator()) + ") / nullif(" + sql(INDICATORS.get(i).denominator())
            + ", 0) AS r" + i)
        .collect(Collectors.joining(", "));
  }

  /** A term as SQL over the count columns. */
  static String sql(Term term) {
    return Stream.concat(term.added().stream().map(m -> "+ m" + MEASURES.indexOf(m)),
        term.subtracted().stream().map(m -> "- m" + MEASURES.indexOf(m))).collect(Collectors.joining(" ", "0 ", ""));
  }

  /** The member measures of a tally, in the order of {@link #MEASURES}. */
  static long[] of(Tally tally) {
    return MEASURES.stream().mapToLong(tally::get).toArray();
  }
}
