package org.unionkit.io;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.unionkit.model.FigureId;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;

/**
 * The fields of a reported figure ({@link RecordField}), in the order the writer writes them: the JSON
 * reader and writer derive from them.
 */
enum FigureField implements RecordField<ReportedFigure, ReportedFigure.Builder> {
  ID("id", Kind.STRING, true,
      (f, n, b) -> b.id(f.parsed(n, FigureId::parse)),
      r -> List.of(r.id().toString())),
  QUANTITY("quantity", Kind.STRING, true,
      (f, n, b) -> b.quantity(f.parsed(n, Quantity::parse)),
      r -> List.of(r.quantity().toString())),
  MEASURE("measure", Kind.STRING, true,
      (f, n, b) -> b.measure(f.text(n)),
      r -> List.of(r.measure())),
  ENGLISH_MEASURE("englishMeasure", Kind.STRING, true,
      (f, n, b) -> b.englishMeasure(f.text(n)),
      r -> List.of(r.englishMeasure())),
  PERIOD("period", Kind.STRING, true,
      (f, n, b) -> b.period(f.parsed(n, ReportingPeriod::parse)),
      r -> List.of(r.period().toString())),
  REGION("region", Kind.STRING, false,
      (f, n, b) -> f.optionalParsed(n, Region::parse).ifPresent(b::region),
      r -> RecordField.text(r.region())),
  SOURCE(Spec.object("source", true,
      (f, n, b) -> b.source(Fields.json(f, n).record(n, SourceField::read)),
      r -> Optional.of(r.source())));

  private final Spec<ReportedFigure, ReportedFigure.Builder> spec;

  /** No field of a figure is personal data. */
  FigureField(String field, Kind kind, boolean required, Read<ReportedFigure.Builder> read,
      Function<ReportedFigure, List<String>> values) {
    this(new Spec<>(field, kind, required, false, read, values));
  }

  FigureField(Spec<ReportedFigure, ReportedFigure.Builder> spec) {
    this.spec = spec;
  }

  @Override
  public Spec<ReportedFigure, ReportedFigure.Builder> spec() {
    return spec;
  }

  /** Reads a figure from a record's named values ({@link RecordField#read}). */
  static ReportedFigure read(RecordFields<?> fields) throws IOException {
    return RecordField.read(values(), fields, ReportedFigure.builder(), ReportedFigure.Builder::build);
  }
}
