package org.unionkit.io;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Source;

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
      s -> RecordField.text(s.section()));

  /** The source being read: {@link Source} is made by its factories, not a builder. */
  static final class Draft {
    private @Nullable String document;
    private Optional<String> section = Optional.empty();

    /** The source; the required document has been read by now. */
    Source build() {
      String read = Objects.requireNonNull(document);
      return section.isPresent() ? Source.of(read, section.get()) : Source.of(read);
    }
  }

  private final Spec<Source, Draft> spec;

  /** Every field of a source is a string, and none is personal data. */
  SourceField(String field, boolean required, Read<Draft> read, Function<Source, List<String>> values) {
    this.spec = new Spec<>(field, Kind.STRING, required, false, read, values);
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
