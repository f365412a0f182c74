package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Interval;
import org.unionkit.model.IntervalRules;
import org.unionkit.model.Region;
import org.unionkit.model.RoundingAssumption;
import org.unionkit.stats.RatioRange;

/** Interval rules round-trip; ratio ranges are written with ends that contain the exact range. */
class DerivedValuesJsonTest {
  private static final ObjectMapper MAPPER = UnionJson.mapper();

  @Test
  void jacksonFindsTheModuleThroughTheServiceLoader() throws IOException {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertThat(plain.getRegisteredModuleIds()).as("registered modules").contains("unionkit");
    assertThat(plain.writeValueAsString(Region.parse("130100"))).as("a region").isEqualTo("\"130100\"");
  }

  @Test
  void intervalRulesRoundTripAndDefaultWhenLeftOut() throws IOException {
    IntervalRules rules = IntervalRules.defaults().withAboutWidth(new BigDecimal("0.10"))
        .withRounding(RoundingAssumption.NEVER_ROUNDED);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(rules), IntervalRules.class)).as("round trip").isEqualTo(rules);
    assertThat(MAPPER.readValue("{}", IntervalRules.class)).as("all left out").isEqualTo(IntervalRules.defaults());
  }

  @Test
  void ratioRangeEndsContainTheExactRange() throws IOException {
    // 247万 / 909万 read as rounded counts: from 2465000/9095000 = 0.27102803... to 2475000/9085000 = 0.27242708...
    RatioRange range = RatioRange.of(Interval.closedOpen(BigDecimal.valueOf(2_465_000), BigDecimal.valueOf(2_475_000)),
        Interval.closedOpen(BigDecimal.valueOf(9_085_000), BigDecimal.valueOf(9_095_000)));
    JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(range));
    assertThat(json.get("defined").asBoolean()).as("defined").isTrue();
    assertThat(json.get("lower").decimalValue()).as("lower, rounded down").isEqualByComparingTo("0.2710280373");
    assertThat(json.get("upper").decimalValue()).as("upper, rounded up").isEqualByComparingTo("0.2724270777");
    assertThat(json.get("lowerClosed").asBoolean()).as("lower end open").isFalse();
    JsonNode unbounded = MAPPER.readTree(MAPPER.writeValueAsString(
        RatioRange.of(Interval.atLeast(BigDecimal.ONE), Interval.point(BigDecimal.TEN))));
    assertThat(unbounded.has("upper")).as("no upper end when unbounded").isFalse();
  }
}
