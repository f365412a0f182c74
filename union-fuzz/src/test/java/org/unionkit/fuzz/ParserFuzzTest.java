package org.unionkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.Function;
import org.unionkit.model.CitizenId;
import org.unionkit.model.Industry;
import org.unionkit.model.Interval;
import org.unionkit.model.MemberId;
import org.unionkit.model.Money;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.ValidationException;
import org.unionkit.stats.Ratio;

/**
 * Every text parser on any text: each either gives a value that prints as text it reads back to the same
 * value, or refuses the text with a {@link ValidationException} naming the field; nothing else may escape
 * (a parser's text is never null: the API says so, as the JDK's parsers do).
 */
class ParserFuzzTest {

  private static <T> void parsesBackOrRefuses(String text, Function<String, T> parse) {
    T value;
    try {
      value = parse.apply(text);
    } catch (ValidationException e) {
      assertThat(e.field()).as("the field refused").isNotBlank();
      return;
    }
    assertThat(parse.apply(value.toString())).as("%s read back from its text", value).isEqualTo(value);
  }

  @FuzzTest
  void quantity(FuzzedDataProvider data) {
    parsesBackOrRefuses(data.consumeRemainingAsString(), Quantity::parse);
  }

  @FuzzTest
  void money(FuzzedDataProvider data) {
    parsesBackOrRefuses(data.consumeRemainingAsString(), Money::parse);
  }

  @FuzzTest
  void region(FuzzedDataProvider data) {
    parsesBackOrRefuses(data.consumeRemainingAsString(), Region::parse);
  }

  @FuzzTest
  void industry(FuzzedDataProvider data) {
    parsesBackOrRefuses(data.consumeRemainingAsString(), Industry::parse);
  }

  @FuzzTest
  void identifiers(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    parsesBackOrRefuses(text, MemberId::parse);
    parsesBackOrRefuses(text, OrganisationId::parse);
  }

  @FuzzTest
  void citizenId(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    // A citizen ID prints masked: what must read back is the number it holds.
    try {
      CitizenId id = CitizenId.parse(text);
      assertThat(CitizenId.parse(id.unmaskedText())).isEqualTo(id);
    } catch (ValidationException e) {
      assertThat(e.getMessage()).as("the message hides the number").doesNotContain(text.strip().length() >= 15
          ? text.strip() : "\u0000");
    }
  }

  @FuzzTest
  void period(FuzzedDataProvider data) {
    parsesBackOrRefuses(data.consumeRemainingAsString(), ReportingPeriod::parse);
  }

  @FuzzTest
  void interval(FuzzedDataProvider data) {
    parsesBackOrRefuses(data.consumeRemainingAsString(), Interval::parse);
  }

  @FuzzTest
  void ratio(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      Ratio ratio = Ratio.parse(text);
      assertThat(Ratio.parse(ratio.toString())).as("%s read back", ratio).isEqualTo(ratio);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).as("a message").isNotBlank();
    }
  }
}
