package org.unionkit.io;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.unionkit.model.FigureId;
import org.unionkit.model.Relation;
import org.unionkit.model.RelationKind;

/**
 * The fields of a relation between figures ({@link RecordField}), in the order the writer writes them:
 * the JSON reader and writer derive from them.
 */
enum RelationField implements RecordField<Relation, Relation.Builder> {
  ID("id", Kind.STRING, true,
      (f, n, b) -> b.id(f.parsed(n, FigureId::parse)),
      r -> List.of(r.id().toString())),
  KIND("kind", Kind.STRING, true,
      (f, n, b) -> b.kind(f.constant(n, RelationKind.class)),
      r -> List.of(r.kind().name())),
  RESULT("result", Kind.STRING, false,
      (f, n, b) -> f.optionalParsed(n, FigureId::parse).ifPresent(b::result),
      r -> RecordField.text(r.result())),
  NUMERATOR("numerator", Kind.STRING, false,
      (f, n, b) -> f.optionalParsed(n, FigureId::parse).ifPresent(b::numerator),
      r -> RecordField.text(r.numerator())),
  DENOMINATOR("denominator", Kind.STRING, false,
      (f, n, b) -> f.optionalParsed(n, FigureId::parse).ifPresent(b::denominator),
      r -> RecordField.text(r.denominator())),
  PARTS("parts", Kind.ARRAY, false,
      (f, n, b) -> b.addAllParts(f.list(n, FigureId::parse)),
      r -> r.parts().stream().map(FigureId::toString).toList()),
  DESCRIPTION("description", Kind.STRING, true,
      (f, n, b) -> b.description(f.text(n)),
      r -> List.of(r.description())),
  ENGLISH_DESCRIPTION("englishDescription", Kind.STRING, true,
      (f, n, b) -> b.englishDescription(f.text(n)),
      r -> List.of(r.englishDescription()));

  private final Spec<Relation, Relation.Builder> spec;

  /** No field of a relation is personal data. */
  RelationField(String field, Kind kind, boolean required, Read<Relation.Builder> read,
      Function<Relation, List<String>> values) {
    this.spec = new Spec<>(field, kind, required, false, read, values);
  }

  @Override
  public Spec<Relation, Relation.Builder> spec() {
    return spec;
  }

  /** Reads a relation from a record's named values ({@link RecordField#read}). */
  static Relation read(RecordFields<?> fields) throws IOException {
    return RecordField.read(values(), fields, Relation.builder(), Relation.Builder::build);
  }
}
