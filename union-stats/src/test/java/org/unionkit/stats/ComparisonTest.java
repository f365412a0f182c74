package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Interval;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;

/** A province beside ILOSTAT and ICTWSS, by example: rows, notes, checks, choice of year and what is written. */
class ComparisonTest {
  private static final ReportingPeriod Y2020 = ReportingPeriod.ofYear(2020);
  /** 9,600 members of whom 9,000 are employees, 10,000 employees in unionised units, 4,000 covered. */
  private static final Tally TALLY = Tally.empty().with(Measure.MEMBERS, 9_600).with(Measure.EMPLOYEE_MEMBERS, 9_000)
      .with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 10_000).with(Measure.COVERED_EMPLOYEES, 4_000)
      .with(Measure.EMPLOYEES_IN_SCOPE, 20_000).with(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT, 4_000);
  private static final Comparison.Subject HEBEI = Comparison.Subject.ofRegion(Region.parse("130000"), "河北省总工会",
      Y2020, TALLY);

  private static Observation obs(String series, String area, String code, String time, String value) {
    return new Observation(series, area, code, time, new BigDecimal(value), 0, ObservationStatus.NORMAL, "", List.of(),
        "", List.of());
  }

  private static Comparison.Row row(Comparison comparison, Concept concept, String series, String code) {
    return comparison.tables().stream().filter(t -> t.concept() == concept).flatMap(t -> t.rows().stream())
        .filter(r -> r.series().equals(series) && r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aProvinceIsNamedByItsIsoCode() {
    assertThat(HEBEI.refArea()).isEqualTo("CN-HE");
    assertThat(Comparison.Subject.ofRegion(Region.parse("130100"), "石家庄市总工会", Y2020, TALLY).refArea())
        .as("a prefecture, which ISO does not code").isEqualTo("CN-130100");
    assertThat(HEBEI.time()).isEqualTo("2020");
    assertThat(Comparison.Subject.of("CHN", "全国", ReportingPeriod.parse("2020-03"), TALLY).time()).isEqualTo("2020M03");
    assertThat(Comparison.Subject.of("CHN", "全国", ReportingPeriod.of(LocalDate.of(2020, 4, 1),
        LocalDate.of(2020, 6, 30)), TALLY).time()).isEqualTo("2020Q2");
    assertThatThrownBy(() -> Comparison.Subject.of("CHN", "全国", ReportingPeriod.of(LocalDate.of(2020, 6, 30),
        LocalDate.of(2020, 6, 30)), TALLY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calendar year, quarter or month");
  }

  @Test
  void membershipRatesAreShownBesideDensityWithWhatDiffers() {
    Comparison comparison = Comparison.of(HEBEI, List.of(obs("ILOSTAT", "CHN", "ILR_TUMT_NOC_RT", "2017", "44.25")));
    Comparison.Row density = row(comparison, Concept.UNION_DENSITY, "unionkit", "union-density");
    assertThat(density.shown()).as("9000 / 20000").isEqualTo("45.0% (9000/20000)");
    assertThat(density.comparable()).isTrue();
    assertThat(density.notes()).as("same area, time and definition: nothing to say").isEmpty();
    Comparison.Row rate = row(comparison, Concept.UNION_DENSITY, "unionkit", "membership-rate-unionised-units");
    assertThat(rate.shown()).isEqualTo("96.0% (9600/10000)");
    assertThat(rate.comparable()).as("入会率 is not ILO density").isFalse();
    assertThat(rate.notes()).as("what would have to change").hasSize(2)
        .anySatisfy(n -> assertThat(n).startsWith("above the line: count union members who are employees"))
        .anySatisfy(n -> assertThat(n).startsWith("below the line: count all employees"));
    Comparison.Row china = row(comparison, Concept.UNION_DENSITY, "ILOSTAT", "ILR_TUMT_NOC_RT");
    assertThat(china.comparable()).isTrue();
    assertThat(china.notes()).containsExactly("area CHN, not CN-HE 河北省总工会", "time 2017, not 2020");
    assertThat(comparison.toString()).as("printed, notes numbered in order").contains("入会率")
        .contains("  [1] above the line: count union members who are employees")
        .contains("  [2] below the line: count all employees").contains("  [4] area CHN, not CN-HE").contains("44.25%")
        .contains("reference 参照: ILOSTAT ILR_TUMT_NOC_RT");
  }

  @Test
  void figuresOfOneAreaTimeAndDefinitionAreChecked() {
    Comparison comparison = Comparison.of(HEBEI, List.of(obs("ILOSTAT", "DEU", "ILR_CBCT_NOC_RT_A", "2019", "51.8"),
        obs("ICTWSS", "DEU", "AdjCov", "2019", "52.0"), obs("ILOSTAT", "AUT", "ILR_CBCT_NOC_RT_A", "2019", "98"),
        obs("ICTWSS", "AUT", "AdjCov", "2019", "98.0"), obs("ICTWSS", "AUT", "UnadjCov", "2019", "98.0")));
    assertThat(comparison.checks()).as("AdjCov against ILOSTAT for each country; UnadjCov is another definition")
        .extracting(c -> c.first().refArea() + " " + c.verdict())
        .containsExactlyInAnyOrder("DEU INCONSISTENT", "AUT CONSISTENT");
    assertThat(comparison.toString()).contains("Checks 核验")
        .contains("ICTWSS AdjCov 52.0% vs ILOSTAT ILR_CBCT_NOC_RT_A 51.8% (DEU 2019): INCONSISTENT");
  }

  @Test
  void takesTheSubjectsYearElseTheNearestBeforeElseAfter() {
    Comparison comparison = Comparison.of(HEBEI, List.of(obs("ILOSTAT", "CHN", "ILR_TUMT_NOC_RT", "2015", "43.86"),
        obs("ILOSTAT", "CHN", "ILR_TUMT_NOC_RT", "2017", "44.25"), obs("ILOSTAT", "CHN", "ILR_TUMT_NOC_RT", "2021", "40"),
        obs("ILOSTAT", "DEU", "ILR_TUMT_NOC_RT", "2022", "15.1"), obs("ILOSTAT", "DEU", "ILR_TUMT_NOC_RT", "2024", "14")));
    assertThat(row(comparison, Concept.UNION_DENSITY, "ILOSTAT", "ILR_TUMT_NOC_RT").time()).as("CHN: 2017, before")
        .isEqualTo("2017");
    assertThat(comparison.tables().get(0).rows()).filteredOn(r -> r.refArea().equals("DEU"))
        .extracting(Comparison.Row::time).as("DEU: nothing before, so the nearest after").containsExactly("2022");
  }

  @Test
  void countsWhatItLeavesOut() {
    Observation women = new Observation("ILOSTAT", "CHN", "ILR_TUMT_NOC_RT", "2017", new BigDecimal("40"), 0,
        ObservationStatus.NORMAL, "SEX_F", List.of(), "", List.of());
    Comparison comparison = Comparison.of(HEBEI, List.of(women, obs("ILOSTAT", "CHN", "EMP_2EMP_SEX_AGE_NB", "2017", "1"),
        obs("ICTWSS", "CHN", "Level", "2017", "1")));
    assertThat(comparison.omitted()).isEqualTo(Map.of("by sex or classification", 1L,
        "codes not in the definition catalogue", 1L, "bargaining level", 1L));
    assertThat(comparison.toString()).contains("Not shown 未列出: 1 by sex or classification, 1 codes not in the "
        + "definition catalogue, 1 bargaining level");
  }

  @Test
  void aSuppliedFigureMakesARangeAndAnEstimate() {
    Comparison.Subject rounded = HEBEI.withSupplied(Measure.EMPLOYEES_IN_SCOPE,
        Interval.closedOpen(BigDecimal.valueOf(19_500), BigDecimal.valueOf(20_500)));
    Comparison.Figure density = rounded.figures().stream().filter(f -> f.indicator() == Indicators.UNION_DENSITY)
        .findFirst().orElseThrow();
    assertThat(density.exact()).as("no exact ratio").isEmpty();
    assertThat(density.range().contains(new BigDecimal("0.45"))).as("9000 / 20000 is inside").isTrue();
    assertThat(density.shown()).isEqualTo("(43.90%, 46.16%]");
    Observation written = rounded.observations().stream().filter(o -> o.indicator().equals("ILR_TUMT_NOC_RT_A"))
        .findFirst().orElseThrow();
    assertThat(written.status()).isEqualTo(ObservationStatus.ESTIMATED);
    assertThat(written.notes()).extracting(Observation.Note::type).containsExactly("UKR", "UKA");
    Comparison.Subject both = rounded.withSupplied(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT,
        Interval.closedOpen(BigDecimal.valueOf(3_950), BigDecimal.valueOf(4_050)));
    Comparison.Figure adjusted = both.figures().stream()
        .filter(f -> f.indicator() == Indicators.BARGAINING_COVERAGE_ADJUSTED).findFirst().orElseThrow();
    assertThat(adjusted.shown()).as("4000 / ([19500, 20500) - [3950, 4050)), both supplied figures kept")
        .isEqualTo("(24.16%, 25.89%)");
    assertThat(HEBEI.withSupplied(Measure.EMPLOYEES_IN_SCOPE, Interval.point(BigDecimal.valueOf(40_000))).figures()
        .get(0).exact()).as("a point is an exact count").contains(Ratio.of(9_000, 40_000));
    assertThatThrownBy(() -> HEBEI.withSupplied(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT,
        Interval.closed(BigDecimal.valueOf(19_000), BigDecimal.valueOf(30_000))).figures())
        .as("more without a right than employees").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("may be negative");
  }

  @Test
  void writesIlostatCodesOnlyWhereTheDefinitionIsIlostats() {
    List<Observation> written = HEBEI.observations();
    assertThat(written).extracting(Observation::indicator).containsExactly("ILR_TUMT_NOC_RT_A",
        "membership-rate-unionised-units", "membership-rate-all-employees", "bargaining-coverage",
        "ILR_CBCT_NOC_RT_A");
    Observation density = written.get(0);
    assertThat(density.value()).isEqualByComparingTo("45.0");
    assertThat(density.refArea()).isEqualTo("CN-HE");
    assertThat(density.status()).isEqualTo(ObservationStatus.NORMAL);
    assertThat(density.notes()).extracting(Observation.Note::code).containsExactly("UKN:9000", "UKD:20000",
        "UKA:130000");
    assertThat(written.get(4).value()).as("4000 / (20000 - 4000)").isEqualByComparingTo("25.0");
    Comparison.Subject none = Comparison.Subject.of("CHN", "全国", Y2020, Tally.empty());
    assertThat(none.observations()).as("undefined figures have no value to write").isEmpty();
  }

  @Test
  void aLeagueRanksTheReferenceSeriesAndTheSubject() {
    Comparison comparison = Comparison.of(HEBEI, List.of(obs("ILOSTAT", "CHN", "ILR_TUMT_NOC_RT", "2017", "44.25"),
        obs("ILOSTAT", "DEU", "ILR_TUMT_NOC_RT", "2019", "16.25"), obs("ICTWSS", "DEU", "UD", "2019", "16.3")));
    assertThat(comparison.league(Concept.UNION_DENSITY).places()).extracting(p -> p.rank() + " " + p.label())
        .as("45.0% above 44.25; ICTWSS is not the reference series")
        .containsExactly("1 CN-HE 2020 unionkit 河北省总工会", "2 CHN 2017 ILOSTAT", "3 DEU 2019 ILOSTAT");
  }
}
