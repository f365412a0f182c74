package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

  @ParameterizedTest(name = "{0} is {1} to {2}, printed {3}")
  @CsvSource({
      "2020,                  2020-01-01, 2020-12-31, 2020",
      "2020-03,               2020-03-01, 2020-03-31, 2020-03",
      "2020-02,               2020-02-01, 2020-02-29, 2020-02",
      "2019-02,               2019-02-01, 2019-02-28, 2019-02",
      "2020-01-01/2022-12-31, 2020-01-01, 2022-12-31, 2020-01-01/2022-12-31",
      "2020-12-31/2020-12-31, 2020-12-31, 2020-12-31, 2020-12-31/2020-12-31",
      "2020-01-01/2020-12-31, 2020-01-01, 2020-12-31, 2020",
      "2020-03-01/2020-03-31, 2020-03-01, 2020-03-31, 2020-03",
      "2020-03-02/2020-03-31, 2020-03-02, 2020-03-31, 2020-03-02/2020-03-31",
      "0999,                  0999-01-01, 0999-12-31, 0999"})
  void parseAndToStringUseTheShortestForm(String text, LocalDate start, LocalDate end, String printed) {
    ReportingPeriod period = ReportingPeriod.parse(text);

    assertThat(period.start()).as("first day of %s", text).isEqualTo(start);
    assertThat(period.end()).as("last day of %s", text).isEqualTo(end);
    assertThat(period).as("printed").hasToString(printed).isEqualTo(ReportingPeriod.of(start, end));
    assertThat(ReportingPeriod.parse(period.toString())).as("parse(toString())").isEqualTo(period);
  }

  @Test
  void ofYearIsTheCalendarYear() {
    assertThat(ReportingPeriod.ofYear(2020)).as("ofYear(2020)").isEqualTo(ReportingPeriod.parse("2020"))
        .hasSameHashCodeAs(ReportingPeriod.parse("2020"));
  }

  @Test
  void containsIncludesBothEnds() {
    ReportingPeriod march = ReportingPeriod.parse("2020-03");

    assertThat(march.contains(LocalDate.of(2020, 3, 1))).as("first day").isTrue();
    assertThat(march.contains(LocalDate.of(2020, 3, 31))).as("last day").isTrue();
    assertThat(march.contains(LocalDate.of(2020, 4, 1))).as("day after").isFalse();
    assertThat(march.contains(LocalDate.of(2020, 2, 29))).as("day before").isFalse();
  }

  @Test
  void endBeforeStartIsRejected() {
    assertRejected(() -> ReportingPeriod.of(LocalDate.of(2020, 12, 31), LocalDate.of(2020, 1, 1)), "end",
        "end (2020-01-01) must not be before start (2020-12-31)");
    assertRejected(() -> ReportingPeriod.parse("2022-12-31/2020-01-01"), "end",
        "end (2020-01-01) must not be before start (2022-12-31)");
  }

  @ParameterizedTest(name = "year {0}")
  @ValueSource(ints = {0, -1, 10000})
  void ofYearNeedsAFourDigitYear(int year) {
    assertRejected(() -> ReportingPeriod.ofYear(year), "year", "year (" + year + ") must lie in 1 - 9999");
  }

  @Test
  void yearZeroIsRejectedWhenParsed() {
    assertRejected(() -> ReportingPeriod.parse("0000"), "year", "year (0) must lie in 1 - 9999");
  }

  /** Found by fuzzing: {@code +20200-03} parsed, then printed as {@code 20200-03}, which does not parse. */
  @Test
  void daysOutsideFourDigitYearsAreRejected() {
    assertRejected(() -> ReportingPeriod.parse("+20200-03"), "end", "end (+20200-03-31) must lie in the years 1 - 9999");
    assertRejected(() -> ReportingPeriod.parse("-0001-01-01/2020-12-31"), "start",
        "start (-0001-01-01) must lie in the years 1 - 9999");
    assertRejected(() -> ReportingPeriod.of(LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1)), "end",
        "end (+10000-01-01) must lie in the years 1 - 9999");
    assertThat(ReportingPeriod.parse("0001-01-01/9999-12-31").toString()).isEqualTo("0001-01-01/9999-12-31");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"2020-13", "20", "2020/03", "2020-02-30/2020-03-31", "2020-01-01/", "", "二〇二〇",
      "2020-1-1/2020-12-31"})
  void parseRejectsOtherForms(String text) {
    assertRejected(() -> ReportingPeriod.parse(text), "period", "period (\"" + text + "\") must be a year (2020)");
  }
}
