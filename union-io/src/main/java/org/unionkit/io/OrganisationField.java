package org.unionkit.io;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.unionkit.model.Industry;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;

/**
 * The fields of an organisation record ({@link RecordField}), in the order writers write them: the JSON
 * reader and writer and the CSV columns and cells derive from them.
 */
enum OrganisationField implements RecordField<Organisation, Organisation.Builder> {
  ID("id", Kind.STRING, true,
      (f, n, b) -> b.id(f.parsed(n, OrganisationId::parse)),
      o -> List.of(o.id().toString())),
  NAME("name", Kind.STRING, true,
      (f, n, b) -> b.name(f.text(n)),
      o -> List.of(o.name())),
  ENGLISH_NAME("englishName", Kind.STRING, false,
      (f, n, b) -> f.optionalText(n).ifPresent(b::englishName),
      o -> RecordField.text(o.englishName())),
  KIND("kind", Kind.STRING, true,
      (f, n, b) -> b.kind(f.constant(n, OrganisationKind.class)),
      o -> List.of(o.kind().name())),
  PARENT("parent", Kind.STRING, false,
      (f, n, b) -> f.optionalParsed(n, OrganisationId::parse).ifPresent(b::parent),
      o -> RecordField.text(o.parent())),
  REGION("region", Kind.STRING, false,
      (f, n, b) -> f.optionalParsed(n, Region::parse).ifPresent(b::region),
      o -> RecordField.text(o.region())),
  INDUSTRY("industry", Kind.STRING, false,
      (f, n, b) -> f.optionalParsed(n, Industry::parse).ifPresent(b::industry),
      o -> RecordField.text(o.industry())),
  OWNERSHIP("ownership", Kind.STRING, false,
      (f, n, b) -> f.optionalConstant(n, Ownership.class).ifPresent(b::ownership),
      o -> RecordField.name(o.ownership())),
  EMPLOYEES("employees", Kind.NUMBER, false,
      (f, n, b) -> f.optionalCount(n, false).ifPresent(b::employees),
      o -> o.employees().isPresent() ? List.of(String.valueOf(o.employees().getAsLong())) : List.of()),
  FOUNDED("founded", Kind.DATE, false,
      (f, n, b) -> f.optionalDate(n).ifPresent(b::founded),
      o -> RecordField.text(o.founded())),
  DISSOLVED("dissolved", Kind.DATE, false,
      (f, n, b) -> f.optionalDate(n).ifPresent(b::dissolved),
      o -> RecordField.text(o.dissolved()));

  private final Spec<Organisation, Organisation.Builder> spec;

  /** No field of an organisation is personal data. */
  OrganisationField(String field, Kind kind, boolean required, Read<Organisation.Builder> read,
      Function<Organisation, List<String>> values) {
    this.spec = new Spec<>(field, kind, required, false, read, values);
  }

  @Override
  public Spec<Organisation, Organisation.Builder> spec() {
    return spec;
  }

  /** Reads an organisation from a record's named values ({@link RecordField#read}). */
  static <X extends IOException> Organisation read(RecordFields<X> fields) throws X {
    return RecordField.read(values(), fields, Organisation.builder(), Organisation.Builder::build);
  }
}
