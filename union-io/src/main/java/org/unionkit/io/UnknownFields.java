package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fields a lenient read did not know, kept per record so that writing the same record puts them back
 * unchanged, such as a vendor's {@code "x-hr-system-key"} on a member.
 *
 * <p>They are held by the identity of the record read: a record changed with a {@code withX} copy is a
 * new value, written without the unknown fields of the old one. Not thread-safe: one per read.
 */
public final class UnknownFields {
  static final String ATTRIBUTE = UnknownFields.class.getName();

  private final IdentityHashMap<Object, ObjectNode> byRecord = new IdentityHashMap<>();

  /** Creates an empty collection, to pass to a lenient read. */
  public UnknownFields() {}

  static @Nullable UnknownFields of(DatabindContext context) {
    return (UnknownFields) context.getAttribute(ATTRIBUTE);
  }

  void keep(Object record, ObjectNode fields) {
    byRecord.put(record, fields);
  }

  /**
   * The unknown fields kept for a record read leniently.
   *
   * @param record a record this collection's read produced; not null
   * @return the fields, empty if none; not null
   */
  public Map<String, JsonNode> of(Object record) {
    ObjectNode fields = byRecord.get(record);
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    if (fields != null) {
      fields.properties().forEach(e -> copy.put(e.getKey(), e.getValue()));
    }
    return copy;
  }

  /**
   * How many records carried unknown fields.
   *
   * @return the count
   */
  public int size() {
    return byRecord.size();
  }

  /** Writes the record's kept fields, if any, into the object being written. */
  static void writeBack(Object record, JsonGenerator generator, DatabindContext context) throws IOException {
    UnknownFields kept = of(context);
    ObjectNode fields = kept == null ? null : kept.byRecord.get(record);
    if (fields == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : fields.properties()) {
      generator.writeFieldName(e.getKey());
      generator.writeTree(e.getValue());
    }
  }
}
