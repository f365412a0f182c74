package org.unionkit.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serial;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.ValidationException;

/**
 * One JSON object, read field by field with each value's location, for strict typed access: a missing,
 * null, mistyped, fractional-where-whole, duplicated or unknown field fails with its JSON path, line
 * and column.
 */
final class Fields implements RecordFields<Fields.Failure> {
  private record Entry(String name, JsonNode value, JsonLocation location) {}

  private static final int SCANNED = 16;

  private final DeserializationContext context;
  private final String path;
  private final JsonLocation start;
  /** The fields in the order written: a dozen at most in a record, so a scan beats a map. */
  private final List<Entry> fields;
  private final boolean[] used;
  /** Every name the reader asked for, present or not: the known fields a message lists. */
  private final List<String> asked = new ArrayList<>();

  private Fields(DeserializationContext context, String path, JsonLocation start, List<Entry> fields) {
    this.context = context;
    this.path = path;
    this.start = start;
    this.fields = fields;
    this.used = new boolean[fields.size()];
  }

  /** Reads the object at the parser's current token (which must start an object) with every field's location. */
  static Fields read(JsonParser parser, DeserializationContext context) throws IOException {
    String path = pointer(parser.getParsingContext());
    JsonLocation start = parser.currentTokenLocation();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new Failure(path, start, "must be a JSON object, found " + describe(parser.currentToken()));
    }
    List<Entry> fields = new ArrayList<>();
    Set<String> names = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      JsonLocation at = parser.currentTokenLocation();
      JsonNode value = value(parser, token, context);
      // A record has a dozen fields, checked by a scan; an object of many (unknown) fields gets a set.
      if (names == null && fields.size() == SCANNED) {
        names = new HashSet<>();
        for (Entry e : fields) {
          names.add(e.name());
        }
      }
      if (names == null ? indexOf(fields, name) >= 0 : !names.add(name)) {
        throw new Failure(path + "/" + name, at, "appears twice in one object");
      }
      fields.add(new Entry(name, value, at));
    }
    return new Fields(context, path, start, fields);
  }

  /**
   * The value at the parser: strings and small whole numbers, most values by far, become nodes directly, as
   * Jackson's tree reader would make them; anything else is read by it.
   */
  private static JsonNode value(JsonParser parser, JsonToken token, DeserializationContext context)
      throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return context.getNodeFactory().textNode(parser.getText());
    }
    if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
      return context.getNodeFactory().numberNode(parser.getIntValue());
    }
    return context.readTree(parser);
  }

  /** An object already read as a tree (nested in a field): its fields share the field's location. */
  private Fields nested(String path, JsonLocation at, JsonNode node) throws Failure {
    if (!node.isObject()) {
      throw new Failure(path, at, "must be a JSON object, found " + kind(node));
    }
    List<Entry> fields = new ArrayList<>();
    node.properties().forEach(e -> fields.add(new Entry(e.getKey(), e.getValue(), at)));
    return new Fields(context, path, at, fields);
  }

  /**
   * The JSON Pointer of where the parser is, such as {@code /members/5}, as Jackson's
   * {@code pathAsPointer()} gives it but built as one String: the innermost value only where it has a name
   * or index yet, then every enclosing one, escaped as RFC 6901 has it ({@code ~0}, {@code ~1}).
   */
  static String pointer(@Nullable JsonStreamContext context) {
    JsonStreamContext at = context != null && !context.hasPathSegment() ? context.getParent() : context;
    StringBuilder path = new StringBuilder();
    segments(at, path);
    return path.toString();
  }

  private static void segments(@Nullable JsonStreamContext context, StringBuilder path) {
    if (context == null) {
      return;
    }
    segments(context.getParent(), path);
    if (context.inObject()) {
      String name = context.getCurrentName();
      path.append('/').append(name == null ? "" : name.replace("~", "~0").replace("/", "~1"));
    } else if (context.inArray()) {
      path.append('/').append(context.getCurrentIndex());
    }
  }

  /** The index of the named field, or -1; names read by Jackson are interned, so most matches are identities. */
  @SuppressWarnings("ReferenceEquality") // a first pass by identity; the second compares the text
  private static int indexOf(List<Entry> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name() == name) {
        return i;
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  String path() {
    return path;
  }

  private @Nullable Entry entry(String name) throws Failure {
    asked.add(name);
    int i = indexOf(fields, name);
    if (i < 0) {
      return null;
    }
    used[i] = true;
    Entry e = fields.get(i);
    if (e.value().isNull()) {
      throw new Failure(path + "/" + name, e.location(), "must not be null: leave the field out when it has no value");
    }
    return e;
  }

  private Entry required(String name) throws Failure {
    Entry e = entry(name);
    if (e == null) {
      throw new Failure(path + "/" + name, start, "is required");
    }
    return e;
  }

  /** A failure of the object as a whole, located at its start. */
  Failure failure(String reason) {
    return new Failure(path, start, reason);
  }

  @Override
  public Failure failure(String name, String reason) {
    int i = indexOf(fields, name);
    return new Failure(path + "/" + name, i < 0 ? start : fields.get(i).location(), reason);
  }

  /** A required string. */
  @Override
  public String text(String name) throws Failure {
    return text(name, required(name));
  }

  @Override
  public Optional<String> optionalText(String name) throws Failure {
    Entry e = entry(name);
    return e == null ? Optional.empty() : Optional.of(text(name, e));
  }

  private String text(String name, Entry e) throws Failure {
    if (!e.value().isTextual()) {
      throw failure(name, "must be a string, found " + kind(e.value()));
    }
    return e.value().textValue();
  }


  /** A required whole count: an integer from 0 up; a fraction or exponent is refused, never truncated. */
  @Override
  public long count(String name) throws Failure {
    return count(name, required(name));
  }

  @Override
  public OptionalLong optionalCount(String name, boolean personal) throws Failure {
    Entry e = entry(name);
    if (e == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(count(name, e));
    } catch (Failure hidden) {
      if (personal) {
        throw failure(name, "must be a whole number from 0 (the value written is personal data, not shown)");
      }
      throw hidden;
    }
  }

  private long count(String name, Entry e) throws Failure {
    long value = integer(name, e);
    if (value < 0) {
      throw failure(name, "must be a count from 0 to " + Long.MAX_VALUE + ", found " + value);
    }
    return value;
  }

  /** A required whole number of either sign (a fall in a growth rate). */
  long integer(String name) throws Failure {
    return integer(name, required(name));
  }

  private long integer(String name, Entry e) throws Failure {
    JsonNode v = e.value();
    if (!v.isIntegralNumber()) {
      throw failure(name, "must be a whole number, found " + kind(v) + (v.isNumber() ? " " + v.asText() : ""));
    }
    if (!v.canConvertToLong()) {
      throw failure(name, "must lie between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ", found " + v.asText());
    }
    return v.longValue();
  }

  Optional<BigDecimal> optionalDecimal(String name) throws Failure {
    Entry e = entry(name);
    if (e == null) {
      return Optional.empty();
    }
    if (!e.value().isNumber()) {
      throw failure(name, "must be a number, found " + kind(e.value()));
    }
    return Optional.of(e.value().decimalValue());
  }

  Optional<Boolean> optionalBoolean(String name) throws Failure {
    Entry e = entry(name);
    if (e == null) {
      return Optional.empty();
    }
    if (!e.value().isBoolean()) {
      throw failure(name, "must be true or false, found " + kind(e.value()));
    }
    return Optional.of(e.value().booleanValue());
  }

  /** A required nested object. */
  Fields object(String name) throws Failure {
    Entry e = required(name);
    return nested(path + "/" + name, e.location(), e.value());
  }

  Optional<Fields> optionalObject(String name) throws Failure {
    Entry e = entry(name);
    return e == null ? Optional.empty() : Optional.of(nested(path + "/" + name, e.location(), e.value()));
  }

  /** Reads a record from its fields; a {@link ValidationException} becomes a located failure. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Fields fields) throws IOException;
  }

  /** The record {@code reader} reads from the fields, a broken model rule located at its field. */
  static <T> T readRecord(Fields fields, Reader<T> reader) throws IOException {
    try {
      return reader.read(fields);
    } catch (ValidationException e) {
      throw fields.invalid(e);
    }
  }

  /**
   * The JSON fields behind a record's values, for a field that holds a nested record (a figure's
   * source): only JSON has them, so any other format fails at the field.
   */
  static Fields json(RecordFields<?> values, String name) throws IOException {
    if (values instanceof Fields fields) {
      return fields;
    }
    throw values.failure(name, "is a nested record, which only JSON holds");
  }

  /** A nested record, read by {@code reader} and finished strictly; empty when absent. */
  <R> Optional<R> optionalRecord(String name, Reader<R> reader) throws IOException {
    Optional<Fields> object = optionalObject(name);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    R value = readRecord(object.get(), reader);
    object.get().finish(value);
    return Optional.of(value);
  }

  /** A required nested record ({@link #optionalRecord}). */
  <R> R record(String name, Reader<R> reader) throws IOException {
    Optional<R> record = optionalRecord(name, reader);
    if (record.isEmpty()) {
      throw failure(name, "is required");
    }
    return record.get();
  }

  /** An optional array of strings, each read by {@code parse}; absent is empty. */
  @Override
  public <T> List<T> list(String name, Function<String, T> parse) throws Failure {
    Entry e = entry(name);
    List<T> items = new ArrayList<>();
    if (e == null) {
      return items;
    }
    if (!e.value().isArray()) {
      throw failure(name, "must be an array, found " + kind(e.value()));
    }
    for (int i = 0; i < e.value().size(); i++) {
      JsonNode item = e.value().get(i);
      if (!item.isTextual()) {
        throw new Failure(path + "/" + name + "/" + i, e.location(), "must be a string, found " + kind(item));
      }
      items.add(parse(name, item.textValue(), parse));
    }
    return items;
  }

  /** The names of the object's fields, in the order written. */
  List<String> names() {
    return fields.stream().map(Entry::name).toList();
  }

  /**
   * Ends the read: unknown fields fail in strict mode, or are kept for writing back in lenient mode
   * (when the context carries {@link UnknownFields}).
   */
  void finish(Object built) throws Failure {
    ObjectNode unknown = null;
    for (int i = 0; i < fields.size(); i++) {
      if (used[i]) {
        continue;
      }
      Entry e = fields.get(i);
      UnknownFields kept = UnknownFields.of(context);
      if (kept == null) {
        throw new Failure(path + "/" + e.name(), e.location(),
            "is not a field of this object (known: " + String.join(", ", new TreeSet<>(asked))
                + "); read leniently to keep unknown fields");
      }
      if (unknown == null) {
        unknown = context.getNodeFactory().objectNode();
      }
      unknown.set(e.name(), e.value());
    }
    if (unknown != null) {
      UnknownFields.of(context).keep(built, unknown);
    }
  }


  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case NUMBER -> node.isIntegralNumber() ? "an integer" : "a decimal";
      case STRING -> "a string";
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }

  /** What a token is, in the words of the messages: "a number", "an array", ... */
  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case FIELD_NAME -> "a field name";
      case VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE -> "an unreadable value";
    };
  }

  /** A located failure: the path, line and column of the value at fault. */
  static final class Failure extends JsonMappingException {
    @Serial private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String reason;

    Failure(String pointer, JsonLocation location, String reason) {
      super(null, reason, location);
      this.pointer = pointer;
      this.reason = reason;
    }

    String pointer() {
      return pointer;
    }

    String reason() {
      return reason;
    }
  }
}
