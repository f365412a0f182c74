package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.unionkit.model.ValidationException;

/**
 * One field of a record type, described once for every format: its name (the JSON field and the CSV
 * column alike), whether it is required, whether its value is personal data, how it is read from a
 * record's named values ({@link RecordFields}, JSON and CSV alike) and what text it is written as. A
 * record type's fields are the constants of one enum in the order writers write them
 * ({@link MemberField}, {@link OrganisationField}, {@link ContractField}, {@link ProgrammeField},
 * {@link FigureField}, {@link RelationField}, {@link MetadataField}, {@link SourceField}); the static
 * methods here read and write a record from them, so that each format has one reader and one writer for
 * every described type.
 *
 * @param <T> the record type
 * @param <B> its builder
 */
interface RecordField<T, B> {

  /**
   * How a value is written in JSON: a string, a date (a string {@code yyyy-mm-dd}, which formats that type
   * their cells write as a date), a number, an array of strings, or an object (a nested record or a map,
   * written by the mapper; JSON only).
   */
  enum Kind { STRING, DATE, NUMBER, ARRAY, OBJECT }

  /** Reads a field into the builder; a failure is the format's own located {@code IOException}. */
  @FunctionalInterface
  interface Read<B> {
    void read(RecordFields<?> fields, String name, B builder) throws IOException;
  }

  /**
   * What a field is: its name, JSON kind, whether required and whether personal, its reader, its text and,
   * for an {@link Kind#OBJECT}, its value.
   *
   * @param <T> the record type
   * @param <B> its builder
   */
  record Spec<T, B>(String field, Kind kind, boolean required, boolean personal, Read<B> read,
      Function<T, List<String>> values, Function<T, Optional<?>> object) {

    /** A field written as text: a {@link Kind#STRING}, {@link Kind#NUMBER} or {@link Kind#ARRAY}. */
    Spec(String field, Kind kind, boolean required, boolean personal, Read<B> read, Function<T, List<String>> values) {
      this(field, kind, required, personal, read, values, record -> Optional.empty());
    }

    /** A field written as an {@link Kind#OBJECT}, never personal, with no text of its own. */
    static <T, B> Spec<T, B> object(String field, boolean required, Read<B> read, Function<T, Optional<?>> object) {
      return new Spec<>(field, Kind.OBJECT, required, false, read, record -> List.of(), object);
    }
  }

  /** The field's description; the other methods read it. */
  Spec<T, B> spec();

  /** The JSON field name, which is also the CSV column's. */
  default String field() {
    return spec().field();
  }

  default Kind kind() {
    return spec().kind();
  }

  default boolean required() {
    return spec().required();
  }

  /** Whether the value is personal data: messages about it never show it. */
  default boolean personal() {
    return spec().personal();
  }

  /** Reads the field from the record's values into the builder. */
  default void read(RecordFields<?> fields, B builder) throws IOException {
    spec().read().read(fields, field(), builder);
  }

  /** The value's text as written, one element for a scalar, each element of an array; empty when absent. */
  default List<String> values(T record) {
    return spec().values().apply(record);
  }

  /** The fields' names, in the order written. */
  static List<String> names(RecordField<?, ?>[] fields) {
    List<String> names = new ArrayList<>();
    for (RecordField<?, ?> f : fields) {
      names.add(f.field());
    }
    return List.copyOf(names);
  }

  /** The names of the required fields. */
  static Set<String> required(RecordField<?, ?>[] fields) {
    Set<String> names = new HashSet<>();
    for (RecordField<?, ?> f : fields) {
      if (f.required()) {
        names.add(f.field());
      }
    }
    return Set.copyOf(names);
  }

  /**
   * Reads a record from its named values, field by field in the order written, then builds it, which
   * checks the model's rules across fields; a broken rule fails at the field the model names.
   */
  @SuppressWarnings("unchecked") // a RecordFields<X> fails with X only
  static <T, B, X extends IOException> T read(RecordField<T, B>[] fields, RecordFields<X> values, B builder,
      Function<B, T> build) throws X {
    try {
      for (RecordField<T, B> f : fields) {
        f.read(values, builder);
      }
      return build.apply(builder);
    } catch (ValidationException e) {
      throw values.invalid(e);
    } catch (IOException e) {
      throw (X) e;
    }
  }

  /**
   * Writes the record's fields that have a value, in order, inside an object the caller opened; an
   * {@link Kind#OBJECT} through the provider, so that a nested record's kept unknown fields go back too.
   */
  static <T> void write(RecordField<T, ?>[] fields, T record, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    for (RecordField<T, ?> field : fields) {
      if (field.kind() == Kind.OBJECT) {
        Optional<?> object = field.spec().object().apply(record);
        if (object.isPresent()) {
          provider.defaultSerializeField(field.field(), object.get(), gen);
        }
        continue;
      }
      List<String> values = field.values(record);
      if (values.isEmpty()) {
        continue;
      }
      gen.writeFieldName(field.field());
      switch (field.kind()) {
        case STRING, DATE -> gen.writeString(values.get(0));
        case NUMBER -> gen.writeNumber(values.get(0));
        case ARRAY -> {
          gen.writeStartArray();
          for (String value : values) {
            gen.writeString(value);
          }
          gen.writeEndArray();
        }
        case OBJECT -> throw new IllegalStateException("an object is written above");
      }
    }
  }

  /** The record's CSV cells in the order of the fields: an array's items joined by {@code separator}. */
  static <T> List<String> cells(RecordField<T, ?>[] fields, T record, char separator) {
    List<String> cells = new ArrayList<>();
    for (RecordField<T, ?> field : fields) {
      cells.add(String.join(String.valueOf(separator), field.values(record)));
    }
    return cells;
  }

  /** An optional value's text ({@code toString}), for {@link #values}. */
  static List<String> text(Optional<?> value) {
    return value.map(v -> List.of(v.toString())).orElse(List.of());
  }

  /** An optional constant's name, for {@link #values}. */
  static List<String> name(Optional<? extends Enum<?>> value) {
    return value.map(v -> List.of(v.name())).orElse(List.of());
  }
}
