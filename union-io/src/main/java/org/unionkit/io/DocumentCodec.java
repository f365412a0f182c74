package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.Programme;
import org.unionkit.model.Relation;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ValidationException;

/**
 * The dataset document: written with {@code schemaVersion} first, read as a stream (each record of the
 * arrays read and validated one at a time, with its location), so that a document is never held as a
 * tree. A newer major version is refused before anything else is read.
 */
final class DocumentCodec {
  private static final List<String> ARRAYS = List.of("organisations", "members", "contracts", "programmes", "figures",
      "relations");

  private DocumentCodec() {}

  static void register(UnionJsonModule module) {
    module.writer(DatasetDocument.class, (doc, gen, provider) -> {
      gen.writeStringField("schemaVersion", doc.schemaVersion());
      provider.defaultSerializeField("metadata", doc.metadata(), gen);
      writeArrays(doc.dataset(), gen, provider);
    });
    module.writer(Dataset.class, (dataset, gen, provider) -> writeArrays(dataset, gen, provider));
    module.addDeserializer(DatasetDocument.class, new StdDeserializer<>(DatasetDocument.class) {
      @Override
      public DatasetDocument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return readDocument(p, ctxt);
      }
    });
    module.addDeserializer(Dataset.class, new StdDeserializer<>(Dataset.class) {
      @Override
      public Dataset deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Dataset.Builder builder = Dataset.builder();
        expect(p, JsonToken.START_OBJECT, "a dataset must be a JSON object");
        ObjectNode unknown = ctxt.getNodeFactory().objectNode();
        Set<String> seen = new HashSet<>();
        long[] records = new long[1];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          requireFirst(seen, p);
          readField(p, ctxt, builder, unknown, records);
        }
        Dataset dataset = build(builder, p);
        keepUnknown(ctxt, dataset, unknown);
        return dataset;
      }
    });
  }

  private static void writeArrays(Dataset dataset, JsonGenerator gen, SerializerProvider provider) throws IOException {
    writeArray(gen, provider, "organisations", dataset.organisations());
    writeArray(gen, provider, "members", dataset.members());
    writeArray(gen, provider, "contracts", dataset.contracts());
    writeArray(gen, provider, "programmes", dataset.programmes());
    writeArray(gen, provider, "figures", dataset.figures());
    writeArray(gen, provider, "relations", dataset.relations());
  }

  /** Writes through the provider (not the generator's codec), so that nested records see the call's UnknownFields. */
  private static void writeArray(JsonGenerator gen, SerializerProvider provider, String name, List<?> items)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (Object item : items) {
      provider.defaultSerializeValue(item, gen);
    }
    gen.writeEndArray();
  }

  private static DatasetDocument readDocument(JsonParser p, DeserializationContext ctxt) throws IOException {
    expect(p, JsonToken.START_OBJECT, "a dataset document must be a JSON object");
    if (p.nextToken() != JsonToken.FIELD_NAME || !"schemaVersion".equals(p.currentName())) {
      throw UnionJsonModule.failure(p, "a dataset document must start with \"schemaVersion\"");
    }
    p.nextToken();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw UnionJsonModule.failure(p, "schemaVersion must be a string such as \"" + DatasetDocument.SCHEMA_VERSION + "\"");
    }
    String version = p.getText();
    UnionJson.checkVersion(version, p);
    Optional<Metadata> metadata = Optional.empty();
    JsonLocation start = p.currentTokenLocation();
    Dataset.Builder builder = Dataset.builder();
    ObjectNode unknown = ctxt.getNodeFactory().objectNode();
    Set<String> seen = new HashSet<>();
    long[] records = new long[1];
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      requireFirst(seen, p);
      if ("metadata".equals(p.currentName())) {
        p.nextToken();
        metadata = Optional.of(ctxt.readValue(p, Metadata.class));
      } else {
        readField(p, ctxt, builder, unknown, records);
      }
    }
    if (metadata.isEmpty()) {
      throw new Fields.Failure("/metadata", start, "is required");
    }
    DatasetDocument doc;
    try {
      doc = new DatasetDocument(version, metadata.get(), build(builder, p));
    } catch (IllegalArgumentException e) {
      throw new Fields.Failure("/schemaVersion", start, String.valueOf(e.getMessage()));
    }
    keepUnknown(ctxt, doc, unknown);
    return doc;
  }

  /**
   * Reads one top-level field: a record array, one element at a time, or an unknown field; {@code records}
   * counts the document's records against {@link ReadLimits#maxRecords()}.
   */
  private static void readField(JsonParser p, DeserializationContext ctxt, Dataset.Builder builder, ObjectNode unknown,
      long[] records) throws IOException {
    String name = p.currentName();
    p.nextToken();
    if (!ARRAYS.contains(name)) {
      if (UnknownFields.of(ctxt) == null) {
        throw UnionJsonModule.failure(p, "\"" + name + "\" is not a field of a dataset (known: schemaVersion, "
            + "metadata, " + String.join(", ", ARRAYS) + "); read leniently to keep unknown fields");
      }
      unknown.set(name, ctxt.readTree(p));
      return;
    }
    expect(p, JsonToken.START_ARRAY, name + " must be an array");
    switch (name) {
      case "organisations" -> readArray(p, ctxt, Organisation.class, builder::addOrganisations, records);
      case "members" -> readArray(p, ctxt, Member.class, builder::addMembers, records);
      case "contracts" -> readArray(p, ctxt, CollectiveContract.class, builder::addContracts, records);
      case "programmes" -> readArray(p, ctxt, Programme.class, builder::addProgrammes, records);
      case "figures" -> readArray(p, ctxt, ReportedFigure.class, builder::addFigures, records);
      default -> readArray(p, ctxt, Relation.class, builder::addRelations, records);
    }
  }

  /** Reads an array's records, finding their deserializer once rather than once a record. */
  private static <T> void readArray(JsonParser p, DeserializationContext ctxt, Class<T> type, Consumer<T> add,
      long[] records) throws IOException {
    JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(ctxt.constructType(type));
    ReadLimits given = (ReadLimits) ctxt.getAttribute(ReadLimits.ATTRIBUTE);
    ReadLimits limits = given == null ? ReadLimits.defaults() : given;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (++records[0] > limits.maxRecords()) {
        throw UnionJsonModule.failure(p, "the document " + limits.tooManyRecords());
      }
      add.accept(type.cast(deserializer.deserialize(p, ctxt)));
    }
  }

  private static Dataset build(Dataset.Builder builder, JsonParser p) throws Fields.Failure {
    try {
      return builder.build();
    } catch (ValidationException e) {
      throw new Fields.Failure("", p.currentTokenLocation(), String.valueOf(e.getMessage()));
    }
  }

  private static void keepUnknown(DeserializationContext ctxt, Object record, ObjectNode unknown) {
    UnknownFields kept = UnknownFields.of(ctxt);
    if (kept != null && unknown.size() > 0) {
      kept.keep(record, unknown);
    }
  }

  /** A top-level field may appear once: a second "members" would otherwise add to the first silently. */
  private static void requireFirst(Set<String> seen, JsonParser p) throws IOException {
    if (!seen.add(p.currentName())) {
      throw new Fields.Failure("/" + p.currentName(), p.currentTokenLocation(), "appears twice in the document");
    }
  }

  private static void expect(JsonParser p, JsonToken token, String message) throws Fields.Failure {
    if (p.currentToken() != token) {
      throw UnionJsonModule.failure(p, message);
    }
  }
}
