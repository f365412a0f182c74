package org.unionkit.io;

import java.io.IOException;
import org.unionkit.model.Industry;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;
import org.unionkit.model.ValidationException;

/** Organisations read from the named values of one record, in JSON or CSV alike (members: {@link MemberField}). */
final class Records {
  private Records() {}

  static <X extends IOException> Organisation organisation(RecordFields<X> f) throws X {
    Organisation.Builder b = Organisation.builder()
        .id(f.parsed("id", OrganisationId::parse))
        .name(f.text("name"))
        .kind(f.constant("kind", OrganisationKind.class));
    f.optionalText("englishName").ifPresent(b::englishName);
    f.optionalParsed("parent", OrganisationId::parse).ifPresent(b::parent);
    f.optionalParsed("region", Region::parse).ifPresent(b::region);
    f.optionalParsed("industry", Industry::parse).ifPresent(b::industry);
    f.optionalConstant("ownership", Ownership.class).ifPresent(b::ownership);
    f.optionalCount("employees", false).ifPresent(b::employees);
    f.optionalParsed("founded", IsoDates::parse).ifPresent(b::founded);
    f.optionalParsed("dissolved", IsoDates::parse).ifPresent(b::dissolved);
    try {
      return b.build();
    } catch (ValidationException e) {
      throw f.invalid(e);
    }
  }
}
