package org.unionkit.io;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;

/**
 * The fields of a dataset document's metadata ({@link RecordField}), in the order the writer writes them:
 * the JSON reader and writer derive from them.
 */
enum MetadataField implements RecordField<Metadata, MetadataField.Draft> {
  TITLE("title", Kind.STRING, true,
      (f, n, b) -> b.title = MetadataField.notBlank(f, n),
      m -> List.of(m.title())),
  SOURCE(Spec.object("source", true,
      (f, n, b) -> b.source = Fields.json(f, n).record(n, SourceField::read),
      m -> Optional.of(m.source()))),
  PERIOD("period", Kind.STRING, true,
      (f, n, b) -> b.period = f.parsed(n, ReportingPeriod::parse),
      m -> List.of(m.period().toString())),
  REGION("region", Kind.STRING, false,
      (f, n, b) -> b.region = f.optionalParsed(n, Region::parse),
      m -> RecordField.text(m.region()));

  /** The metadata being read: {@link Metadata} is a record without a builder of its own. */
  static final class Draft {
    private @Nullable String title;
    private @Nullable Source source;
    private @Nullable ReportingPeriod period;
    private Optional<Region> region = Optional.empty();

    /** The metadata; every required field has been read by now. */
    Metadata build() {
      return new Metadata(Objects.requireNonNull(title), Objects.requireNonNull(source), Objects.requireNonNull(period),
          region);
    }
  }

  private final Spec<Metadata, Draft> spec;

  /** No field of the metadata is personal data. */
  MetadataField(String field, Kind kind, boolean required, Read<Draft> read, Function<Metadata, List<String>> values) {
    this(new Spec<>(field, kind, required, false, read, values));
  }

  MetadataField(Spec<Metadata, Draft> spec) {
    this.spec = spec;
  }

  @Override
  public Spec<Metadata, Draft> spec() {
    return spec;
  }

  /** Reads metadata from a record's named values ({@link RecordField#read}). */
  static Metadata read(RecordFields<?> fields) throws IOException {
    return RecordField.read(values(), fields, new Draft(), Draft::build);
  }

  /** A title that says something: blank fails, located at the field. */
  private static String notBlank(RecordFields<?> f, String name) throws IOException {
    String text = f.text(name);
    if (text.isBlank()) {
      throw f.failure(name, "must not be blank");
    }
    return text;
  }
}
