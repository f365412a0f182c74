package org.unionkit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes unionkit JSON, such as {@code UnionJson.readDataset(Path.of("seeds/hebei-2020.json"))}.
 *
 * <p>{@link #mapper()} is strict: unknown fields, nulls, duplicate fields (checked by the unionkit readers, so
 * that the message names the path), fractions where counts belong
 * and trailing content fail; decimals are read as {@code BigDecimal} and written in plain notation; no
 * polymorphic typing is enabled; reads are limited by {@link ReadLimits} (by default nesting depth 32,
 * numbers of 64 digits, strings of 1,000,000 characters, documents of 2<sup>30</sup> characters). Every
 * failure of the {@code read} methods is a {@link UnionFormatException} naming file, line, column and JSON
 * path.
 */
public final class UnionJson {
  static final ObjectMapper MAPPER = mapper();

  private UnionJson() {}

  /**
   * A new strict mapper with the unionkit module registered; configure the copy as you like.
   *
   * @return the mapper, not null
   */
  public static ObjectMapper mapper() {
    return mapper(ReadLimits.defaults());
  }

  /**
   * A new strict mapper with the unionkit module registered, reading within the given limits.
   *
   * @param limits the limits; not null
   * @return the mapper, not null
   */
  public static ObjectMapper mapper(ReadLimits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits.constraints())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new UnionJsonModule())
        // Decimals in kept unknown fields stay as written: 2.50 is not rewritten as 2.5.
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /**
   * Reads a dataset document, strictly.
   *
   * @param file the file; not null
   * @return the document, not null
   * @throws UnionFormatException if the content is not a valid document, naming where
   * @throws IOException if the file cannot be read
   */
  public static DatasetDocument readDataset(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readDataset(in, file.toString(), null);
    }
  }

  /**
   * Reads a dataset document; with {@code unknown} given, leniently: unknown fields are kept there and
   * {@link #writeDataset(DatasetDocument, OutputStream, UnknownFields)} writes them back.
   *
   * @param in the content, UTF-8; not null
   * @param name the file name for messages; not null
   * @param unknown where to keep unknown fields, or null for a strict read
   * @return the document, not null
   * @throws UnionFormatException if the content is not a valid document, naming where
   * @throws IOException if the stream cannot be read
   */
  public static DatasetDocument readDataset(InputStream in, String name, @Nullable UnknownFields unknown)
      throws IOException {
    return readDataset(in, name, unknown, ReadLimits.defaults());
  }

  /**
   * Reads a dataset document within the given limits, such as a larger document than the defaults allow.
   *
   * @param in the content, UTF-8; not null
   * @param name the file name for messages; not null
   * @param unknown where to keep unknown fields, or null for a strict read
   * @param limits the limits; not null
   * @return the document, not null
   * @throws UnionFormatException if the content is not a valid document, or passes a limit, naming where
   * @throws IOException if the stream cannot be read
   */
  public static DatasetDocument readDataset(InputStream in, String name, @Nullable UnknownFields unknown,
      ReadLimits limits) throws IOException {
    ObjectReader reader = reader(unknown, limits).forType(DatasetDocument.class);
    // Characters, not bytes: the columns of messages then count characters, as editors do.
    try (JsonParser parser = reader.createParser(new StrictText(in, StandardCharsets.UTF_8, name,
        ": unionkit's JSON is UTF-8 (convert a GBK file first, or read it as CSV)"))) {
      return read(reader, parser, name, 0);
    } catch (UnionFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException("reading " + name + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * The one value of the parser's input, read by {@code reader}; every failure located, a limit's too
   * (whose exception carries no location: the parser knows where it stopped).
   *
   * @param lineOffset lines before the input (an NDJSON line is read on its own)
   */
  static <T> T read(ObjectReader reader, JsonParser parser, String file, long lineOffset) throws IOException {
    try {
      T value = reader.readValue(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new UnionFormatException(file, at.getLineNr() + lineOffset, at.getColumnNr(), "",
            "malformed JSON: " + Fields.describe(trailing) + " after the value, where the input must end");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw translate(e, file, lineOffset, parser);
    } catch (NumberFormatException e) {
      // Jackson checks a number's syntax while reading it but its range only when converting it, unwrapped.
      JsonLocation at = parser.currentTokenLocation();
      throw new UnionFormatException(file, at.getLineNr() + lineOffset, at.getColumnNr(),
          Fields.pointer(parser.getParsingContext()), "a number out of range: its exponent is too large");
    }
  }

  /**
   * Writes a dataset document as indented UTF-8 JSON.
   *
   * @param document the document; not null
   * @param out the destination, left open; not null
   * @param unknown unknown fields kept by a lenient read, to write back, or null
   * @throws IOException if writing fails
   */
  public static void writeDataset(DatasetDocument document, OutputStream out, @Nullable UnknownFields unknown)
      throws IOException {
    (unknown == null ? MAPPER.writer() : MAPPER.writer().withAttribute(UnknownFields.ATTRIBUTE, unknown))
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
  }

  /**
   * Writes a dataset document to a file, whole or not at all ({@link AtomicFiles}): a failure leaves the
   * file as it was.
   *
   * @param document the document; not null
   * @param file the file to write or replace; not null
   * @throws IOException if writing fails, naming the file
   */
  public static void writeDataset(DatasetDocument document, Path file) throws IOException {
    AtomicFiles.write(file, out -> writeDataset(document, out, null));
  }

  /**
   * A JSON Schema (draft 2020-12) of the format, shipped in the jar: {@code dataset} (the document) or
   * {@code member} (one line of an NDJSON member stream).
   *
   * @param name the schema's name; not null
   * @return the schema's content, to close after use; not null
   * @throws IllegalArgumentException if there is no such schema
   */
  public static InputStream schema(String name) {
    InputStream in = UnionJson.class.getResourceAsStream(name + ".schema.json");
    if (in == null) {
      throw new IllegalArgumentException("no schema " + Texts.quote(name) + "; the schemas are dataset and member");
    }
    return in;
  }

  /** A reader within the limits; the default limits share one mapper, others make their own. */
  static ObjectReader reader(@Nullable UnknownFields unknown, ReadLimits limits) {
    ObjectReader reader = (limits.equals(ReadLimits.defaults()) ? MAPPER : mapper(limits)).reader()
        .withAttribute(ReadLimits.ATTRIBUTE, limits);
    return unknown == null ? reader : reader.withAttribute(UnknownFields.ATTRIBUTE, unknown);
  }

  /** Refuses a document of another major version, naming the version this library reads. */
  static void checkVersion(String version, JsonParser p) throws Fields.Failure {
    String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
    String ours = DatasetDocument.SCHEMA_VERSION.substring(0, DatasetDocument.SCHEMA_VERSION.indexOf('.'));
    if (!major.equals(ours)) {
      throw UnionJsonModule.failure(p, "this document is format " + Texts.quote(version) + "; this library reads "
          + ours + ".x (it writes " + DatasetDocument.SCHEMA_VERSION + ")" + (major.compareTo(ours) > 0 ? ": upgrade unionkit" : ""));
    }
  }

  /** The located exception for a Jackson failure; {@code lineOffset} shifts lines (NDJSON reads one line at a time). */
  static UnionFormatException translate(JsonProcessingException e, @Nullable String file, long lineOffset,
      JsonParser parser) {
    JsonLocation at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
    long line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() + lineOffset;
    long column = at == null || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
    String path;
    String reason;
    if (e instanceof Fields.Failure f) {
      path = f.pointer();
      reason = f.reason();
    } else if (e instanceof JsonMappingException m) {
      path = pointer(m);
      reason = m.getOriginalMessage();
    } else {
      path = Fields.pointer(parser.getParsingContext());
      reason = "malformed JSON: " + e.getOriginalMessage();
    }
    UnionFormatException located = new UnionFormatException(file, line, column, path, String.valueOf(reason));
    return path.startsWith("/members/") ? located.hidingValues() : located;
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      path.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
    }
    return path.toString();
  }
}
