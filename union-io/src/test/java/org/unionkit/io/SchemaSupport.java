package org.unionkit.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Dataset;
import org.unionkit.model.Source;
import org.unionkit.testkit.UnionGenerators;

/**
 * The shipped JSON Schemas in a validator that never touches the network: their {@code $id}s
 * ({@code https://unionkit.org/schema/1.3/...}) resolve to the copies in the jar, read through
 * {@link UnionJson#schema(String)}, so {@code member.schema.json}'s reference to
 * {@code dataset.schema.json#/$defs/Member} is found offline. Error locations are JSON Pointers, as in
 * unionkit's own messages.
 */
final class SchemaSupport {
  /** The base of the schemas' identifiers. */
  static final String BASE = "https://unionkit.org/schema/1.3/";

  /** A mapper for the trees to validate: decimals stay exact, so 12.5 is read as written. */
  static final ObjectMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      registry -> registry
          .schemaRegistryConfig(SchemaRegistryConfig.builder()
              .formatAssertionsEnabled(true)
              .pathType(PathType.JSON_POINTER)
              .build())
          .schemaLoader(loader -> loader
              .fetchRemoteResources(false)
              .resourceLoaders(resources -> resources.resources(SchemaSupport::shipped))));

  private static final Schema DATASET = REGISTRY.getSchema(SchemaLocation.of(BASE + "dataset.schema.json"));
  private static final Schema MEMBER = REGISTRY.getSchema(SchemaLocation.of(BASE + "member.schema.json"));

  private SchemaSupport() {}

  /** The text of a shipped schema for one of its identifiers, or null for any other IRI (such as the meta-schema). */
  private static @Nullable String shipped(String iri) {
    if (!iri.startsWith(BASE) || !iri.endsWith(".schema.json")) {
      return null;
    }
    String name = iri.substring(BASE.length(), iri.length() - ".schema.json".length());
    try (InputStream in = UnionJson.schema(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code dataset.schema.json}: the document. */
  static Schema dataset() {
    return DATASET;
  }

  /** {@code member.schema.json}: one NDJSON line. */
  static Schema member() {
    return MEMBER;
  }

  /** One definition of {@code dataset.schema.json}, such as {@code Quantity}. */
  static Schema definition(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + "dataset.schema.json#/$defs/" + name));
  }

  /** The shipped dataset schema as a tree, to compare its lists with the model's. */
  static JsonNode datasetSchemaTree() {
    try (InputStream in = UnionJson.schema("dataset")) {
      return TREES.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about a value, each as {@code pointer: message}; empty when it validates. */
  static List<String> errors(Schema schema, JsonNode value) {
    return schema.validate(value).stream().map(SchemaSupport::describe).toList();
  }

  /** The complaints about JSON text. */
  static List<String> errors(Schema schema, String json) {
    return errors(schema, tree(json));
  }

  /** The JSON Pointers of the values the schema complains about. */
  static List<String> locations(Schema schema, JsonNode value) {
    return schema.validate(value).stream().map(e -> e.getInstanceLocation().toString()).toList();
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }

  static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A document around a generated dataset, with metadata drawn from the same generators: a title, the
   * seed review as source (with or without a section), any period form and, half the time, a region.
   */
  static DatasetDocument document(long seed, int levels, int maxChildren, int maxMembers) {
    UnionGenerators generators = UnionGenerators.seeded(seed);
    Dataset dataset = generators.dataset(levels, maxChildren, maxMembers);
    Source source = seed % 2 == 0 ? Source.of("河北省总工会2020年工作回顾") : Source.of("河北省总工会2020年工作回顾", "3");
    Metadata metadata = new Metadata("河北省工会 " + seed, source, generators.period(),
        seed % 3 == 0 ? Optional.empty() : Optional.of(generators.region()));
    return DatasetDocument.of(metadata, dataset);
  }

  /** The document as {@link UnionJson#writeDataset} writes it. */
  static byte[] written(DatasetDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      UnionJson.writeDataset(document, out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
