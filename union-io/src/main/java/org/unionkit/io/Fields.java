package org.unionkit.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.Serial;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object, read field by field with each value's location, for strict typed access: a missing,
 * null, mistyped, fractional-where-whole, duplicated or unknown field fails with its JSON path, line
 * and column.
 */
final class Fields implements RecordFields<Fields.Failure> {
  private record Entry(JsonNode value, JsonLocation location) {}

  private final DeserializationContext context;
  private final String path;
  private final JsonLocation start;
  private final Map<String, Entry> fields;
  private final Map<String, Boolean> used = new LinkedHashMap<>();

  private Fields(DeserializationContext context, String path, JsonLocation start, Map<String, Entry> fields) {
    this.context = context;
    this.path = path;
    this.start = start;
    this.fields = fields;
  }

  /** Reads the object at the parser's current token (which must start an object) with every field's location. */
  static Fields read(JsonParser parser, DeserializationContext context) throws IOException {
    String path = parser.getParsingContext().pathAsPointer().toString();
    JsonLocation start = parser.currentTokenLocation();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new Failure(path, start, "must be a JSON object, found " + describe(parser.currentToken()));
    }
    Map<String, Entry> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      JsonLocation at = parser.currentTokenLocation();
      JsonNode value = context.readTree(parser);
      if (fields.put(name, new Entry(value, at)) != null) {
        throw new Failure(path + "/" + name, at, "appears twice in one object");
      }
    }
    return new Fields(context, path, start, fields);
  }

  /** An object already read as a tree (nested in a field): its fields share the field's location. */
  private Fields nested(String path, JsonLocation at, JsonNode node) throws Failure {
    if (!node.isObject()) {
      throw new Failure(path, at, "must be a JSON object, found " + kind(node));
    }
    Map<String, Entry> fields = new LinkedHashMap<>();
    node.properties().forEach(e -> fields.put(e.getKey(), new Entry(e.getValue(), at)));
    return new Fields(context, path, at, fields);
  }

  String path() {
    return path;
  }

  private @Nullable Entry entry(String name) throws Failure {
    used.put(name, Boolean.TRUE);
    Entry e = fields.get(name);
    if (e != null && e.value().isNull()) {
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

  @Override
  public Failure failure(String name, String reason) {
    Entry e = fields.get(name);
    return new Failure(path + "/" + name, e == null ? start : e.location(), reason);
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

  static <E extends Enum<E>> E constantOf(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException(quote(text) + " is not one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** A required whole count: an integer from 0 up; a fraction or exponent is refused, never truncated. */
  long count(String name) throws Failure {
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
    return List.copyOf(fields.keySet());
  }

  /**
   * Ends the read: unknown fields fail in strict mode, or are kept for writing back in lenient mode
   * (when the context carries {@link UnknownFields}).
   */
  void finish(Object built) throws Failure {
    ObjectNode unknown = null;
    for (Map.Entry<String, Entry> e : fields.entrySet()) {
      if (used.containsKey(e.getKey())) {
        continue;
      }
      UnknownFields kept = UnknownFields.of(context);
      if (kept == null) {
        throw new Failure(path + "/" + e.getKey(), e.getValue().location(),
            "is not a field of this object (known: " + String.join(", ", new TreeSet<>(used.keySet()))
                + "); read leniently to keep unknown fields");
      }
      if (unknown == null) {
        unknown = context.getNodeFactory().objectNode();
      }
      unknown.set(e.getKey(), e.getValue().value());
    }
    if (unknown != null) {
      UnknownFields.of(context).keep(built, unknown);
    }
  }

  /** Text for a message, JSON-escaped and cut after 100 characters. */
  static String quote(String text) {
    String shown = text.length() > 100 ? text.substring(0, 100) : text;
    return TextNode.valueOf(shown) + (shown.length() < text.length() ? "…" : "");
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
