package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Tally;

/** Indicator results in JSON: each cell with its counts, its value in the unit, and the rounding rule. */
class IndicatorTableJsonTest {

  @Test
  void cellsCarryCountsValueUnitAndRounding() throws IOException {
    Tally hebei = Tally.empty().with(Measure.HIGH_SKILL_MEMBERS, 2_470_000).with(Measure.SKILLED_MEMBERS, 9_090_000)
        .with(Measure.CONTRACT_COVERAGE_GROSS, 5_260_000).with(Measure.CONTRACTS, 51_000);
    IndicatorTable table = IndicatorTable.of(List.of("河北省", "空"), List.of(hebei, Tally.empty()),
        List.of(Indicators.HIGH_SKILL_RATIO, Indicators.WORKERS_PER_CONTRACT));

    JsonNode json = UnionJson.mapper().readTree(UnionJson.mapper().writeValueAsString(table));

    assertThat(json.at("/columns/0/indicator").asText()).as("first column").isEqualTo("high-skill-ratio");
    assertThat(json.at("/columns/1/unit").asText()).as("unit of the second column").isEqualTo("人/份");
    assertThat(json.at("/rows/0/label").asText()).as("row label").isEqualTo("河北省");
    JsonNode skill = json.at("/rows/0/cells/0");
    assertThat(skill.get("numerator").asLong()).as("numerator").isEqualTo(2_470_000);
    assertThat(skill.get("denominator").asLong()).as("denominator").isEqualTo(9_090_000);
    assertThat(skill.get("value").decimalValue()).as("27.2 percent, half-up").isEqualByComparingTo("27.2");
    assertThat(skill.get("rounding").asText()).as("rounding").isEqualTo("HALF_UP");
    assertThat(json.at("/rows/0/cells/1/value").decimalValue()).as("5260000 / 51000 = 103.14 persons per contract")
        .isEqualByComparingTo("103.1");
    JsonNode undefined = json.at("/rows/1/cells/0");
    assertThat(undefined.get("defined").asBoolean()).as("an empty row is undefined").isFalse();
    assertThat(undefined.has("value")).as("no value when undefined").isFalse();
  }
}
