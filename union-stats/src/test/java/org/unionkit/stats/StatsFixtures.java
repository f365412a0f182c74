package org.unionkit.stats;

import java.util.List;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractId;
import org.unionkit.model.ContractKind;
import org.unionkit.model.ContractScope;
import org.unionkit.model.Dataset;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Industry;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;

/**
 * Small hand-built records shared by the example tests, and one province-shaped dataset small enough
 * that every expected count can be worked out by hand:
 *
 * <pre>
 * HB  河北省总工会 (province, 130000)
 * ├── SJZ 石家庄市总工会 (city, 130100)
 * │   ├── U1 private, 120 staff, 130102, C3411  members M1 (高级工), M2 (dispatched, 初级工);
 * │   │                                         contracts C1 comprehensive 120, C2 wages 110
 * │   └── U2 state-owned, 80 staff, 130104      members M3 (技师), M6 (中级工)
 * └── TS  唐山市总工会 (city, 130200)            contract C4 regional, 1000 covered in 20 enterprises
 *     └── U3 private, 300 staff, 130202         members M4 (courier, 学徒工), M5 (retired, no level);
 *                                               contract C3 comprehensive 300
 * </pre>
 */
final class StatsFixtures {
  private StatsFixtures() {}

  /** The validity of every contract here. */
  static final ReportingPeriod YEAR = ReportingPeriod.ofYear(2020);

  static OrganisationId id(String text) {
    return OrganisationId.parse(text);
  }

  static Region region(String code) {
    return Region.parse(code);
  }

  /** A builder of an organisation with its required attributes set. */
  static Organisation.Builder organisation(String id, String name, OrganisationKind kind) {
    return Organisation.builder().id(id(id)).name(name).kind(kind);
  }

  /** A grassroots union of a unit with the given ownership and headcount, under {@code parent}. */
  static Organisation.Builder grassroots(String id, String parent, Ownership ownership, long employees) {
    return organisation(id, id + "工会", OrganisationKind.GRASSROOTS_UNION).parent(id(parent)).ownership(ownership)
        .employees(employees);
  }

  /** A builder of a member with its required attributes set. */
  static Member.Builder member(String id, String organisation, WorkRelation relation, EmploymentForm form) {
    return Member.builder().id(MemberId.parse(id)).organisation(id(organisation)).workRelation(relation)
        .employmentForm(form);
  }

  /** An employee on a standard contract holding {@code level}. */
  static Member employee(String id, String organisation, SkillLevel level) {
    return member(id, organisation, WorkRelation.EMPLOYEE, EmploymentForm.STANDARD).skillLevel(level).build();
  }

  /** An enterprise contract (one enterprise) signed by {@code union}. */
  static CollectiveContract enterpriseContract(String id, String union, ContractKind kind, long covered) {
    return CollectiveContract.builder().id(ContractId.parse(id)).kind(kind).scope(ContractScope.ENTERPRISE)
        .union(id(union)).employer(union + "所在企业").validity(YEAR).coveredEmployees(covered).coveredEnterprises(1)
        .build();
  }

  /** A regional comprehensive contract signed by {@code union} for the enterprises of {@code region}. */
  static CollectiveContract regionalContract(String id, String union, String region, long covered,
      long enterprises) {
    return CollectiveContract.builder().id(ContractId.parse(id)).kind(ContractKind.COMPREHENSIVE)
        .scope(ContractScope.REGIONAL).union(id(union)).employer(region + "企业代表组织").validity(YEAR)
        .coveredEmployees(covered).coveredEnterprises(enterprises).region(region(region)).build();
  }

  static final Organisation HB = organisation("HB", "河北省总工会", OrganisationKind.PROVINCIAL_FEDERATION)
      .region(region("130000")).build();
  static final Organisation SJZ = organisation("SJZ", "石家庄市总工会", OrganisationKind.MUNICIPAL_FEDERATION)
      .parent(id("HB")).region(region("130100")).build();
  static final Organisation TS = organisation("TS", "唐山市总工会", OrganisationKind.MUNICIPAL_FEDERATION)
      .parent(id("HB")).region(region("130200")).build();
  static final Organisation U1 = grassroots("U1", "SJZ", Ownership.PRIVATE, 120).region(region("130102"))
      .industry(Industry.parse("C3411")).build();
  static final Organisation U2 = grassroots("U2", "SJZ", Ownership.STATE_OWNED, 80).region(region("130104")).build();
  static final Organisation U3 = grassroots("U3", "TS", Ownership.PRIVATE, 300).region(region("130202")).build();

  static final Member M1 = employee("M1", "U1", SkillLevel.SENIOR_WORKER);
  static final Member M2 = member("M2", "U1", WorkRelation.EMPLOYEE, EmploymentForm.DISPATCHED)
      .skillLevel(SkillLevel.JUNIOR_WORKER).build();
  static final Member M3 = employee("M3", "U2", SkillLevel.TECHNICIAN);
  static final Member M4 = member("M4", "U3", WorkRelation.EMPLOYEE, EmploymentForm.COURIER)
      .skillLevel(SkillLevel.APPRENTICE).build();
  static final Member M5 = member("M5", "U3", WorkRelation.RETIRED, EmploymentForm.STANDARD).build();
  static final Member M6 = employee("M6", "U2", SkillLevel.INTERMEDIATE_WORKER);

  static final CollectiveContract C1 = enterpriseContract("C1", "U1", ContractKind.COMPREHENSIVE, 120);
  static final CollectiveContract C2 = enterpriseContract("C2", "U1", ContractKind.WAGES, 110);
  static final CollectiveContract C3 = enterpriseContract("C3", "U3", ContractKind.COMPREHENSIVE, 300);
  static final CollectiveContract C4 = regionalContract("C4", "TS", "130200", 1000, 20);

  static final List<Organisation> ORGANISATIONS = List.of(HB, SJZ, TS, U1, U2, U3);
  static final List<Member> MEMBERS = List.of(M1, M2, M3, M4, M5, M6);
  static final List<CollectiveContract> CONTRACTS = List.of(C1, C2, C3, C4);

  /** The province dataset pictured above. */
  static Dataset province() {
    return Dataset.builder().addAllOrganisations(ORGANISATIONS).addAllMembers(MEMBERS).addAllContracts(CONTRACTS)
        .build();
  }

  /** The member measures of a tally only: what organisation and contract records add left out. */
  static Tally memberPart(Tally tally) {
    Tally part = Tally.empty();
    for (Measure m : Measure.values()) {
      if (m.origin() == Measure.Origin.MEMBERS) {
        part = part.with(m, tally.get(m));
      }
    }
    return part;
  }
}
