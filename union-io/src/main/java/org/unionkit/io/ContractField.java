package org.unionkit.io;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractId;
import org.unionkit.model.ContractKind;
import org.unionkit.model.ContractScope;
import org.unionkit.model.Industry;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;

/**
 * The fields of a collective contract record ({@link RecordField}), in the order the writer writes them:
 * the JSON reader and writer derive from them.
 */
enum ContractField implements RecordField<CollectiveContract, CollectiveContract.Builder> {
  ID("id", Kind.STRING, true,
      (f, n, b) -> b.id(f.parsed(n, ContractId::parse)),
      c -> List.of(c.id().toString())),
  KIND("kind", Kind.STRING, true,
      (f, n, b) -> b.kind(f.constant(n, ContractKind.class)),
      c -> List.of(c.kind().name())),
  SCOPE("scope", Kind.STRING, true,
      (f, n, b) -> b.scope(f.constant(n, ContractScope.class)),
      c -> List.of(c.scope().name())),
  UNION("union", Kind.STRING, true,
      (f, n, b) -> b.union(f.parsed(n, OrganisationId::parse)),
      c -> List.of(c.union().toString())),
  EMPLOYER("employer", Kind.STRING, true,
      (f, n, b) -> b.employer(f.text(n)),
      c -> List.of(c.employer())),
  VALIDITY("validity", Kind.STRING, true,
      (f, n, b) -> b.validity(f.parsed(n, ReportingPeriod::parse)),
      c -> List.of(c.validity().toString())),
  COVERED_EMPLOYEES("coveredEmployees", Kind.NUMBER, true,
      (f, n, b) -> b.coveredEmployees(f.count(n)),
      c -> List.of(String.valueOf(c.coveredEmployees()))),
  COVERED_ENTERPRISES("coveredEnterprises", Kind.NUMBER, true,
      (f, n, b) -> b.coveredEnterprises(f.count(n)),
      c -> List.of(String.valueOf(c.coveredEnterprises()))),
  REGION("region", Kind.STRING, false,
      (f, n, b) -> f.optionalParsed(n, Region::parse).ifPresent(b::region),
      c -> RecordField.text(c.region())),
  INDUSTRY("industry", Kind.STRING, false,
      (f, n, b) -> f.optionalParsed(n, Industry::parse).ifPresent(b::industry),
      c -> RecordField.text(c.industry())),
  SIGNED("signed", Kind.DATE, false,
      (f, n, b) -> f.optionalParsed(n, IsoDates::parse).ifPresent(b::signed),
      c -> RecordField.text(c.signed()));

  private final Spec<CollectiveContract, CollectiveContract.Builder> spec;

  /** No field of a contract is personal data. */
  ContractField(String field, Kind kind, boolean required, Read<CollectiveContract.Builder> read,
      Function<CollectiveContract, List<String>> values) {
    this.spec = new Spec<>(field, kind, required, false, read, values);
  }

  @Override
  public Spec<CollectiveContract, CollectiveContract.Builder> spec() {
    return spec;
  }

  /** Reads a contract from a record's named values ({@link RecordField#read}). */
  static <X extends IOException> CollectiveContract read(RecordFields<X> fields) throws X {
    return RecordField.read(values(), fields, CollectiveContract.builder(), CollectiveContract.Builder::build);
  }
}
