package org.unionkit.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What one series code counts, such as ILOSTAT's {@code ILR_TUMT_NOC_RT}: union members who are employees
 * over all employees. Figures of one {@link Concept} are comparable when their definitions count the same
 * {@link Population}s above and below the line; {@link #differences(Definition)} says what would have to
 * change otherwise, such as for 入会率 against ILO density.
 *
 * <p>The catalogue ({@link #ofCode(String)}, {@link #all()}) holds:
 * <ul>
 *   <li>ILOSTAT: {@code ILR_TUMT_NOC_RT} trade union density rate, {@code ILR_CBCT_NOC_RT} collective
 *       bargaining coverage rate, {@code ILR_TUMT_NOC_NB} trade union membership (thousands), each with or
 *       without the frequency suffix ({@code _A}, {@code _Q}, {@code _M}), after ILOSTAT's
 *       industrial-relations metadata (reference group: employees);
 *   <li>OECD/AIAS ICTWSS: {@code UD} net union density, {@code AdjCov} adjusted and {@code UnadjCov}
 *       unadjusted bargaining coverage, {@code Level} (after the ICTWSS codebook, version 6.1 and the
 *       OECD/AIAS database of 2021); the OECD's SDMX measures {@code TUD} and {@code CBC} count as {@code UD}
 *       and {@code AdjCov};
 *   <li>unionkit's own indicators of those concepts, under their ids ({@code union-density},
 *       {@code membership-rate-unionised-units}, ...).
 * </ul>
 * Immutable and thread-safe.
 */
public final class Definition {
  /** Who is counted above or below the line. */
  public enum Population {
    /** Union members who are employees: retired, unemployed and self-employed members left out. */
    EMPLOYEE_MEMBERS("在职职工会员", "union members who are employees"),
    /** Every member: retired, unemployed and self-employed members included when the union keeps them. */
    ALL_MEMBERS("全部会员（含离退休等）", "all members, retired, unemployed and self-employed included"),
    /** Every employee (wage and salary earner) in the area. */
    EMPLOYEES("全部职工（雇员）", "all employees"),
    /** The employees of units that have a union only. */
    EMPLOYEES_OF_UNIONISED_UNITS("建会单位职工", "employees of units with a union only"),
    /** The employees who have the right to bargain (those without it taken out). */
    EMPLOYEES_WITH_BARGAINING_RIGHT("有集体协商权的职工", "employees with the right to bargain"),
    /** The employees whose pay or conditions one or more collective agreements set, each counted once. */
    COVERED_EMPLOYEES("集体合同覆盖职工（不重复）", "employees covered by collective agreements, counted once");

    private final String chinese;
    private final String english;

    Population(String chinese, String english) {
      this.chinese = chinese;
      this.english = english;
    }

    /**
     * The Chinese name, such as 在职职工会员.
     *
     * @return the name, not null
     */
    public String chinese() {
      return chinese;
    }

    /**
     * The English name, such as {@code union members who are employees}.
     *
     * @return the name, not null
     */
    public String english() {
      return english;
    }
  }

  private static final String ILOSTAT = "ILOSTAT";
  private static final String ICTWSS = "ICTWSS";
  private static final String UNIONKIT = "unionkit";
  private static final String ILO_METADATA = "ILOSTAT industrial relations metadata (IRdata)";
  private static final String ICTWSS_CODEBOOK = "ICTWSS codebook 6.1 (AIAS, 2019); OECD/AIAS ICTWSS (2021)";

  private static final List<Definition> ALL = List.of(
      new Definition(ILOSTAT, "ILR_TUMT_NOC_RT", Concept.UNION_DENSITY, Population.EMPLOYEE_MEMBERS,
          Population.EMPLOYEES, "trade union density rate", ILO_METADATA),
      new Definition(ILOSTAT, "ILR_CBCT_NOC_RT", Concept.BARGAINING_COVERAGE, Population.COVERED_EMPLOYEES,
          Population.EMPLOYEES_WITH_BARGAINING_RIGHT, "collective bargaining coverage rate", ILO_METADATA),
      new Definition(ILOSTAT, "ILR_TUMT_NOC_NB", Concept.UNION_MEMBERSHIP, Population.EMPLOYEE_MEMBERS, null,
          "trade union membership (thousands)", ILO_METADATA),
      new Definition(ICTWSS, "UD", Concept.UNION_DENSITY, Population.EMPLOYEE_MEMBERS, Population.EMPLOYEES,
          "net union density: members in employment / wage and salary earners in employment", ICTWSS_CODEBOOK),
      new Definition(ICTWSS, "AdjCov", Concept.BARGAINING_COVERAGE, Population.COVERED_EMPLOYEES,
          Population.EMPLOYEES_WITH_BARGAINING_RIGHT, "adjusted bargaining coverage", ICTWSS_CODEBOOK),
      new Definition(ICTWSS, "UnadjCov", Concept.BARGAINING_COVERAGE, Population.COVERED_EMPLOYEES,
          Population.EMPLOYEES, "unadjusted bargaining coverage", ICTWSS_CODEBOOK),
      new Definition(ICTWSS, "Level", Concept.BARGAINING_LEVEL, null, null,
          "predominant level of wage bargaining (1 company ... 5 central)", ICTWSS_CODEBOOK),
      unionkit(Indicators.UNION_DENSITY, Concept.UNION_DENSITY, Population.EMPLOYEE_MEMBERS, Population.EMPLOYEES),
      unionkit(Indicators.MEMBERSHIP_RATE_UNIONISED_UNITS, Concept.UNION_DENSITY, Population.ALL_MEMBERS,
          Population.EMPLOYEES_OF_UNIONISED_UNITS),
      unionkit(Indicators.MEMBERSHIP_RATE_ALL_EMPLOYEES, Concept.UNION_DENSITY, Population.ALL_MEMBERS,
          Population.EMPLOYEES),
      unionkit(Indicators.BARGAINING_COVERAGE, Concept.BARGAINING_COVERAGE, Population.COVERED_EMPLOYEES,
          Population.EMPLOYEES),
      unionkit(Indicators.BARGAINING_COVERAGE_ADJUSTED, Concept.BARGAINING_COVERAGE, Population.COVERED_EMPLOYEES,
          Population.EMPLOYEES_WITH_BARGAINING_RIGHT));

  /** Other spellings of catalogue codes: the OECD's SDMX measures for the ICTWSS series. */
  private static final Map<String, String> ALIASES = Map.of("TUD", "UD", "CBC", "AdjCov");

  private static final Map<String, Definition> BY_CODE = ALL.stream()
      .collect(Collectors.toUnmodifiableMap(d -> d.code.toUpperCase(Locale.ROOT), Function.identity()));

  private final String series;
  private final String code;
  private final Concept concept;
  private final @Nullable Population numerator;
  private final @Nullable Population denominator;
  private final String english;
  private final String source;

  private Definition(String series, String code, Concept concept, @Nullable Population numerator,
      @Nullable Population denominator, String english, String source) {
    this.series = series;
    this.code = code;
    this.concept = concept;
    this.numerator = numerator;
    this.denominator = denominator;
    this.english = english;
    this.source = source;
  }

  private static Definition unionkit(Indicator indicator, Concept concept, Population numerator,
      Population denominator) {
    return new Definition(UNIONKIT, indicator.id(), concept, numerator, denominator,
        indicator.english() + " " + indicator.chinese() + " = " + indicator.formula(), indicator.source());
  }

  /**
   * The definition of a series code, such as {@code ILR_TUMT_NOC_RT_A}, {@code UD} or
   * {@code union-density}; case does not matter, nor an ILOSTAT frequency suffix.
   *
   * @param code the code as a file writes it; not null
   * @return the definition, empty for a code the catalogue does not hold; not null
   */
  public static Optional<Definition> ofCode(String code) {
    String key = code.strip().toUpperCase(Locale.ROOT);
    Definition exact = BY_CODE.get(ALIASES.getOrDefault(key, key).toUpperCase(Locale.ROOT));
    if (exact != null) {
      return Optional.of(exact);
    }
    if (key.matches("ILR_[A-Z0-9_]+_[AQM]")) {
      return Optional.ofNullable(BY_CODE.get(key.substring(0, key.length() - 2)));
    }
    return Optional.empty();
  }

  /**
   * The definition of one of unionkit's indicators, such as {@link Indicators#UNION_DENSITY}.
   *
   * @param indicator the indicator; not null
   * @return the definition, empty for indicators of other concepts (skills, contracts, money); not null
   */
  public static Optional<Definition> of(Indicator indicator) {
    return Optional.ofNullable(BY_CODE.get(indicator.id().toUpperCase(Locale.ROOT)))
        .filter(d -> d.series.equals(UNIONKIT));
  }

  /**
   * Every definition in the catalogue: ILOSTAT's, then ICTWSS's, then unionkit's.
   *
   * @return the definitions, not null
   */
  public static List<Definition> all() {
    return ALL;
  }

  /**
   * The series the code belongs to: {@code ILOSTAT}, {@code ICTWSS} or {@code unionkit}.
   *
   * @return the series, not null
   */
  public String series() {
    return series;
  }

  /**
   * The code, such as {@code ILR_TUMT_NOC_RT} (without frequency suffix) or {@code AdjCov}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * What the code measures.
   *
   * @return the concept, not null
   */
  public Concept concept() {
    return concept;
  }

  /**
   * Who is counted above the line, or who is counted for a count.
   *
   * @return the population, empty for a category (bargaining level); not null
   */
  public Optional<Population> numerator() {
    return Optional.ofNullable(numerator);
  }

  /**
   * Who is counted below the line.
   *
   * @return the population, empty for a count or a category; not null
   */
  public Optional<Population> denominator() {
    return Optional.ofNullable(denominator);
  }

  /**
   * Whether figures of the code are percentages.
   *
   * @return true for density and coverage rates
   */
  public boolean isPercent() {
    return denominator != null;
  }

  /**
   * The definition in English, such as {@code trade union density rate}.
   *
   * @return the text, not null
   */
  public String english() {
    return english;
  }

  /**
   * Where the definition comes from, such as the ICTWSS codebook.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }

  /**
   * The code of ILOSTAT's series that counts the same populations, such as {@code ILR_TUMT_NOC_RT} for
   * {@code union-density}; empty when ILOSTAT has none (入会率).
   *
   * @return the ILOSTAT definition, not null
   */
  public Optional<Definition> ilostat() {
    return ALL.stream().filter(d -> d.series.equals(ILOSTAT) && isComparable(d)).findFirst();
  }

  /**
   * Whether figures under the two definitions measure the same thing: the same concept, the same
   * populations above and below the line.
   *
   * @param other the other definition; not null
   * @return true when comparable
   */
  public boolean isComparable(Definition other) {
    return concept == other.concept && numerator == other.numerator && denominator == other.denominator;
  }

  /**
   * What would have to change for figures under this definition to measure what {@code reference} measures,
   * one sentence a difference, such as {@code above the line: count union members who are employees, not all
   * members, retired, unemployed and self-employed included}; empty when comparable.
   *
   * @param reference the definition to compare with, such as ILOSTAT's; not null
   * @return the differences, not null
   */
  public List<String> differences(Definition reference) {
    List<String> differences = new ArrayList<>();
    if (concept != reference.concept) {
      differences.add("measures " + concept.english() + ", not " + reference.concept.english());
      return differences;
    }
    difference("above the line", numerator, reference.numerator).ifPresent(differences::add);
    difference("below the line", denominator, reference.denominator).ifPresent(differences::add);
    return differences;
  }

  private static Optional<String> difference(String side, @Nullable Population self, @Nullable Population wanted) {
    if (self == wanted) {
      return Optional.empty();
    }
    return Optional.of(side + ": count " + name(wanted) + ", not " + name(self));
  }

  private static String name(@Nullable Population population) {
    return population == null ? "nothing" : population.english() + " (" + population.chinese() + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Definition other && other.series.equals(series) && other.code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(series, code);
  }

  /**
   * The series, code and populations, such as
   * {@code ILOSTAT ILR_TUMT_NOC_RT: union members who are employees / all employees}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return series + " " + code + ": " + Stream.of(numerator, denominator).filter(Objects::nonNull)
        .map(p -> p.english()).collect(Collectors.joining(" / ", "", numerator == null ? english : ""));
  }
}
