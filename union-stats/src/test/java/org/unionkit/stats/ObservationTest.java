package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Interval;
import org.unionkit.model.Quantity;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Unit;

/** Observations, their intervals, notes and statuses, by example. */
class ObservationTest {
  private static Observation density(String value, String time) {
    return new Observation("ILOSTAT", "CHN", "ILR_TUMT_NOC_RT_A", time, new BigDecimal(value), 0,
        ObservationStatus.NORMAL, "SEX_T", List.of(), "FX:8362", List.of());
  }

  @Test
  void aPublishedValueStandsForItsRoundingInterval() {
    assertThat(density("44.25", "2017").interval()).as("44.25")
        .isEqualTo(Interval.closedOpen(new BigDecimal("44.245"), new BigDecimal("44.255")));
    assertThat(density("98", "2019").interval()).as("a whole number")
        .isEqualTo(Interval.closedOpen(new BigDecimal("97.5"), new BigDecimal("98.5")));
    assertThat(density("44.25", "2017").fraction().contains(new BigDecimal("0.4424999"))).as("in fractions").isTrue();
    assertThat(density("44.25", "2017").fraction().contains(new BigDecimal("0.44255"))).as("upper end open").isFalse();
    Observation members = new Observation("ILOSTAT", "DEU", "ILR_TUMT_NOC_NB_A", "2019", new BigDecimal("5934.5"), 3,
        ObservationStatus.NORMAL, "", List.of(), "", List.of());
    assertThat(members.interval()).as("thousands of members, in persons")
        .isEqualTo(Interval.closedOpen(new BigDecimal("5934450"), new BigDecimal("5934550")));
  }

  @Test
  void readsIlostatsTimes() {
    assertThat(density("1", "2017Q3").year()).isEqualTo(2017);
    assertThat(density("1", "2017M12").year()).isEqualTo(2017);
    assertThatThrownBy(() -> density("1", "2017-12")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2019M01");
    assertThatThrownBy(() -> density("1", "2017M13")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> density("-1", "2017")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void notesAreDecodedFromTheDictionaryAndNeverDropped() {
    assertThat(Observation.Note.of(Observation.NoteKind.INDICATOR, "T31:4129").text())
        .isEqualTo("Trade union membership coverage: Adjusted for the right to unionize");
    assertThat(Observation.Note.of(Observation.NoteKind.SOURCE, "R1:9999").text()).as("known type, unknown id")
        .isEqualTo("Repository: 9999");
    assertThat(Observation.Note.of(Observation.NoteKind.SOURCE, "Q7:12").text()).as("unknown type")
        .contains("not in the shipped dictionary").contains("12");
    assertThat(Observation.Note.of(Observation.NoteKind.INDICATOR, "UKN:2470000").code()).isEqualTo("UKN:2470000");
    assertThatThrownBy(() -> Observation.Note.of(Observation.NoteKind.SOURCE, "no colon"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TYPE:ID");
  }

  @Test
  void ilostatAndSdmxLettersAreReadEachInItsOwnList() {
    assertThat(ObservationStatus.ofIlostat("A")).as("ILOSTAT A").contains(ObservationStatus.ADJUSTED);
    assertThat(ObservationStatus.ofSdmx("A")).as("SDMX A").contains(ObservationStatus.NORMAL);
    assertThat(ObservationStatus.ofIlostat("M")).contains(ObservationStatus.MODEL_BASED);
    assertThat(ObservationStatus.ofSdmx("M")).as("SDMX M is a missing value").isEmpty();
    assertThat(ObservationStatus.isSdmxMissing("M")).isTrue();
    assertThat(ObservationStatus.isSdmxMissing("A")).as("normal is no missing value").isFalse();
    assertThat(ObservationStatus.isSdmxMissing("")).isFalse();
    assertThat(ObservationStatus.ofSdmx("E")).contains(ObservationStatus.ESTIMATED);
    assertThat(ObservationStatus.BREAK.english()).isEqualTo("break in series");
    assertThat(ObservationStatus.ofIlostat("")).contains(ObservationStatus.NORMAL);
    assertThat(ObservationStatus.ofIlostat("Z")).isEmpty();
    for (ObservationStatus status : ObservationStatus.values()) {
      assertThat(ObservationStatus.ofIlostat(status.letter())).as("the letter %s is written with reads back", status)
          .contains(status);
    }
    assertThat(ObservationStatus.MODEL_BASED.sdmx()).as("no SDMX code").isEmpty();
    assertThat(ObservationStatus.BREAK.sdmx()).contains("B");
  }

  @Test
  void aPublishedRateIsAuditedAgainstCountsOfAnotherSource() {
    Observation china = density("44.25", "2017");
    assertThat(Audit.ofPercent(china.percent().orElseThrow(), Quantity.of(4_425, Unit.PERSON),
        Quantity.of(10_000, Unit.PERSON)).verdict()).as("44.25% against 4425 / 10000").isEqualTo(Verdict.CONSISTENT);
    assertThat(Audit.ofPercent(china.percent().orElseThrow(), Quantity.of(4_430, Unit.PERSON),
        Quantity.of(10_000, Unit.PERSON)).verdict()).as("44.30% lies outside [44.245, 44.255)")
        .isEqualTo(Verdict.INCONSISTENT);
    Observation level = new Observation("ICTWSS", "DEU", "Level", "2019", BigDecimal.valueOf(3), 0,
        ObservationStatus.NORMAL, "", List.of(), "", List.of());
    assertThat(level.percent()).as("a level is no rate").isEmpty();
  }

  @Test
  void namesAPeriodAsIlostatWritesIt() {
    assertThat(Observation.time(ReportingPeriod.ofYear(2020))).contains("2020");
    assertThat(Observation.time(ReportingPeriod.parse("2020-11"))).contains("2020M11");
    assertThat(Observation.time(ReportingPeriod.parse("2020-10-01/2020-12-31"))).contains("2020Q4");
    assertThat(Observation.time(ReportingPeriod.parse("2020-02-01/2020-04-30"))).as("three months, no quarter")
        .isEmpty();
    assertThat(Observation.time(ReportingPeriod.parse("2019-01-01/2020-12-31"))).as("two years").isEmpty();
    assertThat(Observation.time(ReportingPeriod.parse("2020-12-31/2020-12-31"))).as("a day").isEmpty();
  }
}
