package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The charts' invariants: escaped text reads back, bars match their values, scales hold what they show. */
class SvgProperties {
  @Test
  void escapedTextHoldsNoMarkupAndReadsBackAsWritten() {
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40)).checkAssert(text -> {
      String escaped = HtmlReport.escape(text);
      assertThat(escaped).as("no character that ends a text or an attribute").doesNotContain("<", ">", "\"", "'")
          .doesNotContainPattern("&(?!amp;|lt;|gt;|quot;|#39;)");
      assertThat(escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
          .replace("&amp;", "&")).as("the text read back").isEqualTo(text);
    });
  }

  @Test
  void barsAreOneAValueWithLengthsInTheOrderOfTheValuesWithinThePlot() {
    qt().forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 30)).checkAssert(tenths -> {
      List<Svg.Bar> bars = tenths.stream().map(t -> new Svg.Bar("b" + t, Optional.of(BigDecimal.valueOf(t, 1)),
          t + "", "")).toList();
      List<Double> widths = Pattern.compile("<rect class=\"bar\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\"")
          .matcher(Svg.bars("b", "t", "d", "%", bars)).results().map(m -> Double.valueOf(m.group(1))).toList();
      assertThat(widths).as("one bar a value").hasSameSizeAs(tenths);
      double longest = widths.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      if (tenths.stream().allMatch(t -> t == 0)) {
        assertThat(longest).as("no bar has a length when every value is 0").isZero();
      } else {
        assertThat(longest).as("the longest bar: within the plot, and at least half of it").isBetween(165.0, 330.0);
      }
      for (int i = 0; i < tenths.size(); i++) {
        for (int j = 0; j < tenths.size(); j++) {
          if (tenths.get(i) < tenths.get(j)) {
            assertThat(widths.get(i)).as("a smaller value's bar (%s < %s)", tenths.get(i), tenths.get(j))
                .isLessThanOrEqualTo(widths.get(j));
          }
        }
      }
    });
  }

  @Test
  void aScaleTopHoldsTheValueWithinTwiceIt() {
    qt().forAll(doubles().between(1e-6, 1e12)).checkAssert(value -> assertThat(Svg.niceCeiling(value))
        .as("the top of a scale for %s", value).isGreaterThanOrEqualTo(value).isLessThanOrEqualTo(2 * value));
  }
}
