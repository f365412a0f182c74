package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.unionkit.model.CitizenId;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractId;
import org.unionkit.model.FigureId;
import org.unionkit.model.Entry;
import org.unionkit.model.Industry;
import org.unionkit.model.Interval;
import org.unionkit.model.IntervalRules;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.Money;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.Programme;
import org.unionkit.model.ProgrammeId;
import org.unionkit.model.ProgrammeKind;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.Relation;
import org.unionkit.model.RelationKind;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.RoundingAssumption;
import org.unionkit.model.Source;
import org.unionkit.model.ValidationException;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.RatioRange;
import org.unionkit.stats.RoundingRule;
import org.unionkit.stats.Tally;

/**
 * The Jackson module for every unionkit type, in the format {@code docs/FORMAT.md} describes, such as
 * {@code new ObjectMapper().registerModule(new UnionJsonModule())}; {@link UnionJson#mapper()} comes with
 * it registered and strict settings. Jackson's {@code ObjectMapper.findAndRegisterModules()} finds it
 * through the service loader.
 *
 * <p>Scalars (identifiers, codes, quantities, periods, dates) are JSON strings in the text their
 * {@code parse} methods read; money is a JSON number of yuan; records are JSON objects whose absent
 * optional attributes are left out. Reading is strict: unknown, missing, null, duplicated and mistyped
 * fields fail with their location, unless the read carries {@link UnknownFields} (lenient mode), which
 * keeps unknown fields for writing back.
 */
public final class UnionJsonModule extends SimpleModule {
  @Serial private static final long serialVersionUID = 1L;

  /** Registers every serializer and deserializer. */
  public UnionJsonModule() {
    super("unionkit", new Version(0, 1, 0, "SNAPSHOT", "org.unionkit", "union-io"));
    scalar(OrganisationId.class, OrganisationId::toString, OrganisationId::parse);
    scalar(MemberId.class, MemberId::toString, MemberId::parse);
    scalar(ContractId.class, ContractId::toString, ContractId::parse);
    scalar(ProgrammeId.class, ProgrammeId::toString, ProgrammeId::parse);
    scalar(FigureId.class, FigureId::toString, FigureId::parse);
    scalar(Region.class, Region::toString, Region::parse);
    scalar(Industry.class, Industry::toString, Industry::parse);
    scalar(Quantity.class, Quantity::toString, Quantity::parse);
    scalar(Interval.class, Interval::toString, Interval::parse);
    scalar(ReportingPeriod.class, ReportingPeriod::toString, ReportingPeriod::parse);
    scalar(CitizenId.class, CitizenId::unmaskedText, CitizenId::parse);
    scalar(Indicator.class, Indicator::id, UnionJsonModule::indicator);
    addSerializer(Money.class, new StdSerializer<>(Money.class) {
      @Override
      public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(value.yuan());
      }
    });
    addDeserializer(Money.class, new StdDeserializer<>(Money.class) {
      @Override
      public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.currentToken().isNumeric()) {
          throw failure(p, "money must be a number of yuan, found " + Fields.describe(p.currentToken()));
        }
        try {
          return Money.ofYuan(p.getDecimalValue());
        } catch (ValidationException e) {
          throw failure(p, e.getMessage());
        }
      }
    });
    record(Source.class, UnionJsonModule::writeSource, UnionJsonModule::readSource);
    record(ReportedFigure.class, UnionJsonModule::writeFigure, UnionJsonModule::readFigure);
    record(Organisation.class, (o, gen, provider) -> RecordField.write(OrganisationField.values(), o, gen),
        OrganisationField::read);
    record(Member.class, (m, gen, provider) -> RecordField.write(MemberField.values(), m, gen), MemberField::read);
    record(CollectiveContract.class, (c, gen, provider) -> RecordField.write(ContractField.values(), c, gen),
        ContractField::read);
    record(Programme.class, UnionJsonModule::writeProgramme, UnionJsonModule::readProgramme);
    record(Relation.class, UnionJsonModule::writeRelation, UnionJsonModule::readRelation);
    record(Ratio.class, UnionJsonModule::writeRatio, UnionJsonModule::readRatio);
    record(Tally.class, UnionJsonModule::writeTally, UnionJsonModule::readTally);
    record(IntervalRules.class, UnionJsonModule::writeIntervalRules, UnionJsonModule::readIntervalRules);
    addSerializer(RatioRange.class, new StdSerializer<>(RatioRange.class) {
      @Override
      public void serialize(RatioRange range, JsonGenerator gen, SerializerProvider provider) throws IOException {
        writeRange(range, gen);
      }
    });
    addSerializer(IndicatorTable.class, new StdSerializer<>(IndicatorTable.class) {
      @Override
      public void serialize(IndicatorTable table, JsonGenerator gen, SerializerProvider provider) throws IOException {
        writeTable(table, gen);
      }
    });
    DocumentCodec.register(this);
  }

  // ---- plumbing -----------------------------------------------------------------------------------

  /** Writes a record's fields (the object's braces are written around them). */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;
  }

  /** Reads a record from its fields; a {@link ValidationException} becomes a located failure. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Fields fields) throws IOException;
  }

  private <T> void scalar(Class<T> type, Function<T, String> text, Function<String, T> parse) {
    addSerializer(type, new StdSerializer<>(type) {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(text.apply(value));
      }
    });
    addDeserializer(type, new StdDeserializer<>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw failure(p, "must be a string, found " + Fields.describe(p.currentToken()));
        }
        try {
          return parse.apply(p.getText());
        } catch (IllegalArgumentException | DateTimeException e) {
          throw failure(p, String.valueOf(e.getMessage()));
        }
      }
    });
  }

  /** A record: written as an object (kept unknown fields put back), read strictly from its fields. */
  <T> void record(Class<T> type, Writer<T> writer, Reader<T> reader) {
    writer(type, writer);
    addDeserializer(type, new StdDeserializer<>(type) {
      /** Stateless: Jackson may keep it, instead of looking for it again for each record of a document. */
      @Override
      public boolean isCachable() {
        return true;
      }

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Fields fields = Fields.read(p, ctxt);
        T value = readRecord(fields, reader);
        fields.finish(value);
        return value;
      }
    });
  }

  /** A type written as an object whose fields {@code writer} writes, followed by any unknown fields kept for it. */
  <T> void writer(Class<T> type, Writer<T> writer) {
    addSerializer(type, new StdSerializer<>(type) {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        writer.write(value, gen, provider);
        UnknownFields.writeBack(value, gen, provider);
        gen.writeEndObject();
      }
    });
  }

  /** A record nested in a field of {@code parent}, read and finished strictly. */
  static <T> T nested(Fields parent, String name, Reader<T> reader) throws IOException {
    Fields fields = parent.object(name);
    T value = readRecord(fields, reader);
    fields.finish(value);
    return value;
  }

  static <T> T readRecord(Fields fields, Reader<T> reader) throws IOException {
    try {
      return reader.read(fields);
    } catch (ValidationException e) {
      throw fields.invalid(e);
    }
  }

  static Fields.Failure failure(JsonParser p, String reason) {
    return new Fields.Failure(Fields.pointer(p.getParsingContext()), p.currentTokenLocation(), reason);
  }

  private static Indicator indicator(String id) {
    return Indicators.all().stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(Fields.quote(id) + " is not an indicator of the catalogue"));
  }

  private static void optional(JsonGenerator gen, SerializerProvider provider, String name, Optional<?> value)
      throws IOException {
    if (value.isPresent()) {
      provider.defaultSerializeField(name, value.get(), gen);
    }
  }

  // ---- records ------------------------------------------------------------------------------------

  private static void writeSource(Source s, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStringField("document", s.document());
    optional(gen, provider, "section", s.section());
  }

  static Source readSource(Fields f) throws IOException {
    String document = f.text("document");
    Optional<String> section = f.optionalText("section");
    return section.isPresent() ? Source.of(document, section.get()) : Source.of(document);
  }

  private static void writeFigure(ReportedFigure r, JsonGenerator gen, SerializerProvider provider) throws IOException {
    provider.defaultSerializeField("id", r.id(), gen);
    provider.defaultSerializeField("quantity", r.quantity(), gen);
    gen.writeStringField("measure", r.measure());
    gen.writeStringField("englishMeasure", r.englishMeasure());
    provider.defaultSerializeField("period", r.period(), gen);
    optional(gen, provider, "region", r.region());
    provider.defaultSerializeField("source", r.source(), gen);
  }

  private static ReportedFigure readFigure(Fields f) throws IOException {
    ReportedFigure.Builder b = ReportedFigure.builder()
        .id(f.parsed("id", FigureId::parse))
        .quantity(f.parsed("quantity", Quantity::parse))
        .measure(f.text("measure"))
        .englishMeasure(f.text("englishMeasure"))
        .period(f.parsed("period", ReportingPeriod::parse));
    f.optionalParsed("region", Region::parse).ifPresent(b::region);
    return b.source(nested(f, "source", UnionJsonModule::readSource)).build();
  }

  private static void writeRelation(Relation r, JsonGenerator gen, SerializerProvider provider) throws IOException {
    provider.defaultSerializeField("id", r.id(), gen);
    gen.writeStringField("kind", r.kind().name());
    optional(gen, provider, "result", r.result());
    optional(gen, provider, "numerator", r.numerator());
    optional(gen, provider, "denominator", r.denominator());
    if (!r.parts().isEmpty()) {
      gen.writeArrayFieldStart("parts");
      for (FigureId part : r.parts()) {
        gen.writeString(part.toString());
      }
      gen.writeEndArray();
    }
    gen.writeStringField("description", r.description());
    gen.writeStringField("englishDescription", r.englishDescription());
  }

  private static Relation readRelation(Fields f) throws IOException {
    Relation.Builder b = Relation.builder()
        .id(f.parsed("id", FigureId::parse))
        .kind(f.constant("kind", RelationKind.class))
        .description(f.text("description"))
        .englishDescription(f.text("englishDescription"));
    f.optionalParsed("result", FigureId::parse).ifPresent(b::result);
    f.optionalParsed("numerator", FigureId::parse).ifPresent(b::numerator);
    f.optionalParsed("denominator", FigureId::parse).ifPresent(b::denominator);
    b.addAllParts(f.list("parts", FigureId::parse));
    return b.build();
  }

  private static void writeProgramme(Programme p, JsonGenerator gen, SerializerProvider provider) throws IOException {
    provider.defaultSerializeField("id", p.id(), gen);
    gen.writeStringField("kind", p.kind().name());
    optional(gen, provider, "name", p.name());
    provider.defaultSerializeField("organiser", p.organiser(), gen);
    provider.defaultSerializeField("period", p.period(), gen);
    gen.writeObjectFieldStart("outputs");
    for (Map.Entry<String, Quantity> output : p.outputs().entrySet()) {
      gen.writeStringField(output.getKey(), output.getValue().toString());
    }
    gen.writeEndObject();
  }

  private static Programme readProgramme(Fields f) throws IOException {
    Programme.Builder b = Programme.builder()
        .id(f.parsed("id", ProgrammeId::parse))
        .kind(f.constant("kind", ProgrammeKind.class))
        .organiser(f.parsed("organiser", OrganisationId::parse))
        .period(f.parsed("period", ReportingPeriod::parse));
    f.optionalText("name").ifPresent(b::name);
    Optional<Fields> outputs = f.optionalObject("outputs");
    if (outputs.isPresent()) {
      for (String key : outputs.get().names()) {
        b.putOutputs(key, outputs.get().parsed(key, Quantity::parse));
      }
    }
    return b.build();
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
        measure = Fields.constantOf(Measure.class, name);
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
