package org.unionkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Dataset;
import org.unionkit.model.Entry;
import org.unionkit.model.LeaveReason;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.UnderageExemption;

/**
 * Roll-ups for periods over registers of membership spells: generated datasets whose members are given
 * random join dates (some unknown), transfers in, leave dates with reasons, implausible birth years and
 * organisations they cannot belong to, whose unions are founded and dissolved, and whose contracts carry
 * signing days. A period's stock is the roll-up of the members on its last day; consecutive stocks differ
 * by the later period's flows; one pass over several periods is one roll-up per period; repeats, the
 * records' accounting, the member columns and the sibling protocol of threaded readers agree with
 * {@link RollUp#of(OrganisationTree, Iterable, Iterable, CountOptions)}.
 */
class PeriodRollUpProperties {
  private static final int EXAMPLES = 60;
  private static final List<Scope> SCOPES = List.of(Scope.all(), Scope.all(), Scope.all().withNonPublic(),
      Scope.all().withMinEmployees(100), Scope.all().withNonPublic().withMinEmployees(100));
  /** The member measures counted on the period's last day. */
  private static final List<Measure> STOCKS = List.of(Measure.MEMBERS, Measure.EMPLOYEE_MEMBERS,
      Measure.SKILLED_MEMBERS, Measure.APPRENTICE_MEMBERS, Measure.HIGH_SKILL_MEMBERS,
      Measure.TECHNICIAN_OR_ABOVE_MEMBERS, Measure.NEW_EMPLOYMENT_MEMBERS, Measure.TRUCK_DRIVER_MEMBERS,
      Measure.COURIER_MEMBERS, Measure.SECURITY_GUARD_MEMBERS, Measure.DOMESTIC_WORKER_MEMBERS,
      Measure.FOOD_DELIVERY_RIDER_MEMBERS, Measure.CARE_WORKER_MEMBERS, Measure.MALL_INFORMATION_WORKER_MEMBERS,
      Measure.ESTATE_AGENT_MEMBERS);

  // ---- generators -----------------------------------------------------------------------------------

  /** A register to roll up, and what to roll it up for. */
  record Case(OrganisationTree tree, List<Member> members, List<CollectiveContract> contracts,
      List<ReportingPeriod> periods, ReportingPeriod following, Optional<LocalDate> asOf, LocalDate someDay,
      Scope scope, long seed) {
    /** The first period. */
    ReportingPeriod period() {
      return periods.get(0);
    }

    /** The first period's options: its scope, and its as-of date when it has one. */
    CountOptions options() {
      CountOptions options = CountOptions.of(period()).withScope(scope);
      return asOf.map(options::withAsOf).orElse(options);
    }

    @Override
    public String toString() {
      return "Case[" + tree + ", " + members.size() + " members, " + contracts.size() + " contracts, periods "
          + periods + ", following " + following + ", as of " + asOf + ", some day " + someDay + ", scope " + scope
          + ", seed " + seed + "]";
    }
  }

  /** Registers of spells over small generated provinces; with {@code allJoined}, every join date is known. */
  static Gen<Case> cases(boolean allJoined) {
    return Generated.datasets().zip(longs().all(), (d, seed) -> makeCase(d, seed, allJoined));
  }

  private static LocalDate day(SplittableRandom random, int fromYear, int toYear) {
    LocalDate from = LocalDate.of(fromYear, 1, 1);
    int days = (int) (LocalDate.of(toYear + 1, 1, 1).toEpochDay() - from.toEpochDay());
    return from.plusDays(random.nextInt(days));
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A year, a month, a span of up to about three years or a single day, from 2012 to about 2028. */
  private static ReportingPeriod period(SplittableRandom random) {
    LocalDate start = day(random, 2012, 2025);
    return switch (random.nextInt(4)) {
      case 0 -> ReportingPeriod.ofYear(start.getYear());
      case 1 -> ReportingPeriod.of(start.withDayOfMonth(1), start.withDayOfMonth(start.lengthOfMonth()));
      case 2 -> ReportingPeriod.of(start, start.plusDays(random.nextInt(1200)));
      default -> ReportingPeriod.of(start, start);
    };
  }

  private static Case makeCase(Dataset d, long seed, boolean allJoined) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Organisation> organisations = new ArrayList<>();
    for (Organisation o : d.organisations()) {
      Organisation spelt = o;
      if (o.kind().isGrassroots() && random.nextInt(4) > 0) {
        LocalDate founded = day(random, 2012, 2025);
        spelt = spelt.withFounded(founded);
        if (random.nextInt(4) == 0) {
          spelt = spelt.withDissolved(founded.plusDays(random.nextInt(3000)));
        }
      }
      organisations.add(spelt);
    }
    OrganisationTree tree = OrganisationTree.of(organisations);
    List<OrganisationId> federations = organisations.stream().filter(o -> !o.kind().isGrassroots())
        .map(Organisation::id).toList();
    List<Member> members = new ArrayList<>();
    for (Member m : d.members()) {
      members.add(spell(m, random, allJoined, federations, organisations));
    }
    List<CollectiveContract> contracts = new ArrayList<>();
    for (CollectiveContract c : d.contracts()) {
      contracts.add(random.nextBoolean() ? c : c.withSigned(c.validity().start().minusDays(random.nextInt(400))));
    }
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int p = 1 + random.nextInt(4); p > 0; p--) {
      periods.add(random.nextInt(6) == 0 && !periods.isEmpty() ? periods.get(0) : period(random));
    }
    LocalDate afterFirst = periods.get(0).end().plusDays(1);
    ReportingPeriod following = random.nextBoolean()
        ? ReportingPeriod.of(afterFirst, afterFirst.plusDays(random.nextInt(800)))
        : ReportingPeriod.of(afterFirst, afterFirst.plusYears(1).minusDays(1));
    Optional<LocalDate> asOf = random.nextBoolean() ? Optional.empty() : Optional.of(day(random, 2014, 2028));
    return new Case(tree, List.copyOf(members), List.copyOf(contracts), List.copyOf(periods), following, asOf,
        day(random, 2012, 2028), SCOPES.get(random.nextInt(SCOPES.size())), seed);
  }

  /**
   * The member with a random spell: joined 2010-2026 (unknown now and then), by transfer in one time in
   * five, ended one time in three for a random reason; now and then a birth year a century back, a joining
   * age under 16 (sometimes exempt), or an organisation that is a federation or is not in the tree.
   */
  private static Member spell(Member m, SplittableRandom random, boolean allJoined, List<OrganisationId> federations,
      List<Organisation> organisations) {
    int where = random.nextInt(100);
    OrganisationId organisation = where < 2 && !federations.isEmpty()
        ? federations.get(random.nextInt(federations.size()))
        : where < 3 ? OrganisationId.parse("ZZ" + random.nextInt(5)) : m.organisation();
    Member.Builder b = Member.builder().id(m.id()).organisation(organisation).workRelation(m.workRelation())
        .employmentForm(m.employmentForm()).sex(m.sex()).skillLevel(m.skillLevel()).hardship(m.hardship())
        .addAllHonours(m.honours());
    int born;
    if (random.nextInt(25) == 0) {
      born = 1895 + random.nextInt(30);
      b.birthYear(Year.of(born));
    } else if (random.nextInt(12) == 0) {
      born = 1998 + random.nextInt(8);
      b.birthYear(Year.of(born));
    } else {
      born = m.birthYear().map(Year::getValue).orElse(1960);
      b.birthYear(m.birthYear()).citizenId(m.citizenId());
    }
    Optional<LocalDate> joined = !allJoined && random.nextInt(20) == 0 ? Optional.empty()
        : Optional.of(day(random, Math.max(2010, born), 2026));
    b.joined(joined);
    if (random.nextInt(20) == 0) {
      b.underageExemption(pick(random, UnderageExemption.values()));
    }
    if (random.nextInt(5) == 0) {
      b.entry(Entry.TRANSFER_IN);
      if (random.nextBoolean()) {
        b.transferredFrom(organisations.get(random.nextInt(organisations.size())).id());
      }
    }
    if (random.nextInt(3) == 0) {
      LocalDate left = joined.map(j -> j.plusDays(random.nextInt(2500))).orElseGet(() -> day(random, 2010, 2026));
      LeaveReason reason = pick(random, LeaveReason.values());
      b.left(left).leaveReason(reason);
      if (reason == LeaveReason.TRANSFERRED_OUT && random.nextBoolean()) {
        b.transferredTo(organisations.get(random.nextInt(organisations.size())).id());
      }
    }
    return b.build();
  }

  /** The member with the same start and no end: the spell as a register taken on a day of it shows it. */
  private static Member open(Member m) {
    return Member.builder().id(m.id()).organisation(m.organisation()).workRelation(m.workRelation())
        .employmentForm(m.employmentForm()).sex(m.sex()).birthYear(m.birthYear()).joined(m.joined())
        .entry(m.entry()).transferredFrom(m.transferredFrom()).underageExemption(m.underageExemption())
        .skillLevel(m.skillLevel()).hardship(m.hardship()).addAllHonours(m.honours()).citizenId(m.citizenId())
        .build();
  }

  /** The input with {@code k} copies of its members, each put somewhere after its original. */
  private static List<Member> withRepeats(List<Member> members, int k, SplittableRandom random) {
    List<Member> input = new ArrayList<>(members);
    for (int j = 0; j < k && !members.isEmpty(); j++) {
      Member original = members.get(random.nextInt(members.size()));
      int after = input.indexOf(original);
      input.add(after + 1 + random.nextInt(input.size() - after), original);
    }
    return input;
  }

  // ---- oracles --------------------------------------------------------------------------------------

  /** The rules the member breaks, as {@link RecordRule} documents them (the repeated id apart). */
  private static Set<RecordRule> broken(Member m, OrganisationTree tree, @Nullable LocalDate asOf,
      @Nullable LocalDate judged) {
    Set<RecordRule> rules = EnumSet.noneOf(RecordRule.class);
    Optional<Organisation> organisation = tree.get(m.organisation());
    if (organisation.isEmpty()) {
      rules.add(RecordRule.ORGANISATION_NOT_IN_TREE);
    } else if (!organisation.get().kind().isGrassroots()) {
      rules.add(RecordRule.NOT_GRASSROOTS);
    }
    if (asOf != null && (m.joined().map(j -> j.isAfter(asOf)).orElse(false)
        || m.left().map(l -> l.isAfter(asOf)).orElse(false))) {
      rules.add(RecordRule.AFTER_AS_OF);
    }
    if (m.birthYear().isPresent()) {
      int born = m.birthYear().get().getValue();
      if (m.joined().isPresent() && m.underageExemption().isEmpty() && m.joined().get().getYear() - born < 16) {
        rules.add(RecordRule.UNDER_16_AT_JOINING);
      }
      // At least 101 whatever the birthday: on 31 December every birthday of the year has passed.
      boolean lastDay = judged != null && judged.getMonthValue() == 12 && judged.getDayOfMonth() == 31;
      if (judged != null && m.isMemberOn(judged) && judged.getYear() - born > (lastDay ? 100 : 101)) {
        rules.add(RecordRule.OVER_100);
      }
    }
    return rules;
  }

  /** Whether a member who keeps every rule counts in the period: in its stock or in one of its flows. */
  private static boolean inPeriod(Member m, ReportingPeriod period) {
    if (m.isMemberOn(period.end())) {
      return true;
    }
    if (period.equals(CountOptions.allTime().period())) {
      return false;
    }
    return m.joined().map(period::contains).orElse(false) || m.left().map(period::contains).orElse(false);
  }

  /** The records, from 1, of the input that were rejected. */
  private static Set<Long> rejectedRecords(RollUp rollUp) {
    Set<Long> records = new HashSet<>();
    rollUp.rejections().stream().filter(r -> r.kind().equals("member")).forEach(r -> records.add(r.record()));
    return records;
  }

  /** What a rejection says: where, which record, the rule and the reason. */
  record Row(String kind, long record, String id, RecordRule rule, String reason) {}

  private static List<Row> rows(List<Rejection> rejections) {
    return rejections.stream().map(r -> new Row(r.kind(), r.record(), r.id(), r.rule(), r.reason())).toList();
  }

  private static Tally stocks(Tally tally) {
    Tally stocks = Tally.empty();
    for (Measure m : STOCKS) {
      stocks = stocks.with(m, tally.get(m));
    }
    return stocks;
  }

  private static Tally roots(RollUp rollUp) {
    return rollUp.tree().roots().stream().map(r -> rollUp.subtree(r.id())).reduce(Tally.empty(), Tally::plus);
  }

  /** Every organisation's own and subtree tallies are the expected roll-up's. */
  private static void assertSameFigures(RollUp actual, RollUp expected, String what) {
    for (Organisation o : expected.tree().preOrder()) {
      assertThat(actual.own(o.id())).as("%s: own of %s", what, o.id()).isEqualTo(expected.own(o.id()));
      assertThat(actual.subtree(o.id())).as("%s: subtree of %s", what, o.id()).isEqualTo(expected.subtree(o.id()));
    }
  }

  /** The figures, the records' accounting and the rejections are the expected roll-up's. */
  private static void assertSameRollUp(RollUp actual, RollUp expected, String what) {
    assertSameFigures(actual, expected, what);
    assertThat(actual.members()).as("%s: members", what).isEqualTo(expected.members());
    assertThat(actual.contracts()).as("%s: contracts", what).isEqualTo(expected.contracts());
    assertThat(actual.rejections()).as("%s: rejections", what).isEqualTo(expected.rejections());
  }

  // ---- properties -----------------------------------------------------------------------------------

  /** The generators make what the other properties are about: every rule broken, every flow counted. */
  @Test
  void theRegistersHoldEveryKindOfRecord() {
    Set<RecordRule> rules = EnumSet.noneOf(RecordRule.class);
    Set<Measure> counted = EnumSet.noneOf(Measure.class);
    long[] outside = new long[1];
    // Enough examples that the rarest of them (a transfer out inside the period) comes up in every run.
    qt().withExamples(EXAMPLES * 10).forAll(cases(false)).checkAssert(c -> {
      RollUp rollUp = RollUp.of(c.tree(), withRepeats(c.members(), 2, new SplittableRandom(c.seed())),
          c.contracts(), CountOptions.of(c.period()).withAsOf(c.someDay()));
      rollUp.rejections().forEach(r -> rules.add(r.rule()));
      RollUp noAsOf = RollUp.of(c.tree(), c.members(), c.contracts(), CountOptions.of(c.period()));
      noAsOf.rejections().forEach(r -> rules.add(r.rule()));
      Tally all = roots(noAsOf);
      for (Measure m : Measure.values()) {
        if (all.get(m) > 0) {
          counted.add(m);
        }
      }
      outside[0] += noAsOf.members().outsidePeriod() + noAsOf.contracts().outsidePeriod();
    });
    assertThat(rules).as("rules broken").containsExactlyInAnyOrder(RecordRule.values());
    assertThat(counted).as("measures counted").contains(Measure.MEMBERS, Measure.NEW_MEMBERS,
        Measure.NEW_EMPLOYMENT_NEW_MEMBERS, Measure.TRANSFERS_IN, Measure.LEFT_MEMBERS, Measure.TRANSFERS_OUT,
        Measure.NEW_UNIONS, Measure.DISSOLVED_UNIONS, Measure.UNIONISED_UNITS, Measure.CONTRACTS,
        Measure.CONTRACTS_SIGNED, Measure.CONTRACTS_SIGNED_COVERAGE);
    assertThat(outside[0]).as("records outside their period").isPositive();
  }

  @Test
  void aPeriodsStocksAreTheRollUpOfTheMembersOnItsLastDayAndItsFlowsTheSpellsBegunOrEndedInIt() {
    qt().withExamples(EXAMPLES).forAll(cases(false)).checkAssert(c -> {
      ReportingPeriod p = c.period();
      CountOptions options = CountOptions.of(p).withScope(c.scope());
      RollUp all = RollUp.of(c.tree(), c.members(), c.contracts(), options);
      List<Member> onLastDay = c.members().stream().filter(m -> m.isMemberOn(p.end())).toList();
      RollUp filtered = RollUp.of(c.tree(), onLastDay, c.contracts(), options);
      RollUp asAt = RollUp.of(c.tree(), onLastDay, c.contracts(),
          CountOptions.of(ReportingPeriod.of(p.end(), p.end())).withScope(c.scope()));
      // Over all time a stock is every member who has not left: the spells as a register taken on p's
      // last day shows them (no end yet), the age judged on that day.
      RollUp allTime = RollUp.of(c.tree(), onLastDay.stream().map(PeriodRollUpProperties::open).toList(),
          c.contracts(), CountOptions.allTime().withAsOf(p.end()).withScope(c.scope()));
      for (Organisation o : c.tree().preOrder()) {
        Tally own = stocks(all.own(o.id()));
        Tally subtree = stocks(all.subtree(o.id()));
        assertThat(stocks(filtered.own(o.id()))).as("own stock of %s, members on the last day", o.id()).isEqualTo(own);
        assertThat(stocks(filtered.subtree(o.id()))).as("subtree stock of %s", o.id()).isEqualTo(subtree);
        assertThat(stocks(asAt.subtree(o.id()))).as("subtree stock of %s as at the last day", o.id())
            .isEqualTo(subtree);
        assertThat(stocks(allTime.subtree(o.id()))).as("subtree stock of %s over all time", o.id())
            .isEqualTo(subtree);
      }
      for (Organisation o : c.tree().preOrder()) {
        assertThat(all.subtree(o.id()).contradiction()).as("no part exceeds its whole at %s", o.id()).isEmpty();
      }
      // Flows by hand, over the members counted (not rejected) of organisations in scope.
      Set<Long> rejected = rejectedRecords(all);
      Map<OrganisationId, long[]> flows = new HashMap<>();
      for (int i = 0; i < c.members().size(); i++) {
        Member m = c.members().get(i);
        if (rejected.contains(i + 1L) || !c.scope().includes(c.tree().get(m.organisation()).orElseThrow())) {
          continue;
        }
        long[] f = flows.computeIfAbsent(m.organisation(), x -> new long[5]);
        boolean joinedIn = m.joined().map(p::contains).orElse(false);
        boolean leftIn = m.left().map(p::contains).orElse(false);
        f[0] += joinedIn && m.entry() == Entry.NEW_MEMBER ? 1 : 0;
        f[1] += joinedIn && m.entry() == Entry.NEW_MEMBER && m.employmentForm().isNewEmploymentGroup() ? 1 : 0;
        f[2] += joinedIn && m.entry() == Entry.TRANSFER_IN ? 1 : 0;
        f[3] += leftIn ? 1 : 0;
        f[4] += leftIn && m.leaveReason().equals(Optional.of(LeaveReason.TRANSFERRED_OUT)) ? 1 : 0;
      }
      Measure[] measures = {Measure.NEW_MEMBERS, Measure.NEW_EMPLOYMENT_NEW_MEMBERS, Measure.TRANSFERS_IN,
          Measure.LEFT_MEMBERS, Measure.TRANSFERS_OUT};
      long[] total = new long[measures.length];
      for (Organisation o : c.tree().preOrder()) {
        long[] f = flows.getOrDefault(o.id(), new long[measures.length]);
        for (int k = 0; k < measures.length; k++) {
          assertThat(all.own(o.id()).get(measures[k])).as("%s of %s", measures[k], o.id()).isEqualTo(f[k]);
          total[k] += f[k];
        }
      }
      for (int k = 0; k < measures.length; k++) {
        assertThat(roots(all).get(measures[k])).as("%s of the whole register", measures[k]).isEqualTo(total[k]);
      }
    });
  }

  @Test
  void stocksAtConsecutivePeriodEndsDifferByTheLaterPeriodsNewAndTransferredInLessTheLeavers() {
    qt().withExamples(EXAMPLES).forAll(cases(true)).checkAssert(c -> {
      ReportingPeriod earlier = c.period();
      ReportingPeriod later = c.following();
      CountOptions options = c.options();
      Map<ReportingPeriod, RollUp> both = RollUp.over(List.of(earlier, later), c.tree(), c.members(),
          c.contracts(), options);
      LocalDate asOf = c.asOf().orElse(later.end());
      RollUp before = RollUp.of(c.tree(), c.members(), c.contracts(),
          CountOptions.of(earlier).withScope(c.scope()).withAsOf(asOf));
      RollUp after = RollUp.of(c.tree(), c.members(), c.contracts(),
          CountOptions.of(later).withScope(c.scope()).withAsOf(asOf));
      List<List<RollUp>> pairs = List.of(List.of(both.get(earlier), both.get(later)), List.of(before, after));
      for (List<RollUp> pair : pairs) {
        for (Organisation o : c.tree().preOrder()) {
          for (boolean subtree : new boolean[] {false, true}) {
            Tally from = subtree ? pair.get(0).subtree(o.id()) : pair.get(0).own(o.id());
            Tally to = subtree ? pair.get(1).subtree(o.id()) : pair.get(1).own(o.id());
            assertThat(to.get(Measure.MEMBERS) - from.get(Measure.MEMBERS))
                .as("%s of %s: %s stock - %s stock", subtree ? "subtree" : "own", o.id(), later, earlier)
                .isEqualTo(to.get(Measure.NEW_MEMBERS) + to.get(Measure.TRANSFERS_IN) - to.get(Measure.LEFT_MEMBERS));
          }
        }
      }
    });
  }

  @Test
  void severalPeriodsInOnePassAreOneRollUpPerPeriodUnderTheSameAsOfDate() {
    qt().withExamples(EXAMPLES).forAll(cases(false)).checkAssert(c -> {
      LocalDate asOf = c.asOf().orElse(c.someDay());
      CountOptions options = CountOptions.allTime().withScope(c.scope()).withAsOf(asOf);
      Map<ReportingPeriod, RollUp> over = RollUp.over(c.periods(), c.tree(), c.members(), c.contracts(), options);
      assertThat(over.keySet()).as("each period once, in order").containsExactlyElementsOf(
          new LinkedHashSet<>(c.periods()));
      for (ReportingPeriod p : over.keySet()) {
        CountOptions single = CountOptions.of(p).withScope(c.scope()).withAsOf(asOf);
        RollUp alone = RollUp.of(c.tree(), c.members(), c.contracts(), single);
        assertSameRollUp(over.get(p), alone, "period " + p);
        assertThat(over.get(p).options()).as("options of %s", p).isEqualTo(single);
        assertThat(over.get(p).recordsRead()).as("records read").isEqualTo(alone.recordsRead());
      }
      // Without an as-of date the age is judged on the latest period's last day: the latest period's roll-up
      // is then the one RollUp.of gives for it alone.
      ReportingPeriod latest = c.periods().stream().max(Comparator.comparing(ReportingPeriod::end)).orElseThrow();
      CountOptions noAsOf = CountOptions.of(latest).withScope(c.scope());
      assertSameRollUp(RollUp.over(c.periods(), c.tree(), c.members(), c.contracts(), noAsOf).get(latest),
          RollUp.of(c.tree(), c.members(), c.contracts(), noAsOf), "latest period without an as-of date");
    });
  }

  @Test
  void repeatedMembersAnywhereAfterTheirOriginalChangeNoFigureAndAreEachRejectedOnce() {
    qt().withExamples(EXAMPLES).forAll(cases(false), longs().all()).checkAssert((c, seed) -> {
      SplittableRandom random = new SplittableRandom(seed);
      int k = c.members().isEmpty() ? 0 : 1 + random.nextInt(6);
      List<Member> input = withRepeats(c.members(), k, random);
      CountOptions options = c.options();
      RollUp base = RollUp.of(c.tree(), c.members(), c.contracts(), options);
      List<Row> expected = expectedRows(input, base.rejections());
      long duplicates = expected.stream().filter(r -> r.rule() == RecordRule.DUPLICATE_ID).count();
      RecordCounts counts = new RecordCounts(input.size(), base.members().accepted(),
          base.members().outsidePeriod(), base.members().rejected() + k);

      RollUp repeated = RollUp.of(c.tree(), input, c.contracts(), options);
      assertSameFigures(repeated, base, "RollUp.of");
      assertThat(repeated.members()).as("RollUp.of: %d repeats", k).isEqualTo(counts);
      assertThat(rows(repeated.rejections())).as("RollUp.of: rejections").isEqualTo(expected);
      assertThat(repeated.rejections().stream().filter(r -> r.rule() == RecordRule.DUPLICATE_ID).count())
          .as("repeats of counted or outside records").isEqualTo(duplicates);

      MemberColumns columns = MemberColumns.of(c.tree(), input, options);
      assertThat(columns.counts()).as("columns: counts").isEqualTo(counts);
      assertThat(rows(columns.rejections())).as("columns: rejections").isEqualTo(expected);
      assertSameFigures(RollUp.of(columns, c.contracts(), c.scope()), base, "columns");

      Map<ReportingPeriod, RollUp> overBase = RollUp.over(c.periods(), c.tree(), c.members(), c.contracts(), options);
      Map<ReportingPeriod, RollUp> overRepeated = RollUp.over(c.periods(), c.tree(), input, c.contracts(), options);
      for (ReportingPeriod p : overBase.keySet()) {
        assertSameFigures(overRepeated.get(p), overBase.get(p), "over, " + p);
        RecordCounts b = overBase.get(p).members();
        assertThat(overRepeated.get(p).members()).as("over, %s: counts", p)
            .isEqualTo(new RecordCounts(input.size(), b.accepted(), b.outsidePeriod(), b.rejected() + k));
        assertThat(rows(overRepeated.get(p).rejections())).as("over, %s: rejections", p)
            .isEqualTo(expectedRows(input, overBase.get(p).rejections()));
      }
    });
  }

  /**
   * What each record of an input with repeats becomes: an original as without the repeats (renumbered); a
   * repeat of an original rejected by a rule, rejected by that rule; a repeat of any other, rejected naming
   * the original's record.
   */
  private static List<Row> expectedRows(List<Member> input, List<Rejection> withoutRepeats) {
    Map<String, Rejection> before = new HashMap<>();
    withoutRepeats.stream().filter(r -> r.kind().equals("member")).forEach(r -> before.put(r.id(), r));
    Map<String, Long> firstRecord = new HashMap<>();
    List<Row> expected = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      long record = i + 1L;
      String id = input.get(i).id().toString();
      Long first = firstRecord.putIfAbsent(id, record);
      Rejection rejected = before.get(id);
      if (rejected != null) {
        expected.add(new Row("member", record, id, rejected.rule(), rejected.reason()));
      } else if (first != null) {
        expected.add(new Row("member", record, id, RecordRule.DUPLICATE_ID,
            "repeats the member id of record " + first + ", which is counted instead"));
      }
    }
    return expected;
  }

  @Test
  void everyMemberRecordIsCountedOutsideThePeriodOrRejectedAndTheColumnsRollUpAsTheRecordsDo() {
    qt().withExamples(EXAMPLES).forAll(cases(false), longs().all()).checkAssert((c, seed) -> {
      SplittableRandom random = new SplittableRandom(seed);
      ReportingPeriod p = random.nextInt(4) == 0 ? CountOptions.allTime().period() : c.period();
      CountOptions plain = p.equals(CountOptions.allTime().period()) ? CountOptions.allTime() : CountOptions.of(p);
      CountOptions options = c.asOf().map(plain::withAsOf).orElse(plain);
      LocalDate asOf = c.asOf().orElse(null);
      boolean allTime = p.equals(CountOptions.allTime().period());
      LocalDate judged = asOf != null ? asOf : allTime ? null : p.end();

      RollUp rollUp = RollUp.of(c.tree(), c.members(), c.contracts(), options.withScope(c.scope()));
      assertAccounted(rollUp.members(), rollUp.rejections(), c, p, asOf, judged, "RollUp.of");
      // A contract counts when in force on a day of the period or signed in it (over all time: always).
      long contractsIn = c.contracts().stream().filter(k -> allTime || k.validity().overlaps(p)
          || p.contains(k.signingDate())).count();
      assertThat(rollUp.contracts()).as("contracts").isEqualTo(new RecordCounts(c.contracts().size(), contractsIn,
          c.contracts().size() - contractsIn, 0));

      MemberColumns columns = MemberColumns.of(c.tree(), c.members(), options);
      assertAccounted(columns.counts(), columns.rejections(), c, p, asOf, judged, "columns");
      assertThat(columns.size()).as("columns hold the members counted").isEqualTo(columns.counts().accepted());
      RollUp fromColumns = RollUp.of(columns, c.contracts(), c.scope());
      assertSameRollUp(fromColumns, rollUp, "columns");
      assertThat(fromColumns.options()).as("columns: options").isEqualTo(rollUp.options());

      Map<ReportingPeriod, RollUp> over = RollUp.over(c.periods(), c.tree(), c.members(), c.contracts(),
          options.withScope(c.scope()));
      ReportingPeriod latest = c.periods().stream().max(Comparator.comparing(ReportingPeriod::end)).orElseThrow();
      for (ReportingPeriod q : over.keySet()) {
        assertAccounted(over.get(q).members(), over.get(q).rejections(), c, q, asOf,
            asOf != null ? asOf : latest.end(), "over, " + q);
      }
    });
  }

  /** Read, counted, outside and rejected as the rules and the period say, record by record. */
  private static void assertAccounted(RecordCounts counts, List<Rejection> rejections, Case c, ReportingPeriod p,
      @Nullable LocalDate asOf, @Nullable LocalDate judged, String what) {
    long accepted = 0;
    long outside = 0;
    Map<Long, Set<RecordRule>> expected = new HashMap<>();
    for (int i = 0; i < c.members().size(); i++) {
      Member m = c.members().get(i);
      Set<RecordRule> rules = broken(m, c.tree(), asOf, judged);
      if (!rules.isEmpty()) {
        expected.put(i + 1L, rules);
      } else if (inPeriod(m, p)) {
        accepted++;
      } else {
        outside++;
      }
    }
    List<Rejection> members = rejections.stream().filter(r -> r.kind().equals("member")).toList();
    assertThat(counts).as("%s: accounting", what).isEqualTo(new RecordCounts(c.members().size(), accepted, outside,
        expected.size()));
    assertThat(members).as("%s: rejected records", what).extracting(Rejection::record)
        .containsExactlyElementsOf(expected.keySet().stream().sorted().toList());
    for (Rejection r : members) {
      assertThat(expected.get(r.record())).as("%s: rules record %d breaks", what, r.record()).contains(r.rule());
      assertThat(r.id()).as("%s: id of record %d", what, r.record())
          .isEqualTo(c.members().get((int) r.record() - 1).id().toString());
    }
  }

  @Test
  void siblingsCountingAnySplitThenClaimingInOrderOnTheOriginEqualOnePass() {
    qt().withExamples(EXAMPLES).forAll(cases(false), longs().all()).checkAssert((c, seed) -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<Member> input = withRepeats(c.members(), random.nextInt(5), random);
      CountOptions options = c.options();
      int k = 1 + random.nextInt(5);
      int split = random.nextInt(3);

      RollUp.Accumulator origin = RollUp.accumulator(c.tree(), options);
      List<RollUp.Accumulator> siblings = new ArrayList<>();
      for (int s = 0; s < k; s++) {
        siblings.add(origin.sibling());
      }
      // Now and then the origin counts a piece itself (the last), and is then not merged into itself.
      boolean originCounts = random.nextInt(3) == 0;
      List<RollUp.Accumulator> counters = new ArrayList<>(siblings);
      if (originCounts) {
        counters.set(k - 1, origin);
        siblings.remove(k - 1);
      }
      List<Rejection> rejections = new ArrayList<>();
      boolean[] counted = new boolean[input.size()];
      int chunk = Math.max(1, (input.size() + k - 1) / k);
      for (int i = 0; i < input.size(); i++) {
        int s = switch (split) {
          case 0 -> i % k;                      // round robin
          case 1 -> Math.min(k - 1, i / chunk); // contiguous pieces
          default -> random.nextInt(k);         // anywhere
        };
        Member m = input.get(i);
        Rejection rejection = counters.get(s).count(m, i + 1);
        if (rejection == null) {
          counted[i] = true;
        } else {
          rejections.add(rejection);
        }
      }
      for (int i = 0; i < input.size(); i++) {
        if (counted[i]) {
          Rejection rejection = origin.claim(input.get(i), i + 1);
          if (rejection != null) {
            rejections.add(rejection);
          }
        }
      }
      Collections.shuffle(siblings, new Random(seed));
      if (siblings.isEmpty() || random.nextBoolean()) {
        siblings.forEach(origin::merge);
      } else {
        // Siblings merged among themselves first, then into the origin.
        RollUp.Accumulator first = siblings.get(0);
        siblings.subList(1, siblings.size()).forEach(first::merge);
        origin.merge(first);
      }
      RollUp merged = origin.finish(c.contracts());
      RollUp onePass = RollUp.of(c.tree(), input, c.contracts(), options);

      assertSameFigures(merged, onePass, k + " counters, split " + split + (originCounts ? ", the origin one" : ""));
      assertThat(merged.members()).as("members").isEqualTo(onePass.members());
      assertThat(merged.contracts()).as("contracts").isEqualTo(onePass.contracts());
      rejections.sort(Comparator.comparingLong(Rejection::record));
      assertThat(rejections).as("the rejections handed back")
          .isEqualTo(onePass.rejections().stream().filter(r -> r.kind().equals("member")).toList());
    });
  }

  @Test
  void groupingTheCountedMembersByAnyKeyAddsUpToTheRollUpsMemberFigures() {
    qt().withExamples(EXAMPLES).forAll(cases(false)).checkAssert(c -> {
      ReportingPeriod p = c.period();
      RollUp rollUp = RollUp.of(c.tree(), c.members(), c.contracts(), CountOptions.of(p));
      Set<Long> rejected = rejectedRecords(rollUp);
      List<Member> counted = new ArrayList<>();
      for (int i = 0; i < c.members().size(); i++) {
        if (!rejected.contains(i + 1L)) {
          counted.add(c.members().get(i));
        }
      }
      GroupBy.Groups<?> bySkill = GroupBy.members(counted, p, GroupBy.skillLevel());
      Tally sum = bySkill.groups().values().stream().reduce(bySkill.unknown(), Tally::plus);
      assertThat(sum).as("per skill level, added").isEqualTo(StatsFixtures.memberPart(roots(rollUp)));
    });
  }
}
