package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;
import java.time.DateTimeException;
import java.util.function.Function;
import org.unionkit.model.CitizenId;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractId;
import org.unionkit.model.FigureId;
import org.unionkit.model.Industry;
import org.unionkit.model.Interval;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.Money;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.Programme;
import org.unionkit.model.ProgrammeId;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.Relation;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;
import org.unionkit.model.ValidationException;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.Indicators;

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
    described(Source.class, SourceField.values(), SourceField::read);
    described(ReportedFigure.class, FigureField.values(), FigureField::read);
    described(Organisation.class, OrganisationField.values(), OrganisationField::read);
    described(Member.class, MemberField.values(), MemberField::read);
    described(CollectiveContract.class, ContractField.values(), ContractField::read);
    described(Programme.class, ProgrammeField.values(), ProgrammeField::read);
    described(Relation.class, RelationField.values(), RelationField::read);
    described(Metadata.class, MetadataField.values(), MetadataField::read);
    IndicatorCodecs.register(this);
    DocumentCodec.register(this);
  }

  // ---- plumbing -----------------------------------------------------------------------------------

  /** Writes a record's fields (the object's braces are written around them). */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;
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
  <T> void record(Class<T> type, Writer<T> writer, Fields.Reader<T> reader) {
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
        T value = Fields.readRecord(fields, reader);
        fields.finish(value);
        return value;
      }
    });
  }

  /** A record described by its {@link RecordField}s, written and read through them. */
  private <T> void described(Class<T> type, RecordField<T, ?>[] fields, Fields.Reader<T> reader) {
    record(type, (value, gen, provider) -> RecordField.write(fields, value, gen, provider), reader);
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

  static Fields.Failure failure(JsonParser p, String reason) {
    return new Fields.Failure(Fields.pointer(p.getParsingContext()), p.currentTokenLocation(), reason);
  }

  private static Indicator indicator(String id) {
    return Indicators.all().stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(Texts.quote(id) + " is not an indicator of the catalogue"));
  }
}
