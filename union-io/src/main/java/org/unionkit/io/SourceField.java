package org.unionkit.io;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Source;
import org.unionkit.model.ValidationException;

/**
 * The fields of a source (the document a figure or a dataset comes from, and its section), in the order
 * the writer writes them ({@link RecordField}): the JSON reader and writer derive from them.
 */
enum SourceField implements RecordField<Source, SourceField.Draft> {
  DOCUMENT("document", true,
      (f, n, b) -> b.document = f.text(n),
      s -> List.of(s.document())),
  SECTION("section", false,
      (f, n, b) -> b.section = f.optionalText(n),
      s -> RecordField.text(s.section())),
  LINE("line", (f, n, b) -> b.line = f.optionalCount(n, false), Source::line),
  START("start", (f, n, b) -> b.start = f.optionalCount(n, false), Source::start),
  END("end", (f, n, b) -> b.end = f.optionalCount(n, false), Source::end);

  /** The source being read: {@link Source} is made by its factories, not a builder. */
  static final class Draft {
    private @Nullable String document;
    private Optional<String> section = Optional.empty();
    private OptionalLong line = OptionalLong.empty();
    private OptionalLong start = OptionalLong.empty();
    private OptionalLong end = OptionalLong.empty();

    /** The source; the required document has been read by now. */
    Source build() {
      String read = Objects.requireNonNull(document);
      Source source = section.isPresent() ? Source.of(read, section.get()) : Source.of(read);
      if (line.isEmpty() && start.isEmpty() && end.isEmpty()) {
        return source;
      }
      if (line.isEmpty() || start.isEmpty() || end.isEmpty()) {
        throw new ValidationException("line", "line, start and end must be given all three or none");
      }
      return source.withSpan(line.getAsLong(), start.getAsLong(), end.getAsLong());
    }
  }

  private final Spec<Source, Draft> spec;

  /** The document and section are strings; no field of a source is personal data. */
  SourceField(String field, boolean required, Read<Draft> read, Function<Source, List<String>> values) {
    this.spec = new Spec<>(field, Kind.STRING, required, false, read, values);
  }

  /** The span of an extracted figure: optional whole numbers. */
  SourceField(String field, Read<Draft> read, Function<Source, OptionalLong> value) {
    this.spec = new Spec<>(field, Kind.NUMBER, false, false, read,
        s -> value.apply(s).isPresent() ? List.of(String.valueOf(value.apply(s).getAsLong())) : List.of());
  }

  @Override
  public Spec<Source, Draft> spec() {
    return spec;
  }

  /** Reads a source from a record's named values ({@link RecordField#read}). */
  static Source read(RecordFields<?> fields) throws IOException {
    return RecordField.read(values(), fields, new Draft(), Draft::build);
  }
}
