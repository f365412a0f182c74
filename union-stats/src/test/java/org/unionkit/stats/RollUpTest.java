package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionkit.stats.StatsFixtures.CONTRACTS;
import static org.unionkit.stats.StatsFixtures.HB;
import static org.unionkit.stats.StatsFixtures.MEMBERS;
import static org.unionkit.stats.StatsFixtures.SJZ;
import static org.unionkit.stats.StatsFixtures.TS;
import static org.unionkit.stats.StatsFixtures.U1;
import static org.unionkit.stats.StatsFixtures.U2;
import static org.unionkit.stats.StatsFixtures.U3;
import static org.unionkit.stats.StatsFixtures.enterpriseContract;
import static org.unionkit.stats.StatsFixtures.id;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unionkit.model.ContractKind;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.SkillLevel;

/** Roll-ups over the province of {@link StatsFixtures}; every expected tally is worked out from its picture. */
class RollUpTest {
  private static final Dataset PROVINCE = StatsFixtures.province();

  /** U1: M1 (高级工), M2 (初级工), both employees; 120 staff; C1 120 and C2 110, covered once: 120. */
  private static final Tally U1_OWN = Tally.empty()
      .with(Measure.MEMBERS, 2).with(Measure.EMPLOYEE_MEMBERS, 2).with(Measure.SKILLED_MEMBERS, 2)
      .with(Measure.HIGH_SKILL_MEMBERS, 1)
      .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 120)
      .with(Measure.CONTRACTS, 2).with(Measure.CONTRACT_COVERAGE_GROSS, 230).with(Measure.COVERED_EMPLOYEES, 120)
      .with(Measure.UNITS_WITH_CONTRACT, 1);
  /** U2: M3 (技师, employee); 80 staff. */
  private static final Tally U2_OWN = Tally.empty()
      .with(Measure.MEMBERS, 2).with(Measure.EMPLOYEE_MEMBERS, 2).with(Measure.SKILLED_MEMBERS, 2)
      .with(Measure.HIGH_SKILL_MEMBERS, 1).with(Measure.TECHNICIAN_OR_ABOVE_MEMBERS, 1)
      .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 80);
  /** U3: M4 (courier apprentice, employee), M5 (retired); 300 staff; C3 300. */
  private static final Tally U3_OWN = Tally.empty()
      .with(Measure.MEMBERS, 2).with(Measure.EMPLOYEE_MEMBERS, 1).with(Measure.APPRENTICE_MEMBERS, 1)
      .with(Measure.NEW_EMPLOYMENT_MEMBERS, 1).with(Measure.COURIER_MEMBERS, 1)
      .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 300)
      .with(Measure.CONTRACTS, 1).with(Measure.CONTRACT_COVERAGE_GROSS, 300).with(Measure.COVERED_EMPLOYEES, 300)
      .with(Measure.UNITS_WITH_CONTRACT, 1);
  /** SJZ holds no member (members belong to grassroots unions) and, a federation, is no unit. */
  private static final Tally SJZ_OWN = Tally.empty();
  /** TS's regional contract C4, 1000 covered. */
  private static final Tally TS_OWN = Tally.empty()
      .with(Measure.CONTRACTS, 1).with(Measure.CONTRACT_COVERAGE_GROSS, 1000).with(Measure.COVERED_EMPLOYEES, 1000);

  /** SJZ + U1 + U2. */
  private static final Tally SJZ_SUBTREE = Tally.empty()
      .with(Measure.MEMBERS, 4).with(Measure.EMPLOYEE_MEMBERS, 4).with(Measure.SKILLED_MEMBERS, 4)
      .with(Measure.HIGH_SKILL_MEMBERS, 2).with(Measure.TECHNICIAN_OR_ABOVE_MEMBERS, 1)
      .with(Measure.UNIONISED_UNITS, 2).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 200)
      .with(Measure.CONTRACTS, 2).with(Measure.CONTRACT_COVERAGE_GROSS, 230).with(Measure.COVERED_EMPLOYEES, 120)
      .with(Measure.UNITS_WITH_CONTRACT, 1);
  /** TS + U3. */
  private static final Tally TS_SUBTREE = Tally.empty()
      .with(Measure.MEMBERS, 2).with(Measure.EMPLOYEE_MEMBERS, 1).with(Measure.APPRENTICE_MEMBERS, 1)
      .with(Measure.NEW_EMPLOYMENT_MEMBERS, 1).with(Measure.COURIER_MEMBERS, 1)
      .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 300)
      .with(Measure.CONTRACTS, 2).with(Measure.CONTRACT_COVERAGE_GROSS, 1300).with(Measure.COVERED_EMPLOYEES, 1300)
      .with(Measure.UNITS_WITH_CONTRACT, 1);
  /** Everything. */
  private static final Tally HB_SUBTREE = Tally.empty()
      .with(Measure.MEMBERS, 6).with(Measure.EMPLOYEE_MEMBERS, 5).with(Measure.SKILLED_MEMBERS, 4)
      .with(Measure.APPRENTICE_MEMBERS, 1).with(Measure.HIGH_SKILL_MEMBERS, 2)
      .with(Measure.TECHNICIAN_OR_ABOVE_MEMBERS, 1).with(Measure.NEW_EMPLOYMENT_MEMBERS, 1)
      .with(Measure.COURIER_MEMBERS, 1)
      .with(Measure.UNIONISED_UNITS, 3).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 500)
      .with(Measure.CONTRACTS, 4).with(Measure.CONTRACT_COVERAGE_GROSS, 1530).with(Measure.COVERED_EMPLOYEES, 1420)
      .with(Measure.UNITS_WITH_CONTRACT, 2);

  private final RollUp rollUp = RollUp.of(PROVINCE);

  @Test
  void ownTallyOfEachOrganisation() {
    assertThat(rollUp.own(HB.id())).as("HB").isEqualTo(Tally.empty());
    assertThat(rollUp.own(SJZ.id())).as("SJZ").isEqualTo(SJZ_OWN);
    assertThat(rollUp.own(TS.id())).as("TS").isEqualTo(TS_OWN);
    assertThat(rollUp.own(U1.id())).as("U1").isEqualTo(U1_OWN);
    assertThat(rollUp.own(U2.id())).as("U2").isEqualTo(U2_OWN);
    assertThat(rollUp.own(U3.id())).as("U3").isEqualTo(U3_OWN);
  }

  @Test
  void subtreeTallyOfEachOrganisation() {
    assertThat(rollUp.subtree(HB.id())).as("HB").isEqualTo(HB_SUBTREE);
    assertThat(rollUp.subtree(SJZ.id())).as("SJZ").isEqualTo(SJZ_SUBTREE);
    assertThat(rollUp.subtree(TS.id())).as("TS").isEqualTo(TS_SUBTREE);
    assertThat(rollUp.subtree(U1.id())).as("leaf U1: its own").isEqualTo(U1_OWN);
    assertThat(rollUp.subtree(U2.id())).as("leaf U2: its own").isEqualTo(U2_OWN);
    assertThat(rollUp.subtree(U3.id())).as("leaf U3: its own").isEqualTo(U3_OWN);
  }

  @Test
  void subtreeIsOwnPlusChildrensSubtrees() {
    assertThat(rollUp.subtree(SJZ.id())).as("SJZ").isEqualTo(SJZ_OWN.plus(U1_OWN).plus(U2_OWN));
    assertThat(rollUp.subtree(HB.id())).as("HB")
        .isEqualTo(rollUp.own(HB.id()).plus(rollUp.subtree(SJZ.id())).plus(rollUp.subtree(TS.id())));
  }

  @Test
  void rootSubtreeEqualsTheDatasetTally() {
    assertThat(rollUp.subtree(HB.id())).as("root").isEqualTo(Tally.of(PROVINCE));
  }

  @Test
  void reportsTheWorkDone() {
    // 6 members and 4 contracts read once; SJZ, TS, U1, U2 and U3 each merged into their parent.
    assertThat(rollUp.recordsRead()).as("records read").isEqualTo(10);
    assertThat(rollUp.merges()).as("merges").isEqualTo(5);
    assertThat(rollUp.tree().size()).as("tree").isEqualTo(6);
    assertThat(rollUp.scope()).as("scope").isEqualTo(Scope.all());
    assertThat(rollUp).as("text")
        .hasToString("RollUp[OrganisationTree[6 organisations, 1 root, 3 levels], CountOptions[all time, "
            + "all organisations], members: 6 read, 6 counted, 0 outside the period, 0 rejected, contracts: 4 read, "
            + "4 counted, 0 outside the period, 0 rejected, 5 merges]");
  }

  @Test
  void datasetRollUpEqualsTheExplicitOne() {
    RollUp explicit = RollUp.of(PROVINCE.tree(), MEMBERS, CONTRACTS, CountOptions.allTime());

    for (var o : PROVINCE.organisations()) {
      assertThat(explicit.own(o.id())).as("own %s", o.id()).isEqualTo(rollUp.own(o.id()));
      assertThat(explicit.subtree(o.id())).as("subtree %s", o.id()).isEqualTo(rollUp.subtree(o.id()));
    }
  }

  @Test
  void memberOfAnOrganisationNotInTheTreeIsRejected() {
    List<Member> members = List.of(StatsFixtures.M1, StatsFixtures.employee("M99", "ZZ", SkillLevel.TECHNICIAN));

    RollUp withStranger = RollUp.of(PROVINCE.tree(), members, List.of(), CountOptions.allTime());

    assertThat(withStranger.members()).as("counts").isEqualTo(new RecordCounts(2, 1, 0, 1));
    assertThat(withStranger.rejections()).as("member M99 of ZZ").singleElement().hasToString(
        "member 2 (M99): organisation-not-in-tree: organisation ZZ is not in the tree counted over");
    assertThat(withStranger.subtree(HB.id()).get(Measure.MEMBERS)).as("M1 counted").isEqualTo(1);
  }

  @Test
  void contractOfAUnionNotInTheTreeIsRejected() {
    var contracts = List.of(enterpriseContract("C99", "ZZ", ContractKind.WAGES, 10));

    RollUp withStranger = RollUp.of(PROVINCE.tree(), List.of(), contracts, CountOptions.allTime());

    assertThat(withStranger.contracts()).as("counts").isEqualTo(new RecordCounts(1, 0, 0, 1));
    assertThat(withStranger.rejections()).as("contract C99 of ZZ").singleElement().hasToString(
        "contract 1 (C99): organisation-not-in-tree: union ZZ is not in the tree counted over");
    assertThat(withStranger.subtree(HB.id()).get(Measure.CONTRACTS)).as("not counted").isZero();
  }

  @Test
  void askingForAnOrganisationNotInTheTreeIsRejected() {
    assertThatThrownBy(() -> rollUp.own(id("ZZ"))).as("own").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZZ");
    assertThatThrownBy(() -> rollUp.subtree(id("ZZ"))).as("subtree").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZZ");
  }

  @Test
  void memberTalliesGiveTheOwnMemberCountsOfEachUnionAndRollUpAsTheMembers() {
    RollUp.Accumulator accumulator = RollUp.accumulator(PROVINCE.tree(), CountOptions.allTime());
    MEMBERS.forEach(accumulator::add);
    Map<OrganisationId, Tally> tallies = accumulator.memberTallies();
    assertThat(tallies.keySet()).as("the unions with members, in pre-order").containsExactly(U1.id(), U2.id(), U3.id());
    assertThat(tallies.get(U1.id())).as("U1's two members").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 2).with(Measure.EMPLOYEE_MEMBERS, 2).with(Measure.SKILLED_MEMBERS, 2)
        .with(Measure.HIGH_SKILL_MEMBERS, 1));
    RollUp fromTallies = RollUp.ofMemberTallies(PROVINCE.tree(), tallies, accumulator.members(), CONTRACTS,
        CountOptions.allTime());
    assertThat(fromTallies.own(U1.id())).as("U1 own").isEqualTo(U1_OWN);
    assertThat(fromTallies.subtree(HB.id())).as("HB subtree").isEqualTo(HB_SUBTREE);
    assertThat(fromTallies.members()).as("the members' accounting").isEqualTo(rollUp.members());
  }

  @Test
  void memberTalliesOutsideTheTreeTheScopeOrTheMemberMeasuresAreRefused() {
    RecordCounts none = new RecordCounts(0, 0, 0, 0);
    Tally two = Tally.empty().with(Measure.MEMBERS, 2);
    assertThatThrownBy(() -> RollUp.ofMemberTallies(PROVINCE.tree(), Map.of(id("ZZ"), two), none,
        CONTRACTS, CountOptions.allTime())).as("not in the tree").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZZ");
    assertThatThrownBy(() -> RollUp.ofMemberTallies(PROVINCE.tree(), Map.of(U2.id(), two), none,
        CONTRACTS, CountOptions.allTime().withScope(Scope.all().withNonPublic()))).as("out of scope")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(U2.id() + " is outside the scope");
    assertThatThrownBy(() -> RollUp.ofMemberTallies(PROVINCE.tree(),
        Map.of(U1.id(), two.with(Measure.CONTRACTS, 1)), none, CONTRACTS, CountOptions.allTime()))
        .as("a contract count").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds CONTRACTS, which does not count members");
  }

  @Test
  void scopeLeavesOutOfScopeRecordsOutOfEverySubtree() {
    // 百人以上非公企业: U1 (private, 120) and U3 (private, 300) only. U2 is state-owned with 80 staff, and the
    // federations are no units, so M3, M6 and the regional contract C4 drop out.
    Scope scope = Scope.all().withNonPublic().withMinEmployees(100);
    RollUp scoped = RollUp.of(PROVINCE.tree(), MEMBERS, CONTRACTS, CountOptions.allTime().withScope(scope));

    assertThat(scoped.own(U2.id())).as("U2 own").isEqualTo(Tally.empty());
    assertThat(scoped.own(SJZ.id())).as("SJZ own").isEqualTo(Tally.empty());
    assertThat(scoped.own(TS.id())).as("TS own").isEqualTo(Tally.empty());
    assertThat(scoped.subtree(SJZ.id())).as("SJZ subtree").isEqualTo(U1_OWN);
    assertThat(scoped.subtree(TS.id())).as("TS subtree").isEqualTo(U3_OWN);
    assertThat(scoped.subtree(HB.id())).as("HB subtree").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 4).with(Measure.EMPLOYEE_MEMBERS, 3).with(Measure.SKILLED_MEMBERS, 2)
        .with(Measure.HIGH_SKILL_MEMBERS, 1).with(Measure.APPRENTICE_MEMBERS, 1)
        .with(Measure.NEW_EMPLOYMENT_MEMBERS, 1).with(Measure.COURIER_MEMBERS, 1)
        .with(Measure.UNIONISED_UNITS, 2).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 420)
        .with(Measure.CONTRACTS, 3).with(Measure.CONTRACT_COVERAGE_GROSS, 530).with(Measure.COVERED_EMPLOYEES, 420)
        .with(Measure.UNITS_WITH_CONTRACT, 2));
    assertThat(scoped.recordsRead()).as("every record is still read once").isEqualTo(10);
    assertThat(scoped.merges()).as("the tree's shape is kept").isEqualTo(5);
    assertThat(scoped.scope()).as("scope").isEqualTo(scope);
  }

  @Test
  void tableRowsAreLabelledByOrganisationName() {
    IndicatorTable table = rollUp.table(List.of(SJZ, TS),
        List.of(Indicators.HIGH_SKILL_RATIO, Indicators.CONTRACT_ESTABLISHMENT_RATE));

    assertThat(table.rows()).as("rows").containsExactly("石家庄市总工会", "唐山市总工会");
    assertThat(table.columns()).as("columns")
        .containsExactly(Indicators.HIGH_SKILL_RATIO, Indicators.CONTRACT_ESTABLISHMENT_RATE);
    // SJZ: high skill 2 of 4 skilled; 1 of 2 units with a contract. TS: no skilled member; 1 of 1 unit.
    assertThat(table.cell(0, 0)).as("SJZ high skill").isEqualTo(Ratio.of(2, 4));
    assertThat(table.cell(0, 1)).as("SJZ establishment").isEqualTo(Ratio.of(1, 2));
    assertThat(table.cell(1, 0)).as("TS high skill").isEqualTo(Ratio.of(0, 0));
    assertThat(table.cell(1, 1)).as("TS establishment").isEqualTo(Ratio.of(1, 1));
    assertThat(table.toString()).as("text").contains("石家庄市总工会").contains("唐山市总工会").contains("50.0%")
        .contains("100.0%").contains("undefined");
  }

  @Test
  void tableOfAnOrganisationNotInTheTreeIsRejected() {
    var stranger = StatsFixtures.organisation("ZZ", "某外省总工会", U1.kind()).build();

    assertThatThrownBy(() -> rollUp.table(List.of(stranger), List.of(Indicators.HIGH_SKILL_RATIO)))
        .as("not in the tree").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZZ");
  }

  @Test
  void emptyTreeRollsUpNothing() {
    RollUp empty = RollUp.of(OrganisationTree.of(List.of()), List.of(), List.of(), CountOptions.allTime());

    assertThat(empty.recordsRead()).as("records read").isZero();
    assertThat(empty.merges()).as("merges").isZero();
  }

  @Test
  void memberMeasuresComeFirstSoThatEachOrganisationsMemberCountsFormOneBlock() {
    for (Measure m : Measure.values()) {
      assertThat(Counter.slot(m) < Counter.MEMBER_MEASURES).as("%s counts members", m)
          .isEqualTo(m.origin() == Measure.Origin.MEMBERS);
    }
  }

  @Test
  void memberColumnsHoldTheMembersOfTheTreeOnly() {
    MemberColumns columns = MemberColumns.of(PROVINCE.tree(), MEMBERS, CountOptions.allTime());

    assertThat(columns.size()).as("members").isEqualTo(MEMBERS.size());
    assertThat(columns).as("text").hasToString("MemberColumns[6 members of " + PROVINCE.tree() + "]");
    assertThat(RollUp.of(columns, CONTRACTS, Scope.all()).subtree(HB.id())).as("HB").isEqualTo(HB_SUBTREE);
    List<Member> stranger = List.of(StatsFixtures.employee("M99", "ZZ", SkillLevel.TECHNICIAN));
    MemberColumns withStranger = MemberColumns.of(PROVINCE.tree(), stranger, CountOptions.allTime());
    assertThat(withStranger.counts()).as("not in the tree: rejected").isEqualTo(new RecordCounts(1, 0, 0, 1));
    assertThat(withStranger.rejections()).as("why").singleElement().hasToString(
        "member 1 (M99): organisation-not-in-tree: organisation ZZ is not in the tree counted over");
  }

  @Test
  void onlySiblingAccumulatorsMerge() {
    RollUp.Accumulator one = RollUp.accumulator(PROVINCE.tree(), CountOptions.allTime());
    RollUp.Accumulator other = RollUp.accumulator(PROVINCE.tree(), CountOptions.allTime());

    assertThatThrownBy(() -> one.merge(other)).as("made apart").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sibling()");
    RollUp.Accumulator sibling = one.sibling();
    MEMBERS.forEach(sibling::add);
    assertThat(one.merge(sibling).finish(CONTRACTS).subtree(HB.id())).as("merged").isEqualTo(HB_SUBTREE);
  }
}
