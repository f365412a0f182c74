package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.unionkit.model.IntervalRules;
import org.unionkit.model.RoundingAssumption;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.RatioRange;
import org.unionkit.stats.RoundingRule;
import org.unionkit.stats.Tally;

/**
 * The JSON of what unionkit computes, as {@code docs/FORMAT.md} describes it: ratios with their counts
 * (read back and checked against them), tallies, interval rules, and the written-only ratio ranges and
 * indicator tables. Part of {@link UnionJsonModule}.
 */
final class IndicatorCodecs {
  private IndicatorCodecs() {}

  /** Registers the codecs with the module. */
  static void register(UnionJsonModule module) {
    module.record(Ratio.class, IndicatorCodecs::writeRatio, IndicatorCodecs::readRatio);
    module.record(Tally.class, IndicatorCodecs::writeTally, IndicatorCodecs::readTally);
    module.record(IntervalRules.class, IndicatorCodecs::writeIntervalRules, IndicatorCodecs::readIntervalRules);
    module.addSerializer(RatioRange.class, new StdSerializer<>(RatioRange.class) {
      @Override
      public void serialize(RatioRange range, JsonGenerator gen, SerializerProvider provider) throws IOException {
        writeRange(range, gen);
      }
    });
    module.addSerializer(IndicatorTable.class, new StdSerializer<>(IndicatorTable.class) {
      @Override
      public void serialize(IndicatorTable table, JsonGenerator gen, SerializerProvider provider) throws IOException {
        writeTable(table, gen);
      }
    });
  }

  private static void writeRatio(Ratio r, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeNumberField("numerator", r.numerator());
    gen.writeNumberField("denominator", r.denominator());
    gen.writeBooleanField("defined", r.isDefined());
    if (r.isDefined()) {
      gen.writeNumberField("value", r.exactValue().orElseThrow());
      gen.writeNumberField("percent", r.percent().orElseThrow());
      gen.writeStringField("rounding", RoundingRule.HALF_UP.name());
    }
  }

  /** Reads the counts; the derived fields, when present, must agree with them. */
  private static Ratio readRatio(Fields f) throws IOException {
    long numerator = f.integer("numerator");
    long denominator = f.count("denominator");
    Ratio ratio = Ratio.of(numerator, denominator);
    Optional<Boolean> defined = f.optionalBoolean("defined");
    if (defined.isPresent() && defined.get() != ratio.isDefined()) {
      throw f.failure("defined", "says " + defined.get() + " but the denominator is " + denominator);
    }
    Optional<BigDecimal> value = f.optionalDecimal("value");
    if (value.isPresent() && !ratio.exactValue().map(v -> v.compareTo(value.get()) == 0).orElse(false)) {
      throw f.failure("value", "(" + value.get().toPlainString() + ") disagrees with the counts: " + ratio);
    }
    Optional<BigDecimal> percent = f.optionalDecimal("percent");
    if (percent.isPresent() && !ratio.percent().map(p -> p.compareTo(percent.get()) == 0).orElse(false)) {
      throw f.failure("percent", "(" + percent.get().toPlainString() + ") disagrees with the counts: " + ratio);
    }
    Optional<String> rounding = f.optionalText("rounding");
    if (rounding.isPresent() && !rounding.get().equals(RoundingRule.HALF_UP.name())) {
      throw f.failure("rounding", "must be HALF_UP, the rule of the percent written");
    }
    return ratio;
  }

  /**
   * A table of results, written only (it is a report, computed from tallies): the columns with their
   * names and units, then each row's cells, each with its counts, its value in the indicator's unit at the
   * unit's decimals (half-up) and the rounding rule.
   */
  private static void writeTable(IndicatorTable table, JsonGenerator gen) throws IOException {
    gen.writeStartObject(table);
    gen.writeArrayFieldStart("columns");
    for (Indicator column : table.columns()) {
      gen.writeStartObject();
      gen.writeStringField("indicator", column.id());
      gen.writeStringField("chinese", column.chinese());
      gen.writeStringField("english", column.english());
      gen.writeStringField("unit", column.unit().symbol());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("rows");
    for (int r = 0; r < table.rows().size(); r++) {
      gen.writeStartObject();
      gen.writeStringField("label", table.rows().get(r));
      gen.writeArrayFieldStart("cells");
      for (int c = 0; c < table.columns().size(); c++) {
        Indicator indicator = table.columns().get(c);
        Ratio ratio = table.cell(r, c);
        gen.writeStartObject();
        gen.writeStringField("indicator", indicator.id());
        gen.writeNumberField("numerator", ratio.numerator());
        gen.writeNumberField("denominator", ratio.denominator());
        gen.writeBooleanField("defined", ratio.isDefined());
        Optional<BigDecimal> value = indicator.value(ratio, RoundingRule.HALF_UP);
        if (value.isPresent()) {
          gen.writeNumberField("value", value.get());
          gen.writeStringField("unit", indicator.unit().symbol());
          gen.writeStringField("rounding", RoundingRule.HALF_UP.name());
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeIntervalRules(IntervalRules r, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeNumberField("nearlyWidth", r.nearlyWidth());
    gen.writeNumberField("aboutWidth", r.aboutWidth());
    gen.writeStringField("rounding", r.rounding().name());
  }

  private static IntervalRules readIntervalRules(Fields f) throws IOException {
    IntervalRules rules = IntervalRules.defaults();
    Optional<BigDecimal> nearly = f.optionalDecimal("nearlyWidth");
    Optional<BigDecimal> about = f.optionalDecimal("aboutWidth");
    Optional<RoundingAssumption> rounding = f.optionalConstant("rounding", RoundingAssumption.class);
    rules = nearly.isPresent() ? rules.withNearlyWidth(nearly.get()) : rules;
    rules = about.isPresent() ? rules.withAboutWidth(about.get()) : rules;
    return rounding.isPresent() ? rules.withRounding(rounding.get()) : rules;
  }

  /**
   * A ratio range, written only (it is computed from intervals): its ends as fractions of one at 10
   * decimals, the lower rounded down and the upper rounded up so that they contain the exact range, with
   * their closedness; the upper end is left out when unbounded.
   */
  private static void writeRange(RatioRange range, JsonGenerator gen) throws IOException {
    gen.writeStartObject(range);
    gen.writeBooleanField("defined", range.isDefined());
    if (range.isDefined()) {
      gen.writeNumberField("lower", range.lower(10).orElseThrow());
      gen.writeBooleanField("lowerClosed", range.isLowerClosed());
      Optional<BigDecimal> upper = range.upper(10);
      if (upper.isPresent()) {
        gen.writeNumberField("upper", upper.get());
        gen.writeBooleanField("upperClosed", range.isUpperClosed());
      }
    }
    gen.writeEndObject();
  }

  private static void writeTally(Tally t, JsonGenerator gen, SerializerProvider provider) throws IOException {
    // Refused as the reader refuses it, so that whatever is written reads back.
    Optional<String> contradiction = t.contradiction();
    if (contradiction.isPresent()) {
      throw JsonMappingException.from(gen, "cannot write a tally whose counts contradict each other: "
          + contradiction.get());
    }
    for (Measure m : Measure.values()) {
      if (t.get(m) != 0) {
        gen.writeNumberField(m.name(), t.get(m));
      }
    }
  }

  private static Tally readTally(Fields f) throws IOException {
    Tally tally = Tally.empty();
    for (String name : f.names()) {
      Measure measure;
      try {
        measure = Texts.constantOf(Measure.class, name);
      } catch (IllegalArgumentException e) {
        throw f.failure(name, "is not a measure: " + e.getMessage());
      }
      tally = tally.with(measure, f.count(name));
    }
    Optional<String> contradiction = tally.contradiction();
    if (contradiction.isPresent()) {
      throw f.failure("counts contradict each other: " + contradiction.get());
    }
    return tally;
  }
}
