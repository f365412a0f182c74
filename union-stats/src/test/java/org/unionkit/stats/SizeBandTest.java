package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeBandTest {

  @ParameterizedTest(name = "{0} employees: {1}")
  @CsvSource({
      "0,                   BELOW_25",
      "1,                   BELOW_25",
      "24,                  BELOW_25",
      "25,                  FROM_25_TO_99",
      "99,                  FROM_25_TO_99",
      "100,                 FROM_100_TO_299",
      "120,                 FROM_100_TO_299",
      "299,                 FROM_100_TO_299",
      "300,                 FROM_300_TO_999",
      "999,                 FROM_300_TO_999",
      "1000,                FROM_1000",
      "9223372036854775807, FROM_1000"})
  void bandOfAHeadcount(long employees, SizeBand band) {
    assertThat(SizeBand.of(employees)).as("band of %s", employees).isEqualTo(band);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "BELOW_25,        false",
      "FROM_25_TO_99,   false",
      "FROM_100_TO_299, true",
      "FROM_300_TO_999, true",
      "FROM_1000,       true"})
  void hundredOrMore(SizeBand band, boolean hundredOrMore) {
    assertThat(band.isHundredOrMore()).as("百人以上").isEqualTo(hundredOrMore);
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource({
      "BELOW_25,        25人以下,     below 25",
      "FROM_25_TO_99,   25-99人,      25-99",
      "FROM_100_TO_299, 100-299人,    100-299",
      "FROM_300_TO_999, 300-999人,    300-999",
      "FROM_1000,       1000人及以上, 1000 and more"})
  void labels(SizeBand band, String chinese, String english) {
    assertThat(band.chinese()).as("Chinese").isEqualTo(chinese);
    assertThat(band.english()).as("English").isEqualTo(english);
  }

  @Test
  void negativeHeadcountIsRejected() {
    assertThatThrownBy(() -> SizeBand.of(-1)).as("-1 employees")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
