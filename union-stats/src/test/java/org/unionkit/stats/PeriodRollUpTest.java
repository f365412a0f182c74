package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.unionkit.stats.StatsFixtures.HB;
import static org.unionkit.stats.StatsFixtures.ORGANISATIONS;
import static org.unionkit.stats.StatsFixtures.SJZ;
import static org.unionkit.stats.StatsFixtures.TS;
import static org.unionkit.stats.StatsFixtures.U1;
import static org.unionkit.stats.StatsFixtures.U2;
import static org.unionkit.stats.StatsFixtures.U3;
import static org.unionkit.stats.StatsFixtures.grassroots;
import static org.unionkit.stats.StatsFixtures.id;
import static org.unionkit.stats.StatsFixtures.member;
import static org.unionkit.stats.StatsFixtures.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractId;
import org.unionkit.model.ContractKind;
import org.unionkit.model.ContractScope;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Entry;
import org.unionkit.model.LeaveReason;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.Ownership;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.UnderageExemption;
import org.unionkit.model.WorkRelation;

/**
 * Roll-ups for a reporting period over the province of {@link StatsFixtures} (HB; SJZ with U1 and U2; TS
 * with U3): stocks on the period's last day, flows within it, records outside the period and records
 * rejected. Every expected count is worked out by hand in the comment beside it.
 */
class PeriodRollUpTest {
  private static final OrganisationTree TREE = OrganisationTree.of(ORGANISATIONS);
  private static final ReportingPeriod Y2019 = ReportingPeriod.ofYear(2019);
  private static final ReportingPeriod Y2020 = ReportingPeriod.ofYear(2020);
  private static final CountOptions IN_2020 = CountOptions.of(Y2020);
  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
  /** The fixture's three grassroots unions, founded on no recorded day, so they exist in every period. */
  private static final Tally UNITS = Tally.empty().with(Measure.UNIONISED_UNITS, 3)
      .with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 500);

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** An employee on a standard contract of {@code union}, who joined on {@code joined}. */
  private static Member.Builder joinedOn(String memberId, String union, String joined) {
    return member(memberId, union, WorkRelation.EMPLOYEE, EmploymentForm.STANDARD).joined(day(joined));
  }

  private static RollUp rollUp(List<Member> members, CountOptions options) {
    return RollUp.of(TREE, members, List.of(), options);
  }

  // ---- outside the period, after the as-of date ----------------------------------------------------

  @Test
  void aMemberWhoJoinsAfterThePeriodIsOutsideItAndCountsNowhere() {
    Member future = joinedOn("M1", "U1", "2099-03-01").build();

    RollUp rolled = rollUp(List.of(future), IN_2020);

    // Joined 2099: not a member on 2020-12-31 (no stock), not joined or left in 2020 (no flow): 1 read,
    // 0 counted, 1 outside the period, 0 rejected. HB's subtree holds only its three units.
    assertThat(rolled.members()).as("counts").isEqualTo(new RecordCounts(1, 0, 1, 0));
    assertThat(rolled.rejections()).as("outside is no error").isEmpty();
    assertThat(rolled.subtree(HB.id())).as("HB: units only").isEqualTo(UNITS);
    assertThat(rolled.own(U1.id())).as("U1: its unit only").isEqualTo(Tally.empty()
        .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 120));
  }

  @Test
  void withAnAsOfDateAMemberWhoJoinsAfterItIsRejectedInstead() {
    Member future = joinedOn("M1", "U1", "2099-03-01").build();

    RollUp rolled = rollUp(List.of(future), IN_2020.withAsOf(END_2020));

    // 2099-03-01 is after the as-of date 2020-12-31: 1 read, 0 counted, 0 outside, 1 rejected.
    assertThat(rolled.members()).as("counts").isEqualTo(new RecordCounts(1, 0, 0, 1));
    assertThat(rolled.rejections()).as("why").singleElement().satisfies(r -> {
      assertThat(r.rule()).as("rule").isEqualTo(RecordRule.AFTER_AS_OF);
      assertThat(r).as("text").hasToString(
          "member 1 (M1): after-as-of: a date of the record is after the register's as-of date (2020-12-31)");
    });
    assertThat(StatsFixtures.memberPart(rolled.subtree(HB.id()))).as("nothing counted").isEqualTo(Tally.empty());
  }

  @Test
  void withAnAsOfDateALeaveDateAfterItIsRejectedToo() {
    // Joined 2019, left 2021-03-01: a register taken on 2020-12-31 cannot know the leave date.
    Member leaver = joinedOn("M1", "U1", "2019-02-01").left(day("2021-03-01")).leaveReason(LeaveReason.WITHDREW)
        .build();

    RollUp withoutAsOf = rollUp(List.of(leaver), IN_2020);
    RollUp withAsOf = rollUp(List.of(leaver), IN_2020.withAsOf(END_2020));

    // Without an as-of date the member is in the 2020-12-31 stock: 1 counted.
    assertThat(withoutAsOf.members()).as("no as-of: counted").isEqualTo(new RecordCounts(1, 1, 0, 0));
    assertThat(withoutAsOf.subtree(HB.id()).get(Measure.MEMBERS)).as("in the stock").isEqualTo(1);
    assertThat(withAsOf.members()).as("as of 2020-12-31: rejected").isEqualTo(new RecordCounts(1, 0, 0, 1));
    assertThat(withAsOf.rejections()).as("rule").extracting(Rejection::rule).containsExactly(RecordRule.AFTER_AS_OF);
  }

  // ---- repeated ids ---------------------------------------------------------------------------------

  @Test
  void theSameMemberTwiceCountsOnceAndTheSecondNamesTheFirst() {
    Member m = joinedOn("M1", "U1", "2019-04-01").build();

    RollUp single = rollUp(List.of(m), IN_2020);
    RollUp twice = rollUp(List.of(m, m), IN_2020);

    // Record 2 repeats record 1's id: 2 read, 1 counted, 0 outside, 1 rejected; figures as for one member
    // (MEMBERS 1 and EMPLOYEE_MEMBERS 1 at U1, SJZ and HB).
    assertThat(twice.members()).as("counts").isEqualTo(new RecordCounts(2, 1, 0, 1));
    assertThat(twice.rejections()).as("why").singleElement().satisfies(r -> {
      assertThat(r.rule()).as("rule").isEqualTo(RecordRule.DUPLICATE_ID);
      assertThat(r.record()).as("record").isEqualTo(2);
      assertThat(r.reason()).as("reason").contains("repeats the member id of record 1");
      assertThat(r).as("text").hasToString(
          "member 2 (M1): duplicate-id: repeats the member id of record 1, which is counted instead");
    });
    for (Organisation o : ORGANISATIONS) {
      assertThat(twice.own(o.id())).as("own %s", o.id()).isEqualTo(single.own(o.id()));
      assertThat(twice.subtree(o.id())).as("subtree %s", o.id()).isEqualTo(single.subtree(o.id()));
    }
    assertThat(twice.subtree(HB.id())).as("HB").isEqualTo(UNITS.with(Measure.MEMBERS, 1)
        .with(Measure.EMPLOYEE_MEMBERS, 1));
  }

  @Test
  void everyLaterRepeatNamesTheFirstRecordEvenWhenTheFirstIsOutsideThePeriod() {
    Member future = joinedOn("M1", "U1", "2099-03-01").build();
    Member other = joinedOn("M2", "U2", "2018-01-01").build();

    RollUp rolled = rollUp(List.of(future, other, future, future), IN_2020);

    // Records 1 (outside) and 2 (counted) are new ids; records 3 and 4 repeat record 1: 4 read, 1 counted,
    // 1 outside, 2 rejected.
    assertThat(rolled.members()).as("counts").isEqualTo(new RecordCounts(4, 1, 1, 2));
    assertThat(rolled.rejections()).as("why").extracting(Rejection::record, Rejection::reason).containsExactly(
        tuple(3L, "repeats the member id of record 1, which is counted instead"),
        tuple(4L, "repeats the member id of record 1, which is counted instead"));
    assertThat(rolled.subtree(HB.id()).get(Measure.MEMBERS)).as("M2 only").isEqualTo(1);
  }

  /**
   * {@link RecordRule#DUPLICATE_ID}: a record rejected by another rule keeps no id, so a later record with
   * the same id is judged on its own: a misfiled record and its corrected copy give one member.
   */
  @Test
  void aLaterRecordWithTheIdOfARejectedRecordIsJudgedOnItsOwn() {
    Member misfiled = joinedOn("M1", "ZZ", "2019-01-01").build();
    Member filed = joinedOn("M1", "U1", "2019-01-01").build();

    RollUp rolled = rollUp(List.of(misfiled, filed), IN_2020);
    MemberColumns columns = MemberColumns.of(TREE, List.of(misfiled, filed), IN_2020);

    // Record 1: organisation ZZ is not in the tree. Record 2 keeps to every rule: 2 read, 1 counted, 1 rejected.
    for (var rejections : List.of(rolled.rejections(), columns.rejections())) {
      assertThat(rejections).as("record 1 only").extracting(Rejection::record, Rejection::rule).containsExactly(
          tuple(1L, RecordRule.ORGANISATION_NOT_IN_TREE));
    }
    assertThat(rolled.members()).as("counts").isEqualTo(new RecordCounts(2, 1, 0, 1));
    assertThat(columns.counts()).as("columns: counts").isEqualTo(new RecordCounts(2, 1, 0, 1));
    assertThat(rolled.subtree(HB.id()).get(Measure.MEMBERS)).as("M1 at U1 counted").isEqualTo(1);
  }

  /**
   * Ids of up to 10 characters pack into one long, digit strings of 11 to 18 digits pack by a second code,
   * and anything else (longer, or 11 or more characters not all digits) is kept as text: each way finds a
   * repeat, and tells apart ids that differ by one digit or a leading zero. (15 and 18 digits are citizen-ID
   * shaped, which {@code MemberId} refuses, so they cannot be a member id.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"1234567890", "A.b_c:d-9Z", "12345678901", "123456789012", "1234567890123",
      "12345678901234", "1234567890123456", "12345678901234567", "99999999999999999", "00000000000",
      "1234567890123456789", "12345678901234567890123", "MEMBER-00000000001", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      "a234567890123456789012345678901234567890123456789012345678901234"})
  void aRepeatedIdIsFoundWhateverItsShape(String text) {
    String nearMiss = text.substring(0, text.length() - 1) + (text.endsWith("1") ? "2" : "1");
    List<Member> members = new ArrayList<>();
    members.add(joinedOn(text, "U1", "2019-01-01").build());
    members.add(joinedOn(nearMiss, "U1", "2019-01-01").build());
    String leadingZero = "0" + text;
    boolean citizenShaped = leadingZero.chars().allMatch(Character::isDigit)
        && (leadingZero.length() == 15 || leadingZero.length() == 18);
    if (leadingZero.length() <= 64 && !citizenShaped) {
      members.add(joinedOn(leadingZero, "U1", "2019-01-01").build());
    }
    members.add(joinedOn(text, "U2", "2019-01-01").build());
    int repeat = members.size();

    RollUp rolled = rollUp(members, IN_2020);
    MemberColumns columns = MemberColumns.of(TREE, members, IN_2020);
    RollUp overTwo = RollUp.over(List.of(Y2019, Y2020), TREE, members, List.of(), IN_2020).get(Y2020);

    // The near misses are new ids; only the last record (at U2) repeats record 1 (at U1), which counts.
    for (var counts : List.of(rolled.members(), columns.counts(), overTwo.members())) {
      assertThat(counts).as("counts").isEqualTo(new RecordCounts(repeat, repeat - 1, 0, 1));
    }
    for (var rejections : List.of(rolled.rejections(), columns.rejections(), overTwo.rejections())) {
      assertThat(rejections).as("the repeat").singleElement().satisfies(r -> {
        assertThat(r.rule()).as("rule").isEqualTo(RecordRule.DUPLICATE_ID);
        assertThat(r.record()).as("record").isEqualTo(repeat);
        assertThat(r.id()).as("id").isEqualTo(text);
        assertThat(r.reason()).as("reason").startsWith("repeats the member id of record 1,");
      });
    }
    assertThat(rolled.own(U2.id()).get(Measure.MEMBERS)).as("U2: the repeat not counted").isZero();
    assertThat(rolled.own(U1.id()).get(Measure.MEMBERS)).as("U1: every other record").isEqualTo(repeat - 1);
  }

  // ---- age rules ------------------------------------------------------------------------------------

  @Test
  void aMemberWhoJoinedAtTenIsRejectedUnlessExempt() {
    Member child = joinedOn("M1", "U3", "2010-09-01").birthYear(Year.of(2000)).build();
    Member exempt = joinedOn("M2", "U3", "2010-09-01").birthYear(Year.of(2000))
        .underageExemption(UnderageExemption.SPORTS).build();

    RollUp rolled = rollUp(List.of(child, exempt), IN_2020);

    // 2010 - 2000 = 10 < 16: M1 rejected; M2 has an exemption and is in the 2020 stock: 2 read, 1 counted.
    assertThat(rolled.members()).as("counts").isEqualTo(new RecordCounts(2, 1, 0, 1));
    assertThat(rolled.rejections()).as("why").singleElement().satisfies(r -> {
      assertThat(r.rule()).as("rule").isEqualTo(RecordRule.UNDER_16_AT_JOINING);
      assertThat(r).as("text").hasToString("member 1 (M1): under-16-at-joining: joined under the age of 16 with no "
          + "underageExemption (Labour Law art. 15)");
      assertThat(r.toString()).as("no birth year shown").doesNotContain("2000");
    });
    assertThat(rolled.own(U3.id()).get(Measure.MEMBERS)).as("M2").isEqualTo(1);
  }

  @Test
  void joiningInTheYearOfTheSixteenthBirthdayIsAcceptedAndTheYearBeforeIsNot() {
    Member sixteen = joinedOn("M1", "U1", "2016-01-01").birthYear(Year.of(2000)).build();
    Member fifteen = joinedOn("M2", "U1", "2015-12-31").birthYear(Year.of(2000)).build();

    RollUp rolled = rollUp(List.of(sixteen, fifteen), IN_2020);

    // 2016 - 2000 = 16: the benefit of the doubt, counted; 2015 - 2000 = 15: certainly under 16, rejected.
    assertThat(rolled.members()).as("counts").isEqualTo(new RecordCounts(2, 1, 0, 1));
    assertThat(rolled.rejections()).as("M2").extracting(Rejection::record, Rejection::rule)
        .containsExactly(tuple(2L, RecordRule.UNDER_16_AT_JOINING));
  }

  @Test
  void aMemberBornIn1910StillAMemberAtTheEndOf2020IsRejected() {
    Member old = joinedOn("M1", "U2", "1930-05-01").birthYear(Year.of(1910)).build();

    RollUp rolled = rollUp(List.of(old), IN_2020);

    // Judged on 2020-12-31 (no as-of date): 2020 - 1910 - 1 = 109 > 100, still a member: rejected.
    assertThat(rolled.members()).as("counts").isEqualTo(new RecordCounts(1, 0, 0, 1));
    assertThat(rolled.rejections()).as("why").singleElement().hasToString(
        "member 1 (M1): over-100: still a member and over 100 years old on 2020-12-31");
  }

  @Test
  void onTheYearsLastDayBorn1919IsCertainly101AndRejectedWhileBorn1920Is100AndCounted() {
    Member born1919 = joinedOn("M1", "U2", "1940-05-01").birthYear(Year.of(1919)).build();
    Member born1920 = joinedOn("M2", "U2", "1940-05-01").birthYear(Year.of(1920)).build();

    RollUp endOfYear = rollUp(List.of(born1919, born1920), IN_2020);
    RollUp midYear = rollUp(List.of(born1919, born1920), IN_2020.withAsOf(day("2020-06-30")));

    // On 2020-12-31 every birthday of 2020 has passed: born 1919 is 101 (rejected), born 1920 is 100 (counted).
    assertThat(endOfYear.members()).as("counts on 2020-12-31").isEqualTo(new RecordCounts(2, 1, 0, 1));
    assertThat(endOfYear.rejections()).as("M1 only").extracting(Rejection::id).containsExactly("M1");
    assertThat(endOfYear.own(U2.id()).get(Measure.MEMBERS)).as("M2").isEqualTo(1);
    // On 2020-06-30 born 1919 may still be 100 (a birthday in the second half): the benefit of the doubt.
    assertThat(midYear.members()).as("counts as of 2020-06-30").isEqualTo(new RecordCounts(2, 2, 0, 0));
  }

  @Test
  void theAgeRuleIsJudgedOnTheAsOfDateWhenGivenAndNotAtAllOverAllTimeWithoutOne() {
    Member old = joinedOn("M1", "U2", "1930-05-01").birthYear(Year.of(1910)).build();
    Member retiredLongAgo = joinedOn("M2", "U2", "1930-05-01").birthYear(Year.of(1910)).left(day("1975-01-01"))
        .leaveReason(LeaveReason.RETIRED).build();

    RollUp allTime = rollUp(List.of(old, retiredLongAgo), CountOptions.allTime());
    RollUp allTimeAsOf = rollUp(List.of(old, retiredLongAgo), CountOptions.allTime().withAsOf(END_2020));
    RollUp midYear = rollUp(List.of(old, retiredLongAgo), IN_2020.withAsOf(day("2020-06-30")));
    RollUp in2020 = rollUp(List.of(old, retiredLongAgo), IN_2020);

    // All time, no as-of date: no day to judge the age on, so M1 counts; M2 left in 1975, so over all time
    // (stocks only) M2 is outside: 2 read, 1 counted, 1 outside.
    assertThat(allTime.members()).as("all time").isEqualTo(new RecordCounts(2, 1, 1, 0));
    assertThat(allTime.subtree(HB.id()).get(Measure.MEMBERS)).as("all time: M1").isEqualTo(1);
    // With the as-of date 2020-12-31 the rule applies to M1 (a member then); M2, no member then, is outside.
    assertThat(allTimeAsOf.members()).as("all time as of 2020-12-31").isEqualTo(new RecordCounts(2, 0, 1, 1));
    assertThat(allTimeAsOf.rejections()).as("judged on the as-of date").singleElement()
        .hasToString("member 1 (M1): over-100: still a member and over 100 years old on 2020-12-31");
    assertThat(midYear.rejections()).as("judged on 2020-06-30").singleElement()
        .hasToString("member 1 (M1): over-100: still a member and over 100 years old on 2020-06-30");
    // 2020: M2 left in 1975, neither stock nor flow: outside the period, not rejected.
    assertThat(in2020.members()).as("2020").isEqualTo(new RecordCounts(2, 0, 1, 1));
  }

  // ---- organisations members cannot belong to -------------------------------------------------------

  @Test
  void aMemberOfAFederationIsNotGrassrootsAndOneOfAStrangerIsNotInTheTree() {
    Member ofSjz = joinedOn("M1", "SJZ", "2019-01-01").build();
    Member ofZz = joinedOn("M2", "ZZ", "2019-01-01").build();
    Member ofU1 = joinedOn("M3", "U1", "2019-01-01").build();

    RollUp rolled = rollUp(List.of(ofSjz, ofZz, ofU1), IN_2020);

    // SJZ is a municipal federation, ZZ is nowhere in the tree: 3 read, 1 counted (M3), 2 rejected.
    assertThat(rolled.members()).as("counts").isEqualTo(new RecordCounts(3, 1, 0, 2));
    assertThat(rolled.rejections()).as("why").extracting(Rejection::toString).containsExactly(
        "member 1 (M1): not-grassroots: organisation SJZ is a MUNICIPAL_FEDERATION: members belong to grassroots"
            + " unions",
        "member 2 (M2): organisation-not-in-tree: organisation ZZ is not in the tree counted over");
    assertThat(rolled.own(SJZ.id())).as("SJZ own: nothing").isEqualTo(Tally.empty());
    assertThat(rolled.subtree(SJZ.id()).get(Measure.MEMBERS)).as("SJZ subtree: M3").isEqualTo(1);
  }

  // ---- member flows ---------------------------------------------------------------------------------

  @Test
  void memberFlowsOf2020AndTheStockAtItsEnd() {
    List<Member> members = List.of(
        // N1, a courier at U3, new in 2020: NEW_MEMBERS, NEW_EMPLOYMENT_NEW_MEMBERS, COURIER_NEW_MEMBERS, stock.
        member("N1", "U3", WorkRelation.EMPLOYEE, EmploymentForm.COURIER).joined(day("2020-05-01")).build(),
        // T1 at U3, transferred in from U1 in 2020: TRANSFERS_IN (not NEW_MEMBERS), stock.
        joinedOn("T1", "U3", "2020-07-01").entry(Entry.TRANSFER_IN).transferredFrom(id("U1")).build(),
        // L1 at U1, transferred out on 2020-06-01: LEFT_MEMBERS and TRANSFERS_OUT, not in the stock.
        joinedOn("L1", "U1", "2015-03-01").left(day("2020-06-01")).leaveReason(LeaveReason.TRANSFERRED_OUT)
            .transferredTo(id("U3")).build(),
        // S1 at U1 leaves on 2021-01-01: still a member on 2020-12-31, no flow.
        joinedOn("S1", "U1", "2016-01-01").left(day("2021-01-01")).leaveReason(LeaveReason.RETIRED).build(),
        // W1 at U2 withdrew in 2020: LEFT_MEMBERS only.
        joinedOn("W1", "U2", "2018-01-01").left(day("2020-10-10")).leaveReason(LeaveReason.WITHDREW).build(),
        // J1 at U2 joined and left in 2020: NEW_MEMBERS and LEFT_MEMBERS, not in the stock.
        joinedOn("J1", "U2", "2020-02-02").left(day("2020-11-30")).leaveReason(LeaveReason.LEFT_EMPLOYMENT).build(),
        // O1 joins in 2021 and P1 left on 2019-12-31: both outside 2020.
        joinedOn("O1", "U2", "2021-02-01").build(),
        joinedOn("P1", "U3", "2010-01-01").left(day("2019-12-31")).leaveReason(LeaveReason.DECEASED).build());

    RollUp rolled = rollUp(members, IN_2020);

    // 8 read; O1 and P1 outside; 6 counted.
    assertThat(rolled.members()).as("counts").isEqualTo(new RecordCounts(8, 6, 2, 0));
    // U3: N1 and T1 in the stock (both employees; N1 a courier); N1 new, T1 transferred in.
    assertThat(rolled.own(U3.id())).as("U3").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 2).with(Measure.EMPLOYEE_MEMBERS, 2).with(Measure.NEW_EMPLOYMENT_MEMBERS, 1)
        .with(Measure.COURIER_MEMBERS, 1).with(Measure.NEW_MEMBERS, 1).with(Measure.NEW_EMPLOYMENT_NEW_MEMBERS, 1)
        .with(Measure.COURIER_NEW_MEMBERS, 1).with(Measure.TRANSFERS_IN, 1)
        .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 300));
    // U1: S1 in the stock; L1 left by transfer.
    assertThat(rolled.own(U1.id())).as("U1").isEqualTo(Tally.empty()
        .with(Measure.MEMBERS, 1).with(Measure.EMPLOYEE_MEMBERS, 1).with(Measure.LEFT_MEMBERS, 1)
        .with(Measure.TRANSFERS_OUT, 1).with(Measure.UNIONISED_UNITS, 1)
        .with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 120));
    // U2: nobody in the stock; J1 new; W1 and J1 left.
    assertThat(rolled.own(U2.id())).as("U2").isEqualTo(Tally.empty()
        .with(Measure.NEW_MEMBERS, 1).with(Measure.LEFT_MEMBERS, 2)
        .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 80));
    // HB: stock N1, T1, S1 = 3; new N1, J1 = 2; transferred in T1; left L1, W1, J1 = 3; transferred out L1.
    Tally hb = rolled.subtree(HB.id());
    assertThat(hb).as("HB").isEqualTo(UNITS
        .with(Measure.MEMBERS, 3).with(Measure.EMPLOYEE_MEMBERS, 3).with(Measure.NEW_EMPLOYMENT_MEMBERS, 1)
        .with(Measure.COURIER_MEMBERS, 1).with(Measure.NEW_MEMBERS, 2).with(Measure.NEW_EMPLOYMENT_NEW_MEMBERS, 1)
        .with(Measure.COURIER_NEW_MEMBERS, 1).with(Measure.TRANSFERS_IN, 1).with(Measure.LEFT_MEMBERS, 3)
        .with(Measure.TRANSFERS_OUT, 1));
    // 1 of the 2 new members is of a new-employment group.
    assertThat(Indicators.NEW_EMPLOYMENT_SHARE_OF_NEW_MEMBERS.compute(hb)).as("share of new members")
        .isEqualTo(Ratio.of(1, 2));
    // The stock on 2019-12-31 was L1, S1 and W1 (P1 left that day): 3 + 2 new + 1 in - 3 left = 3.
    RollUp in2019 = rollUp(members, CountOptions.of(Y2019));
    assertThat(in2019.subtree(HB.id()).get(Measure.MEMBERS)).as("2019 stock").isEqualTo(3);
    assertThat(hb.get(Measure.MEMBERS)).as("2020 stock from 2019's and the flows")
        .isEqualTo(3 + hb.get(Measure.NEW_MEMBERS) + hb.get(Measure.TRANSFERS_IN) - hb.get(Measure.LEFT_MEMBERS));
  }

  @Test
  void thePeriodsEndsAreDaysOfThePeriod() {
    List<Member> members = List.of(
        // Joined on the last day: new in 2020 and in the stock.
        joinedOn("A", "U1", "2020-12-31").build(),
        // Joined on the first day: new in 2020, outside 2019.
        joinedOn("B", "U1", "2020-01-01").build(),
        // Left on the first day: a leaver of 2020, in the 2019 stock, not in 2020's.
        joinedOn("C", "U1", "2018-01-01").left(day("2020-01-01")).leaveReason(LeaveReason.WITHDREW).build(),
        // Left on the last day: a leaver of 2020, not in the 2020-12-31 stock.
        joinedOn("D", "U1", "2018-01-01").left(day("2020-12-31")).leaveReason(LeaveReason.WITHDREW).build());

    Tally in2020 = rollUp(members, IN_2020).own(U1.id());
    RollUp in2019 = rollUp(members, CountOptions.of(Y2019));

    assertThat(in2020.get(Measure.MEMBERS)).as("2020 stock: A, B").isEqualTo(2);
    assertThat(in2020.get(Measure.NEW_MEMBERS)).as("2020 new: A, B").isEqualTo(2);
    assertThat(in2020.get(Measure.LEFT_MEMBERS)).as("2020 left: C, D").isEqualTo(2);
    assertThat(in2019.own(U1.id()).get(Measure.MEMBERS)).as("2019 stock: C, D").isEqualTo(2);
    assertThat(in2019.members()).as("2019: A and B outside").isEqualTo(new RecordCounts(4, 2, 2, 0));
  }

  // ---- union flows ----------------------------------------------------------------------------------

  @Test
  void unionsFoundedAndDissolvedIn2020() {
    List<Organisation> organisations = List.of(HB, SJZ,
        // N founded in 2020: new, and a unit with a union at the end of 2020.
        grassroots("N", "SJZ", Ownership.PRIVATE, 120).founded(day("2020-03-01")).build(),
        // D dissolved in 2020: dissolved, no longer a unit at the end of 2020.
        grassroots("D", "SJZ", Ownership.PRIVATE, 80).founded(day("2005-01-01")).dissolved(day("2020-07-01")).build(),
        // B founded and dissolved in 2020: both flows, no unit at the end.
        grassroots("B", "SJZ", Ownership.PRIVATE, 40).founded(day("2020-02-01")).dissolved(day("2020-11-01")).build(),
        // E founded in 2019: a unit, no flow.
        grassroots("E", "SJZ", Ownership.PRIVATE, 300).founded(day("2019-05-05")).build(),
        // F founded in 2021: nothing in 2020.
        grassroots("F", "SJZ", Ownership.PRIVATE, 500).founded(day("2021-01-01")).build(),
        // G dissolved on 2021-01-01: still a unit at the end of 2020.
        grassroots("G", "SJZ", Ownership.PRIVATE, 7).founded(day("2001-01-01")).dissolved(day("2021-01-01")).build(),
        // A county federation founded in 2020 is no grassroots union: no new union.
        organisation("CF", "某县总工会", OrganisationKind.COUNTY_FEDERATION).parent(id("SJZ"))
            .founded(day("2020-06-01")).build());

    RollUp rolled = RollUp.of(OrganisationTree.of(organisations), List.of(), List.of(), IN_2020);

    // New: N, B = 2. Dissolved: D, B = 2. Units on 2020-12-31: N, E, G = 3, with 120 + 300 + 7 = 427 staff.
    assertThat(rolled.subtree(HB.id())).as("HB").isEqualTo(Tally.empty()
        .with(Measure.NEW_UNIONS, 2).with(Measure.DISSOLVED_UNIONS, 2)
        .with(Measure.UNIONISED_UNITS, 3).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 427));
    assertThat(rolled.own(id("D"))).as("D: dissolved, not a unit").isEqualTo(Tally.empty()
        .with(Measure.DISSOLVED_UNIONS, 1));
    assertThat(rolled.own(id("CF"))).as("CF: a federation").isEqualTo(Tally.empty());
    // Over all time (stocks only): every union not dissolved, N, E, F = 3 (G is dissolved by 9999 too).
    RollUp allTime = RollUp.of(OrganisationTree.of(organisations), List.of(), List.of(), CountOptions.allTime());
    assertThat(allTime.subtree(HB.id())).as("all time").isEqualTo(Tally.empty()
        .with(Measure.UNIONISED_UNITS, 3).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 920));
  }

  @Test
  void theReviews418NewUnionsInNonPublicEnterprisesWith100OrMoreStaff() {
    List<Organisation> organisations = new ArrayList<>(List.of(HB, SJZ, TS));
    Ownership[] nonPublic = {Ownership.PRIVATE, Ownership.FOREIGN_INVESTED, Ownership.HK_MACAO_TAIWAN_INVESTED};
    for (int i = 0; i < 418; i++) {
      // 418 non-public units of 100 to 517 staff, founded on a day of 2020, under SJZ or TS.
      organisations.add(grassroots("N" + i, i % 2 == 0 ? "SJZ" : "TS", nonPublic[i % 3], 100 + i)
          .founded(LocalDate.of(2020, 1, 1).plusDays(i % 366)).build());
    }
    for (int i = 0; i < 7; i++) {
      // 7 state-owned units of 200 staff founded in 2020: new, not non-public.
      organisations.add(grassroots("S" + i, "SJZ", Ownership.STATE_OWNED, 200).founded(day("2020-04-01")).build());
    }
    for (int i = 0; i < 5; i++) {
      // 5 private units of 99 staff founded in 2020: new, under 100 staff.
      organisations.add(grassroots("P" + i, "TS", Ownership.PRIVATE, 99).founded(day("2020-08-01")).build());
    }
    for (int i = 0; i < 3; i++) {
      // 3 private units of 500 staff founded on 2019-12-31 and 2021-01-01: not new in 2020.
      organisations.add(grassroots("Q" + i, "TS", Ownership.PRIVATE, 500)
          .founded(day(i == 0 ? "2019-12-31" : "2021-01-01")).build());
    }
    OrganisationTree tree = OrganisationTree.of(organisations);
    Scope hundredPlusNonPublic = Scope.all().withNonPublic().withMinEmployees(100);

    RollUp scoped = RollUp.of(tree, List.of(), List.of(), IN_2020.withScope(hundredPlusNonPublic));
    RollUp all = RollUp.of(tree, List.of(), List.of(), IN_2020);

    assertThat(scoped.subtree(HB.id()).get(Measure.NEW_UNIONS)).as("百人以上非公企业 新建工会")
        .isEqualTo(418);
    // Every scope: 418 + 7 + 5 = 430.
    assertThat(all.subtree(HB.id()).get(Measure.NEW_UNIONS)).as("all new unions").isEqualTo(430);
    // The 418 split: even i under SJZ (209), odd under TS (209).
    assertThat(scoped.subtree(SJZ.id()).get(Measure.NEW_UNIONS)).as("SJZ").isEqualTo(209);
    assertThat(scoped.subtree(TS.id()).get(Measure.NEW_UNIONS)).as("TS").isEqualTo(209);
  }

  // ---- contract flows -------------------------------------------------------------------------------

  private static CollectiveContract contract(String id, String union, ContractScope scope, String from, String to,
      String signed, long covered) {
    CollectiveContract.Builder builder = CollectiveContract.builder().id(ContractId.parse(id))
        .kind(ContractKind.COMPREHENSIVE).scope(scope).union(id(union)).employer(union + "企业")
        .validity(ReportingPeriod.of(day(from), day(to))).coveredEmployees(covered)
        .coveredEnterprises(scope == ContractScope.ENTERPRISE ? 1 : 20);
    if (scope == ContractScope.REGIONAL) {
      builder.region(Region.parse("130200"));
    }
    if (signed != null) {
      builder.signed(day(signed));
    }
    return builder.build();
  }

  @Test
  void contractsSignedIn2020AndContractsInForce() {
    List<CollectiveContract> contracts = List.of(
        // K1: in force in 2020, no signing day recorded: signed on its first day, 2020-01-01.
        contract("K1", "U1", ContractScope.ENTERPRISE, "2020-01-01", "2020-12-31", null, 120),
        // K2: signed 2020-11-15, in force from 2021: a contract signed in 2020, not in force in it.
        contract("K2", "U1", ContractScope.ENTERPRISE, "2021-01-01", "2023-12-31", "2020-11-15", 130),
        // K3: signed in 2017, in force until 2020-06-30: in force, not signed in 2020.
        contract("K3", "U3", ContractScope.ENTERPRISE, "2018-01-01", "2020-06-30", "2017-12-20", 300),
        // K4: in force from 2021, no signing day (so 2021-01-01): outside 2020.
        contract("K4", "TS", ContractScope.REGIONAL, "2021-01-01", "2022-12-31", null, 900),
        // K5: signed 2019, in force 2019-07-01 to 2021-06-30: in force.
        contract("K5", "TS", ContractScope.REGIONAL, "2019-07-01", "2021-06-30", "2019-06-15", 1000),
        // K6: signed 2019, in force from 2022: outside 2020.
        contract("K6", "U2", ContractScope.ENTERPRISE, "2022-01-01", "2024-12-31", "2019-10-01", 80));

    RollUp rolled = RollUp.of(TREE, List.of(), contracts, IN_2020);

    // 6 read: K4 and K6 outside, K1, K2, K3, K5 counted.
    assertThat(rolled.contracts()).as("counts").isEqualTo(new RecordCounts(6, 4, 2, 0));
    // U1: K1 in force (120); K1 and K2 signed in 2020 (120 + 130 = 250).
    assertThat(rolled.own(U1.id())).as("U1").isEqualTo(Tally.empty()
        .with(Measure.UNIONISED_UNITS, 1).with(Measure.EMPLOYEES_OF_UNIONISED_UNITS, 120)
        .with(Measure.CONTRACTS, 1).with(Measure.CONTRACT_COVERAGE_GROSS, 120).with(Measure.COVERED_EMPLOYEES, 120)
        .with(Measure.UNITS_WITH_CONTRACT, 1).with(Measure.CONTRACTS_SIGNED, 2)
        .with(Measure.CONTRACTS_SIGNED_COVERAGE, 250));
    // HB: in force K1, K3, K5 (120 + 300 + 1000 = 1420 gross; covered once: 120 + 300 + 1000 = 1420);
    // units with a contract U1, U3; signed K1, K2.
    Tally hb = rolled.subtree(HB.id());
    assertThat(hb).as("HB").isEqualTo(UNITS
        .with(Measure.CONTRACTS, 3).with(Measure.CONTRACT_COVERAGE_GROSS, 1420).with(Measure.COVERED_EMPLOYEES, 1420)
        .with(Measure.UNITS_WITH_CONTRACT, 2).with(Measure.CONTRACTS_SIGNED, 2)
        .with(Measure.CONTRACTS_SIGNED_COVERAGE, 250));
    assertThat(Indicators.WORKERS_PER_SIGNED_CONTRACT.compute(hb)).as("workers per contract signed")
        .isEqualTo(Ratio.of(250, 2));
    // In 2021: K2, K4, K5 in force (K1 and K3 ended in 2020; K6 starts 2022); K4 signed (its first day).
    RollUp in2021 = RollUp.of(TREE, List.of(), contracts, CountOptions.of(ReportingPeriod.ofYear(2021)));
    assertThat(in2021.contracts()).as("2021").isEqualTo(new RecordCounts(6, 3, 3, 0));
    assertThat(in2021.subtree(HB.id()).get(Measure.CONTRACTS_SIGNED)).as("2021 signed: K4").isEqualTo(1);
    assertThat(in2021.subtree(HB.id()).get(Measure.CONTRACTS_SIGNED_COVERAGE)).as("K4's 900").isEqualTo(900);
  }

  // ---- several periods, growth ----------------------------------------------------------------------

  @Test
  void twoYearsInOnePassAndTheGrowthOfMembers() {
    List<Member> members = List.of(
        joinedOn("A", "U1", "2015-01-01").build(),                                          // both stocks
        joinedOn("B", "U1", "2019-06-01").build(),                                          // 2019 new; both
        joinedOn("C", "U1", "2020-03-01").build(),                                          // 2020 new
        joinedOn("D", "U1", "2012-01-01").left(day("2020-05-01")).leaveReason(LeaveReason.WITHDREW).build(),
        joinedOn("E", "U1", "2020-08-01").entry(Entry.TRANSFER_IN).build(),                  // 2020 in
        joinedOn("F", "U1", "2016-01-01").left(day("2019-03-01")).leaveReason(LeaveReason.RETIRED).build(),
        joinedOn("G", "U1", "2019-02-01").entry(Entry.TRANSFER_IN).left(day("2020-12-31"))
            .leaveReason(LeaveReason.TRANSFERRED_OUT).build(),
        joinedOn("H", "U1", "2021-01-05").build(),                                          // outside both
        joinedOn("I", "U1", "2020-10-10").build());                                         // 2020 new

    Map<ReportingPeriod, RollUp> years = RollUp.over(List.of(Y2019, Y2020), TREE, members, List.of(), IN_2020);

    assertThat(years.keySet()).as("one roll-up a period, in order").containsExactly(Y2019, Y2020);
    Tally y2019 = years.get(Y2019).subtree(HB.id());
    Tally y2020 = years.get(Y2020).subtree(HB.id());
    // 2019-12-31: A, B, D, G = 4. 2019: new B; in G; left F.
    assertThat(y2019.get(Measure.MEMBERS)).as("2019 stock").isEqualTo(4);
    assertThat(y2019.get(Measure.NEW_MEMBERS)).as("2019 new").isEqualTo(1);
    assertThat(y2019.get(Measure.TRANSFERS_IN)).as("2019 in").isEqualTo(1);
    assertThat(y2019.get(Measure.LEFT_MEMBERS)).as("2019 left").isEqualTo(1);
    // 2020-12-31: A, B, C, E, I = 5. 2020: new C, I; in E; left D, G; out G.
    assertThat(y2020.get(Measure.MEMBERS)).as("2020 stock").isEqualTo(5);
    assertThat(y2020.get(Measure.NEW_MEMBERS)).as("2020 new").isEqualTo(2);
    assertThat(y2020.get(Measure.TRANSFERS_IN)).as("2020 in").isEqualTo(1);
    assertThat(y2020.get(Measure.LEFT_MEMBERS)).as("2020 left").isEqualTo(2);
    assertThat(y2020.get(Measure.TRANSFERS_OUT)).as("2020 out").isEqualTo(1);
    // 2019: counted A, B, D, F, G; outside C, E, H, I. 2020: counted all but F and H.
    assertThat(years.get(Y2019).members()).as("2019 records").isEqualTo(new RecordCounts(9, 5, 4, 0));
    assertThat(years.get(Y2020).members()).as("2020 records").isEqualTo(new RecordCounts(9, 7, 2, 0));
    // Growth (5 - 4) / 4 = 25.0%.
    Ratio growth = Indicators.growth(Measure.MEMBERS, y2019, y2020);
    assertThat(growth).as("growth").isEqualTo(Ratio.of(1, 4));
    assertThat(growth.percent()).as("percent").contains(new BigDecimal("25.0"));
    // Flows grow too: new members 1 -> 2 is +100% (1/1); transfers in 1 -> 1 is 0% (0/1).
    assertThat(Indicators.growth(Measure.NEW_MEMBERS, y2019, y2020)).as("new").isEqualTo(Ratio.of(1, 1));
    assertThat(Indicators.growth(Measure.TRANSFERS_IN, y2019, y2020)).as("in").isEqualTo(Ratio.of(0, 1));
    // Each year's roll-up is the one RollUp.of gives (no member near an age limit, so the day judged is moot).
    for (ReportingPeriod year : List.of(Y2019, Y2020)) {
      assertThat(years.get(year).subtree(HB.id())).as("%s alone", year)
          .isEqualTo(rollUp(members, CountOptions.of(year)).subtree(HB.id()));
    }
  }

  @Test
  void aFallIsANegativeGrowth() {
    List<Member> members = List.of(
        joinedOn("A", "U1", "2015-01-01").build(),
        joinedOn("B", "U1", "2015-01-01").left(day("2020-03-01")).leaveReason(LeaveReason.WITHDREW).build());

    Map<ReportingPeriod, RollUp> years = RollUp.over(List.of(Y2019, Y2020), TREE, members, List.of(), IN_2020);

    // 2 members at the end of 2019, 1 at the end of 2020: (1 - 2) / 2 = -50.0%.
    Ratio growth = Indicators.growth(Measure.MEMBERS, years.get(Y2019).subtree(HB.id()),
        years.get(Y2020).subtree(HB.id()));
    assertThat(growth).as("growth").isEqualTo(Ratio.of(-1, 2));
    assertThat(growth.percent()).as("percent").contains(new BigDecimal("-50.0"));
  }
}
