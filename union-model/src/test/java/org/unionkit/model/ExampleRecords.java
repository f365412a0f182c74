package org.unionkit.model;

/** Small builders of valid records shared by the tests; each test sets what it is about. */
final class ExampleRecords {
  private ExampleRecords() {}

  /** A root organisation named after its identifier, such as {@code HB工会}. */
  static Organisation organisation(String id, OrganisationKind kind) {
    return Organisation.builder().id(OrganisationId.parse(id)).name(id + "工会").kind(kind).build();
  }

  /** An organisation under {@code parent}. */
  static Organisation organisation(String id, OrganisationKind kind, String parent) {
    return Organisation.builder().id(OrganisationId.parse(id)).name(id + "工会").kind(kind)
        .parent(OrganisationId.parse(parent)).build();
  }

  /** A builder of an employed member on a standard contract, with the required attributes set. */
  static Member.Builder member(String id, String organisation) {
    return Member.builder().id(MemberId.parse(id)).organisation(OrganisationId.parse(organisation))
        .workRelation(WorkRelation.EMPLOYEE).employmentForm(EmploymentForm.STANDARD);
  }
}
