package org.unionkit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.unionkit.model.CitizenId;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractId;
import org.unionkit.model.ContractKind;
import org.unionkit.model.ContractScope;
import org.unionkit.model.Dataset;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Entry;
import org.unionkit.model.FigureId;
import org.unionkit.model.HardshipStatus;
import org.unionkit.model.Honour;
import org.unionkit.model.Industry;
import org.unionkit.model.IndustrySection;
import org.unionkit.model.Interval;
import org.unionkit.model.LeaveReason;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.Money;
import org.unionkit.model.Multiplier;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.Programme;
import org.unionkit.model.ProgrammeId;
import org.unionkit.model.ProgrammeKind;
import org.unionkit.model.Qualifier;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Sex;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.Source;
import org.unionkit.model.Unit;
import org.unionkit.model.WorkRelation;

/**
 * Seedable generators of valid model values, such as {@code UnionGenerators.seeded(7).tree(5, 4)} for
 * a five-level federation tree.
 *
 * <p>Values are valid by construction: building them never throws. Identifiers made by one instance
 * are unique within it ({@code O1}, {@code O2}, ...), so its organisations, members and contracts can be
 * combined into a {@link Dataset}. Member attributes follow rough shares of a provincial register
 * (documented on {@link #member(OrganisationId)}). Registers are as of {@link #AS_OF}: no date generated
 * lies after it. Not thread-safe: use one instance per thread.
 */
public final class UnionGenerators {
  private static final String ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";
  private static final int[] PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
      44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
  private static final Region HEBEI = Region.parse("130000");
  /** The day every generated register is taken on: the end of the seed review's year. */
  public static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);
  /** The year the national federation's campaign to bring in the eight new-employment groups began. */
  private static final LocalDate NEW_EMPLOYMENT_CAMPAIGN = LocalDate.of(2018, 1, 1);
  private static final LeaveReason[] LEAVE_REASONS = {LeaveReason.LEFT_EMPLOYMENT, LeaveReason.LEFT_EMPLOYMENT,
      LeaveReason.LEFT_EMPLOYMENT, LeaveReason.LEFT_EMPLOYMENT, LeaveReason.LEFT_EMPLOYMENT, LeaveReason.RETIRED,
      LeaveReason.RETIRED, LeaveReason.WITHDREW, LeaveReason.TRANSFERRED_OUT, LeaveReason.DECEASED};

  /**
   * Shares of the skill ladder among members with a skill level, in per mille. Calibrated so that 27.2%
   * of the skilled (apprentices left out) hold 高级工 or above, as in the 2020 Hebei review
   * (247万 of 909万).
   */
  private static final Map<SkillLevel, Integer> SKILL_PER_MILLE = skillShares();
  private static final List<EmploymentForm> NEW_EMPLOYMENT_GROUPS =
      Arrays.stream(EmploymentForm.values()).filter(EmploymentForm::isNewEmploymentGroup).toList();

  private static Map<SkillLevel, Integer> skillShares() {
    Map<SkillLevel, Integer> shares = new EnumMap<>(SkillLevel.class);
    shares.put(SkillLevel.APPRENTICE, 30);
    shares.put(SkillLevel.JUNIOR_WORKER, 336);
    shares.put(SkillLevel.INTERMEDIATE_WORKER, 370);
    shares.put(SkillLevel.SENIOR_WORKER, 194);
    shares.put(SkillLevel.TECHNICIAN, 50);
    shares.put(SkillLevel.SENIOR_TECHNICIAN, 15);
    shares.put(SkillLevel.PRINCIPAL_TECHNICIAN, 3);
    shares.put(SkillLevel.CHIEF_TECHNICIAN, 2);
    return shares;
  }

  private final RandomGenerator random;
  private long nextId;

  private UnionGenerators(RandomGenerator random) {
    this.random = random;
  }

  /**
   * Generators drawing from a {@link SplittableRandom} with the seed: the same seed gives the same
   * values everywhere.
   *
   * @param seed the seed
   * @return new generators, not null
   */
  public static UnionGenerators seeded(long seed) {
    return new UnionGenerators(new SplittableRandom(seed));
  }

  /**
   * Generators drawing from the caller's source, such as a property-testing engine's.
   *
   * @param random the source; not null
   * @return new generators, not null
   */
  public static UnionGenerators using(RandomGenerator random) {
    return new UnionGenerators(random);
  }

  // ---- identifiers and codes -------------------------------------------------------------------

  /**
   * A random valid identifier text: 1 to 64 characters of the allowed set, starting with a letter or
   * digit.
   *
   * @return the text, not null
   */
  public String identifierText() {
    int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 64 : 12);
    StringBuilder text = new StringBuilder().append(ID_CHARACTERS.charAt(random.nextInt(62)));
    while (text.length() < length) {
      text.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
    }
    return text.toString();
  }

  /**
   * A random organisation identifier (not necessarily unique).
   *
   * @return the identifier, not null
   */
  public OrganisationId organisationId() {
    return OrganisationId.parse(identifierText());
  }

  /**
   * A random member identifier (not necessarily unique).
   *
   * @return the identifier, not null
   */
  public MemberId memberId() {
    return MemberId.parse(identifierText());
  }

  /**
   * A random contract identifier (not necessarily unique).
   *
   * @return the identifier, not null
   */
  public ContractId contractId() {
    return ContractId.parse(identifierText());
  }

  /**
   * A random programme identifier (not necessarily unique).
   *
   * @return the identifier, not null
   */
  public ProgrammeId programmeId() {
    return ProgrammeId.parse(identifierText());
  }

  /**
   * A random figure identifier (not necessarily unique).
   *
   * @return the identifier, not null
   */
  public FigureId figureId() {
    return FigureId.parse(identifierText());
  }

  /**
   * A structurally valid GB/T 2260 code of any level (listed or not in any vintage).
   *
   * @return the region, not null
   */
  public Region region() {
    int province = PROVINCES[random.nextInt(PROVINCES.length)];
    int prefecture = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(99);
    int county = prefecture == 0 || random.nextBoolean() ? 0 : 1 + random.nextInt(99);
    return Region.parse(String.format("%02d%02d%02d", province, prefecture, county));
  }

  /**
   * A valid GB/T 4754-2017 industry: a section, or a division, group or class within it.
   *
   * @return the industry, not null
   */
  public Industry industry() {
    int division = 1 + random.nextInt(97);
    int depth = random.nextInt(4);
    if (depth == 0) {
      return Industry.of(IndustrySection.ofDivision(division));
    }
    StringBuilder digits = new StringBuilder(String.format("%02d", division));
    for (int i = 1; i < depth; i++) {
      digits.append(random.nextInt(10));
    }
    return Industry.parse(IndustrySection.ofDivision(division).name() + digits);
  }

  /**
   * A valid citizen ID number with a random area, birth date (1940-2005) and sex.
   *
   * @return the number, not null
   */
  public CitizenId citizenId() {
    return citizenId(region(), LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 65)),
        random.nextBoolean() ? Sex.MALE : Sex.FEMALE);
  }

  /**
   * A valid citizen ID number for the given area, birth date and sex, with a random sequence.
   *
   * @param area the area code; not null
   * @param birthDate the birth date, years 1870 to 9999; not null
   * @param sex the sex the sequence digit encodes; not null
   * @return the number, not null
   */
  public CitizenId citizenId(Region area, LocalDate birthDate, Sex sex) {
    int sequence = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
    String body = area.code() + String.format("%04d%02d%02d%03d", birthDate.getYear(), birthDate.getMonthValue(),
        birthDate.getDayOfMonth(), sequence);
    return CitizenId.parse(body + checkCharacter(body));
  }

  /** ISO 7064 MOD 11-2 as GB 11643-1999 applies it; written here independently of the model. */
  private static char checkCharacter(String body) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = (1 << (17 - i)) % 11;
      sum += (body.charAt(i) - '0') * weight;
    }
    return "10X98765432".charAt(sum % 11);
  }

  // ---- quantities, money, periods -------------------------------------------------------------

  /** Measure words outside the known units, as reports write them (宗 for cases in southern reports). */
  private static final String[] MEASURE_WORDS = {"宗", "座", "条", "处", "所", "支", "批", "轮"};

  /**
   * A valid quantity of any unit (another measure word among them), multiplier and qualifier, with 0 to 2
   * decimals where the unit allows.
   *
   * @return the quantity, not null
   */
  public Quantity quantity() {
    Unit unit = pick(Unit.values());
    Multiplier multiplier = random.nextBoolean() ? Multiplier.ONE : pick(Multiplier.values());
    List<Qualifier> allowed = new ArrayList<>();
    for (Qualifier q : Qualifier.values()) {
      boolean afterMultiplier = q == Qualifier.YU_AFTER_MULTIPLIER || q == Qualifier.DUO_AFTER_MULTIPLIER;
      if (!afterMultiplier || multiplier != Multiplier.ONE) {
        allowed.add(q);
      }
    }
    Qualifier qualifier = allowed.get(random.nextInt(allowed.size()));
    int decimals = multiplier == Multiplier.ONE && unit.dimension().isCount() ? 0 : random.nextInt(3);
    BigDecimal number = BigDecimal.valueOf(1 + random.nextLong(1_000_000), decimals);
    return unit == Unit.OTHER ? Quantity.ofMeasureWord(number, multiplier, qualifier, pick(MEASURE_WORDS))
        : Quantity.of(number, multiplier, qualifier, unit);
  }

  /**
   * A valid amount of money: whole fen, either sign, up to about 10^12 元.
   *
   * @return the money, not null
   */
  public Money money() {
    long fen = random.nextLong(1L << (1 + random.nextInt(50)));
    return Money.ofYuan(BigDecimal.valueOf(random.nextBoolean() ? fen : -fen, 2));
  }

  /**
   * A valid interval with integer-or-decimal ends, bounded or not.
   *
   * @return the interval, not null
   */
  public Interval interval() {
    BigDecimal lower = BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_000), random.nextInt(3));
    BigDecimal upper = lower.add(BigDecimal.valueOf(1 + random.nextLong(1_000_000), random.nextInt(3)));
    return switch (random.nextInt(5)) {
      case 0 -> Interval.point(lower);
      case 1 -> Interval.closed(lower, upper);
      case 2 -> Interval.closedOpen(lower, upper);
      case 3 -> Interval.atLeast(lower);
      default -> Interval.greaterThan(lower);
    };
  }

  /**
   * A valid period: a year, a month, or a span of up to three years, between 1990 and 2030.
   *
   * @return the period, not null
   */
  public ReportingPeriod period() {
    LocalDate start = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 40));
    return switch (random.nextInt(3)) {
      case 0 -> ReportingPeriod.ofYear(start.getYear());
      case 1 -> ReportingPeriod.of(start.withDayOfMonth(1), start.withDayOfMonth(start.lengthOfMonth()));
      default -> ReportingPeriod.of(start, start.plusDays(random.nextInt(365 * 3)));
    };
  }

  // ---- organisations and trees ----------------------------------------------------------------

  /**
   * A federation tree of {@code levels} levels in Hebei (130000): the provincial federation, city
   * federations, county federations, then township unions, and grassroots unions at the bottom level.
   * Each organisation has 1 to {@code maxChildren} children.
   *
   * @param levels the number of levels, at least 1 (a lone provincial federation)
   * @param maxChildren the most children per organisation, at least 1
   * @return the organisations, parents before children, not null
   * @throws IllegalArgumentException if an argument is below 1
   */
  public List<Organisation> tree(int levels, int maxChildren) {
    if (levels < 1 || maxChildren < 1) {
      throw new IllegalArgumentException("levels (" + levels + ") and maxChildren (" + maxChildren
          + ") must be at least 1");
    }
    return build(levels, depth -> 1 + random.nextInt(maxChildren));
  }

  /**
   * A province shaped like Hebei's federation: the provincial federation, {@code cities} city federations,
   * {@code countiesPerCity} county federations under each, and {@code unionsPerCounty} grassroots unions
   * under each county.
   *
   * @param cities city federations, at least 1 (Hebei has 11)
   * @param countiesPerCity county federations per city, at least 1
   * @param unionsPerCounty grassroots unions per county, at least 1
   * @return the organisations, parents before children, not null
   * @throws IllegalArgumentException if an argument is below 1
   */
  public List<Organisation> province(int cities, int countiesPerCity, int unionsPerCounty) {
    if (cities < 1 || countiesPerCity < 1 || unionsPerCounty < 1) {
      throw new IllegalArgumentException("cities (" + cities + "), countiesPerCity (" + countiesPerCity
          + ") and unionsPerCounty (" + unionsPerCounty + ") must be at least 1");
    }
    int[] fanout = {0, cities, countiesPerCity, unionsPerCounty};
    return build(4, depth -> fanout[depth]);
  }

  /**
   * A five-level province: the provincial federation, {@code cities} city federations, {@code countiesPerCity}
   * county federations under each, {@code townshipsPerCounty} township unions under each county, and
   * {@code unionsPerTownship} grassroots unions under each township.
   *
   * @param cities city federations, at least 1
   * @param countiesPerCity county federations per city, at least 1
   * @param townshipsPerCounty township unions per county, at least 1
   * @param unionsPerTownship grassroots unions per township, at least 1
   * @return the organisations, parents before children, not null
   * @throws IllegalArgumentException if an argument is below 1
   */
  public List<Organisation> province(int cities, int countiesPerCity, int townshipsPerCounty, int unionsPerTownship) {
    if (cities < 1 || countiesPerCity < 1 || townshipsPerCounty < 1 || unionsPerTownship < 1) {
      throw new IllegalArgumentException("cities (" + cities + "), countiesPerCity (" + countiesPerCity
          + "), townshipsPerCounty (" + townshipsPerCounty + ") and unionsPerTownship (" + unionsPerTownship
          + ") must be at least 1");
    }
    int[] fanout = {0, cities, countiesPerCity, townshipsPerCounty, unionsPerTownship};
    return build(5, depth -> fanout[depth]);
  }

  /** The provincial federation and {@code levels - 1} levels below it, grassroots unions at the bottom. */
  private List<Organisation> build(int levels, IntUnaryOperator childrenAtDepth) {
    List<Organisation> all = new ArrayList<>();
    Organisation root = Organisation.builder().id(nextOrganisationId()).name("河北省总工会")
        .englishName("Hebei Federation of Trade Unions").kind(OrganisationKind.PROVINCIAL_FEDERATION)
        .region(HEBEI).build();
    all.add(root);
    List<Organisation> level = List.of(root);
    for (int depth = 1; depth < levels; depth++) {
      List<Organisation> next = new ArrayList<>();
      boolean bottom = depth == levels - 1;
      for (Organisation parent : level) {
        int children = childrenAtDepth.applyAsInt(depth);
        for (int c = 1; c <= children; c++) {
          next.add(bottom ? grassrootsUnion(parent) : federation(parent, depth, c));
        }
      }
      all.addAll(next);
      level = next;
    }
    return all;
  }

  private Organisation federation(Organisation parent, int depth, int ordinal) {
    Region parentRegion = parent.region().orElse(HEBEI);
    Region region = switch (depth) {
      case 1 -> Region.parse(String.format("13%02d00", Math.min(ordinal, 99)));
      case 2 -> Region.parse(parentRegion.code().substring(0, 4) + String.format("%02d", Math.min(ordinal, 99)));
      default -> parentRegion;
    };
    OrganisationKind kind = switch (depth) {
      case 1 -> OrganisationKind.MUNICIPAL_FEDERATION;
      case 2 -> OrganisationKind.COUNTY_FEDERATION;
      default -> OrganisationKind.TOWNSHIP_UNION;
    };
    OrganisationId id = nextOrganisationId();
    return Organisation.builder().id(id).name(kind.chinese() + " " + id).kind(kind).parent(parent.id())
        .region(region).build();
  }

  /**
   * A grassroots union under {@code parent}, in its region, with a random industry, ownership,
   * headcount (5 to about 5000, skewed small) and founding date (1980 to {@link #AS_OF}, evenly).
   *
   * @param parent the organisation above; not null
   * @return the union, not null
   */
  public Organisation grassrootsUnion(Organisation parent) {
    OrganisationId id = nextOrganisationId();
    boolean joint = random.nextInt(10) == 0;
    Organisation.Builder builder = Organisation.builder().id(id)
        .name((joint ? "联合基层工会 " : "基层工会 ") + id)
        .kind(joint ? OrganisationKind.JOINT_GRASSROOTS_UNION : OrganisationKind.GRASSROOTS_UNION)
        .parent(parent.id())
        .industry(industry())
        .ownership(pick(Ownership.values()))
        .employees(5 + (long) Math.floor(Math.exp(random.nextDouble() * Math.log(5000))))
        .founded(LocalDate.of(1980, 1, 1).plusDays(random.nextInt(365 * 41)));
    parent.region().ifPresent(builder::region);
    return builder.build();
  }

  private OrganisationId nextOrganisationId() {
    return OrganisationId.parse("O" + ++nextId);
  }

  // ---- members, contracts, programmes ---------------------------------------------------------

  /**
   * A member of the organisation, with a fresh identifier. Shares: employees 85%, retired 10%,
   * self-employed 3%, unemployed 2%; standard employment 80%, dispatched 5%, part-time 3%, the eight
   * new-employment groups 12% together; 60% hold a skill level, of whom about 27% are high-skill; 30%
   * carry a citizen ID number consistent with their sex and birth year; 2% on the hardship file.
   *
   * <p>The spell: members join evenly between the age of 18 (or 16 for the youngest, born up to 2003)
   * and {@link #AS_OF}, members of the eight groups from 2018 on (when the campaign to bring them in
   * began), so that a year's new members are a few per cent of the stock; 5% of spells have ended by
   * {@link #AS_OF} (half of them leaving employment, a fifth retiring, and some withdrawing, transferring
   * out or dying). {@link #transfer} moves a member to another union.
   *
   * @param organisation the member's union; not null
   * @return the member, not null
   */
  public Member member(OrganisationId organisation) {
    Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    LocalDate birth = LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 48));
    EmploymentForm form;
    LocalDate adult = min(birth.plusYears(18), AS_OF);
    long share = random.nextInt(365 * 20);
    Member.Builder builder = Member.builder()
        .id(MemberId.parse("M" + ++nextId))
        .organisation(organisation)
        .sex(sex)
        .birthYear(Year.of(birth.getYear()))
        .workRelation(workRelation())
        .employmentForm(form = employmentForm())
        .hardship(hardship());
    LocalDate from = form.isNewEmploymentGroup() && adult.isBefore(NEW_EMPLOYMENT_CAMPAIGN) ? NEW_EMPLOYMENT_CAMPAIGN
        : adult;
    // Spread over the days from `from` to AS_OF by the same one draw whatever the span.
    LocalDate joined = from.plusDays(share * ChronoUnit.DAYS.between(from, AS_OF) / (365 * 20));
    builder.joined(joined);
    skillLevel().ifPresent(builder::skillLevel);
    if (random.nextInt(50) == 0) {
      builder.addHonours(pick(Honour.values()));
    }
    if (random.nextInt(10) < 3) {
      builder.citizenId(citizenId(Region.parse("130102"), birth, sex));
    }
    if (random.nextInt(20) == 0 && joined.isBefore(AS_OF)) {
      builder.left(joined.plusDays(1 + random.nextLong(ChronoUnit.DAYS.between(joined, AS_OF))))
          .leaveReason(pick(LEAVE_REASONS));
    }
    return builder.build();
  }

  /**
   * A member's transfer to another union (会员关系接转) on a day: the record at the sending union, its spell
   * ended by {@code TRANSFERRED_OUT} naming the receiving union, and a new record (a fresh id) at the
   * receiving union, begun by {@code TRANSFER_IN} on the same day, with the same person's attributes.
   *
   * @param member a member whose spell has not ended; not null
   * @param to the receiving union; not null
   * @param day the day of the transfer, not before the member joined; not null
   * @return the two records, sending then receiving; not null
   * @throws IllegalArgumentException if the spell has ended, or the day is before it began
   */
  public List<Member> transfer(Member member, OrganisationId to, LocalDate day) {
    if (member.left().isPresent() || member.joined().map(day::isBefore).orElse(false)) {
      throw new IllegalArgumentException("member " + member.id() + " must be a member on " + day);
    }
    Member out = member.withLeft(day).withLeaveReason(LeaveReason.TRANSFERRED_OUT).withTransferredTo(to);
    Member in = member.withId(MemberId.parse("M" + ++nextId)).withOrganisation(to).withJoined(day)
        .withEntry(Entry.TRANSFER_IN).withTransferredFrom(member.organisation());
    return List.of(out, in);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private WorkRelation workRelation() {
    int r = random.nextInt(100);
    return r < 85 ? WorkRelation.EMPLOYEE : r < 95 ? WorkRelation.RETIRED
        : r < 98 ? WorkRelation.SELF_EMPLOYED : WorkRelation.UNEMPLOYED;
  }

  private EmploymentForm employmentForm() {
    int r = random.nextInt(100);
    if (r < 80) {
      return EmploymentForm.STANDARD;
    }
    if (r < 88) {
      return r < 85 ? EmploymentForm.DISPATCHED : EmploymentForm.PART_TIME;
    }
    return NEW_EMPLOYMENT_GROUPS.get(random.nextInt(NEW_EMPLOYMENT_GROUPS.size()));
  }

  private HardshipStatus hardship() {
    int r = random.nextInt(100);
    return r < 2 ? HardshipStatus.ON_FILE : r < 3 ? HardshipStatus.LIFTED : HardshipStatus.NONE;
  }

  private Optional<SkillLevel> skillLevel() {
    if (random.nextInt(10) >= 6) {
      return Optional.empty();
    }
    int r = random.nextInt(1000);
    for (Map.Entry<SkillLevel, Integer> share : SKILL_PER_MILLE.entrySet()) {
      r -= share.getValue();
      if (r < 0) {
        return Optional.of(share.getKey());
      }
    }
    throw new IllegalStateException("skill shares add up to less than 1000 per mille");
  }

  /**
   * A collective contract signed by the union, with a fresh identifier: enterprise scope for a
   * grassroots union, industry or regional otherwise; valid for one to three years from a month of
   * 2016-2020, signed in the month before its validity starts.
   *
   * @param union the signing union; not null
   * @return the contract, not null
   */
  public CollectiveContract contract(Organisation union) {
    ContractScope scope = union.kind().isGrassroots() ? ContractScope.ENTERPRISE
        : random.nextBoolean() ? ContractScope.INDUSTRY : ContractScope.REGIONAL;
    long enterprises = scope == ContractScope.ENTERPRISE ? 1 : 2 + random.nextInt(200);
    LocalDate start = LocalDate.of(2016 + random.nextInt(5), 1 + random.nextInt(12), 1);
    CollectiveContract.Builder builder = CollectiveContract.builder()
        .id(ContractId.parse("C" + ++nextId))
        .kind(random.nextInt(3) == 0 ? pick(ContractKind.values()) : ContractKind.COMPREHENSIVE)
        .scope(scope)
        .union(union.id())
        .employer(scope == ContractScope.ENTERPRISE ? "企业 " + union.id() : "企业联合会 " + union.id())
        .validity(ReportingPeriod.of(start, start.plusYears(1 + random.nextInt(3)).minusDays(1)))
        .signed(start.minusDays(1 + random.nextInt(30)))
        .coveredEnterprises(enterprises)
        .coveredEmployees(enterprises * (5 + random.nextInt(500)))
        .region(union.region().orElse(HEBEI));
    if (scope == ContractScope.INDUSTRY) {
      builder.industry(industry());
    }
    return builder.build();
  }

  /**
   * A programme run by the organiser in 2020, with a fresh identifier and one or two outputs whose units
   * fit the kind (persons or person-times, events, cases, money).
   *
   * @param organiser the organiser; not null
   * @return the programme, not null
   */
  public Programme programme(OrganisationId organiser) {
    ProgrammeKind kind = pick(ProgrammeKind.values());
    Programme.Builder builder = Programme.builder()
        .id(ProgrammeId.parse("P" + ++nextId))
        .kind(kind)
        .organiser(organiser)
        .period(ReportingPeriod.ofYear(2020))
        .putOutputs("participants", Quantity.of(1 + random.nextInt(100_000), Unit.PERSON_TIME));
    if (kind == ProgrammeKind.OTHER) {
      builder.name("其他项目 " + nextId);
    }
    if (kind == ProgrammeKind.LEGAL_AID) {
      builder.putOutputs("cases", Quantity.of(1 + random.nextInt(1000), Unit.CASE))
          .putOutputs("moneyRecovered", Quantity.of(1 + random.nextInt(1_000_000), Unit.YUAN));
    }
    return builder.build();
  }

  /**
   * A published figure with a fresh key: a random quantity, a 2020 period, sometimes a region, and a
   * source section.
   *
   * @return the figure, not null
   */
  public ReportedFigure figure() {
    ReportedFigure.Builder builder = ReportedFigure.builder()
        .id(FigureId.parse("F" + ++nextId))
        .quantity(quantity())
        .measure("指标 " + nextId)
        .englishMeasure("figure " + nextId)
        .period(random.nextBoolean() ? ReportingPeriod.ofYear(2020) : period())
        .source(source(random.nextBoolean() ? Source.of("河北省总工会2020年工作回顾") : Source.of("河北省总工会2020年工作回顾",
            String.valueOf(1 + random.nextInt(4)))));
    if (random.nextBoolean()) {
      builder.region(HEBEI);
    }
    return builder.build();
  }
  /** Every other figure as extracted from a text, with a line and offsets; from its id, so no draw is added. */
  private Source source(Source document) {
    return nextId % 2 == 0 ? document : document.withSpan(nextId, 10L * nextId, 10L * nextId + 1 + nextId % 7);
  }


  /**
   * A whole dataset: a federation tree, members of every grassroots union, one contract per grassroots
   * union, a few programmes run by the root, and a few published figures.
   *
   * @param levels the tree's levels, at least 2 so that grassroots unions exist
   * @param maxChildren the most children per organisation, at least 1
   * @param maxMembersPerUnion the most members per grassroots union, at least 0
   * @return the dataset, not null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public Dataset dataset(int levels, int maxChildren, int maxMembersPerUnion) {
    if (levels < 2 || maxMembersPerUnion < 0) {
      throw new IllegalArgumentException("levels (" + levels + ") must be at least 2 and maxMembersPerUnion ("
          + maxMembersPerUnion + ") not negative");
    }
    List<Organisation> organisations = tree(levels, maxChildren);
    Dataset.Builder dataset = Dataset.builder().addAllOrganisations(organisations);
    for (Organisation o : organisations) {
      if (o.kind().isGrassroots()) {
        int members = random.nextInt(maxMembersPerUnion + 1);
        for (int m = 0; m < members; m++) {
          dataset.addMembers(member(o.id()));
        }
        dataset.addContracts(contract(o));
      }
    }
    for (int p = random.nextInt(4); p >= 0; p--) {
      dataset.addProgrammes(programme(organisations.get(0).id()));
    }
    for (int f = random.nextInt(4); f > 0; f--) {
      dataset.addFigures(figure());
    }
    return dataset.build();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
