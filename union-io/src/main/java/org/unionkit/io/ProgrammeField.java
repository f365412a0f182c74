package org.unionkit.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.Programme;
import org.unionkit.model.ProgrammeId;
import org.unionkit.model.ProgrammeKind;
import org.unionkit.model.Quantity;
import org.unionkit.model.ReportingPeriod;

/**
 * The fields of a programme ({@link RecordField}), in the order the writer writes them: the JSON reader
 * and writer derive from them. Its {@code outputs} are an object of named quantities, always written
 * (empty as {@code {}}) and optional to read.
 */
enum ProgrammeField implements RecordField<Programme, Programme.Builder> {
  ID("id", Kind.STRING, true,
      (f, n, b) -> b.id(f.parsed(n, ProgrammeId::parse)),
      p -> List.of(p.id().toString())),
  KIND("kind", Kind.STRING, true,
      (f, n, b) -> b.kind(f.constant(n, ProgrammeKind.class)),
      p -> List.of(p.kind().name())),
  NAME("name", Kind.STRING, false,
      (f, n, b) -> f.optionalText(n).ifPresent(b::name),
      p -> RecordField.text(p.name())),
  ORGANISER("organiser", Kind.STRING, true,
      (f, n, b) -> b.organiser(f.parsed(n, OrganisationId::parse)),
      p -> List.of(p.organiser().toString())),
  PERIOD("period", Kind.STRING, true,
      (f, n, b) -> b.period(f.parsed(n, ReportingPeriod::parse)),
      p -> List.of(p.period().toString())),
  OUTPUTS(Spec.object("outputs", false,
      (f, n, b) -> Fields.json(f, n).optionalRecord(n, ProgrammeField::outputs).ifPresent(b::putAllOutputs),
      p -> Optional.of(p.outputs())));

  private final Spec<Programme, Programme.Builder> spec;

  /** No field of a programme is personal data. */
  ProgrammeField(String field, Kind kind, boolean required, Read<Programme.Builder> read,
      Function<Programme, List<String>> values) {
    this(new Spec<>(field, kind, required, false, read, values));
  }

  ProgrammeField(Spec<Programme, Programme.Builder> spec) {
    this.spec = spec;
  }

  @Override
  public Spec<Programme, Programme.Builder> spec() {
    return spec;
  }

  /** Reads a programme from a record's named values ({@link RecordField#read}). */
  static Programme read(RecordFields<?> fields) throws IOException {
    return RecordField.read(values(), fields, Programme.builder(), Programme.Builder::build);
  }

  /** The outputs: each field a quantity, in the order written. */
  private static Map<String, Quantity> outputs(Fields f) throws IOException {
    Map<String, Quantity> outputs = new LinkedHashMap<>();
    for (String key : f.names()) {
      outputs.put(key, f.parsed(key, Quantity::parse));
    }
    return outputs;
  }
}
