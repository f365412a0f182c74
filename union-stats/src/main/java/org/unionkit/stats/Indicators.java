package org.unionkit.stats;

import static org.unionkit.stats.Measure.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unionkit.model.EmploymentForm;

/**
 * The indicator catalogue, such as {@link #HIGH_SKILL_RATIO}: each a named definition over
 * {@link Measure}s with its formula, unit and source. {@link #all()} lists them in report order.
 *
 * <p>Indicators over supplied measures (density, coverage, building rate, spending, legal aid,
 * mediation, assistance, platform) are undefined until the caller supplies their counts with
 * {@link Tally#with(Measure, long)}. The union-building rate means what its {@link Scope} says: count
 * with {@link RollUp#of(org.unionkit.model.OrganisationTree, Iterable, Iterable, CountOptions)} under the scope
 * and supply the units in that scope.
 *
 * <p>International codes ({@link Definition} holds the mapping, {@link Comparison} applies it): union
 * density is ILOSTAT's {@code ILR_TUMT_NOC_RT} and ICTWSS's {@code UD} (employee members over all
 * employees); adjusted coverage is {@code ILR_CBCT_NOC_RT} and {@code AdjCov}; unadjusted coverage is
 * {@code UnadjCov} and has no ILOSTAT code. The two 入会率 have none: they count all members (retired
 * ones included) and, in the federation's usage, divide by the employees of units with a union only.
 * The other indicators (skills, organising, contracts, new-employment groups, platform, money and
 * services) have no international series.
 */
public final class Indicators {
  private Indicators() {}

  /**
   * 高技能人才占比 = high-skill members / skilled members, apprentices left out (the default), in %.
   * Example: 247万 of 909万 gives 27.2% (Hebei, 2020). High skill is 高级工 and above
   * (人社部发〔2022〕14号); targets: 1/3 nationally, 35% in eastern provinces by 2025 (中办发〔2022〕58号).
   */
  public static final Indicator HIGH_SKILL_RATIO = new Indicator("high-skill-ratio", "高技能人才占比",
      "high-skill ratio", Term.of(HIGH_SKILL_MEMBERS), Term.of(SKILLED_MEMBERS), IndicatorUnit.PERCENT,
      "高级工及以上 / 技能人才, 人社部发〔2022〕14号; 中办发〔2022〕58号");

  /** The high-skill ratio with apprentices counted among the skilled (学徒工 in the denominator), in %. */
  public static final Indicator HIGH_SKILL_RATIO_WITH_APPRENTICES = new Indicator(
      "high-skill-ratio-with-apprentices", "高技能人才占比（含学徒工）", "high-skill ratio, apprentices included",
      Term.of(HIGH_SKILL_MEMBERS), Term.of(SKILLED_MEMBERS, APPRENTICE_MEMBERS), IndicatorUnit.PERCENT,
      "人社部发〔2022〕14号 (1+5+2 ladder; whether apprentices count is the caller's choice)");

  /** 技师及以上占比 = members at 技师 or above / skilled members, in %. */
  public static final Indicator TECHNICIAN_SHARE = new Indicator("technician-share", "技师及以上占比",
      "technician-or-above share", Term.of(TECHNICIAN_OR_ABOVE_MEMBERS), Term.of(SKILLED_MEMBERS),
      IndicatorUnit.PERCENT, "人社部发〔2022〕14号");

  /**
   * 技能人才占职工比重 = skilled members / employees of units with a union, in %. Only members' skills are
   * recorded, so this is a lower bound for the skilled share of those units' workforce (national target
   * for skilled / employed: 30% by 2025).
   */
  public static final Indicator SKILLED_PER_EMPLOYEE = new Indicator("skilled-per-employee", "技能人才占职工比重",
      "skilled members per employee", Term.of(SKILLED_MEMBERS), Term.of(EMPLOYEES_OF_UNIONISED_UNITS),
      IndicatorUnit.PERCENT, "《“十四五”职业技能培训规划》 target of 30% skilled among the employed");

  /**
   * Union density 工会密度 = employee members / employees in scope, in %. Retired, unemployed and
   * self-employed members are left out, as ILOSTAT does; the employees in scope are supplied.
   */
  public static final Indicator UNION_DENSITY = new Indicator("union-density", "工会密度", "union density",
      Term.of(EMPLOYEE_MEMBERS), Term.of(EMPLOYEES_IN_SCOPE), IndicatorUnit.PERCENT, "ILOSTAT ILR_TUMT_NOC_RT");

  /** 入会率 = members / employees of units with a union (the national federation's usage), in %. */
  public static final Indicator MEMBERSHIP_RATE_UNIONISED_UNITS = new Indicator("membership-rate-unionised-units",
      "入会率（建会单位）", "membership rate in units with a union", Term.of(MEMBERS),
      Term.of(EMPLOYEES_OF_UNIONISED_UNITS), IndicatorUnit.PERCENT, "全国总工会统计口径: 会员数 / 建会单位职工数");

  /** 入会率 = members / all employees in scope (supplied), in %. */
  public static final Indicator MEMBERSHIP_RATE_ALL_EMPLOYEES = new Indicator("membership-rate-all-employees",
      "入会率（全部职工）", "membership rate among all employees", Term.of(MEMBERS), Term.of(EMPLOYEES_IN_SCOPE),
      IndicatorUnit.PERCENT, "会员数 / 范围内职工总数");

  /**
   * 建会率 = units with a union / units in scope, in %. The scope (such as non-public enterprises with 100
   * or more staff, 百人以上非公企业) is the {@link Scope} the tally was counted under; the units in scope
   * are supplied for that scope.
   */
  public static final Indicator UNION_BUILDING_RATE = new Indicator("union-building-rate", "建会率",
      "union-building rate", Term.of(UNIONISED_UNITS), Term.of(UNITS_IN_SCOPE), IndicatorUnit.PERCENT,
      "全国总工会 建会率: 已建会单位数 / 应建会单位数");

  /**
   * Collective-bargaining coverage 集体合同覆盖率 = employees covered (counted once) / employees in
   * scope, in %: unadjusted, as ICTWSS's {@code UnadjCov}; ILOSTAT's rate is the adjusted one.
   */
  public static final Indicator BARGAINING_COVERAGE = new Indicator("bargaining-coverage", "集体合同覆盖率",
      "collective bargaining coverage", Term.of(COVERED_EMPLOYEES), Term.of(EMPLOYEES_IN_SCOPE),
      IndicatorUnit.PERCENT, "OECD/AIAS ICTWSS UnadjCov");

  /**
   * Adjusted coverage = employees covered / (employees in scope − employees without a right to
   * bargain), in %: ILOSTAT's {@code ILR_CBCT_NOC_RT} and ICTWSS's {@code AdjCov}.
   */
  public static final Indicator BARGAINING_COVERAGE_ADJUSTED = new Indicator("bargaining-coverage-adjusted",
      "集体合同覆盖率（调整）", "adjusted bargaining coverage", Term.of(COVERED_EMPLOYEES),
      Term.of(EMPLOYEES_IN_SCOPE).minus(EMPLOYEES_WITHOUT_BARGAINING_RIGHT), IndicatorUnit.PERCENT,
      "ILOSTAT ILR_CBCT_NOC_RT; OECD/AIAS ICTWSS AdjCov");

  /** 集体合同建制率 = units with an enterprise contract / units with a union, in %. */
  public static final Indicator CONTRACT_ESTABLISHMENT_RATE = new Indicator("contract-establishment-rate",
      "集体合同建制率", "contract establishment rate", Term.of(UNITS_WITH_CONTRACT), Term.of(UNIONISED_UNITS),
      IndicatorUnit.PERCENT, "已签集体合同企业数 / 已建会企业数");

  /**
   * 平均每份合同覆盖职工数 = covered employees counted per contract / contracts, in persons per contract.
   * Example: 526万 over 5.1万 comprehensive contracts gives 103.1 (Hebei, 2020).
   */
  public static final Indicator WORKERS_PER_CONTRACT = new Indicator("workers-per-contract", "平均每份合同覆盖职工数",
      "workers per contract", Term.of(CONTRACT_COVERAGE_GROSS), Term.of(CONTRACTS),
      IndicatorUnit.PERSONS_PER_CONTRACT, "覆盖职工人次 / 合同份数");

  /** 新就业形态会员占比 = members of the eight new-employment groups / members, in %. */
  public static final Indicator NEW_EMPLOYMENT_SHARE = new Indicator("new-employment-share", "新就业形态会员占比",
      "new-employment share of members", Term.of(NEW_EMPLOYMENT_MEMBERS), Term.of(MEMBERS),
      IndicatorUnit.PERCENT, "全国总工会 八大群体入会");

  /**
   * 年内签订合同平均覆盖职工数 = employees covered by the contracts signed in the period / contracts signed
   * (flows), in persons per contract. Example: 526万 workers under 5.1万 comprehensive contracts signed in
   * 2020, about 103 (Hebei, 2020).
   */
  public static final Indicator WORKERS_PER_SIGNED_CONTRACT = new Indicator("workers-per-signed-contract",
      "年内签订合同平均覆盖职工数", "workers per contract signed", Term.of(CONTRACTS_SIGNED_COVERAGE),
      Term.of(CONTRACTS_SIGNED), IndicatorUnit.PERSONS_PER_CONTRACT, "签订合同覆盖职工数 / 年内签订合同份数");

  /**
   * 新入会会员中新就业形态群体占比 = new members of the eight new-employment groups / new members (flows),
   * in %: how much of the period's recruitment the 八大群体 campaign brought.
   */
  public static final Indicator NEW_EMPLOYMENT_SHARE_OF_NEW_MEMBERS = new Indicator(
      "new-employment-share-of-new-members", "新入会会员中新就业形态群体占比", "new-employment share of new members",
      Term.of(NEW_EMPLOYMENT_NEW_MEMBERS), Term.of(NEW_MEMBERS), IndicatorUnit.PERCENT, "全国总工会 八大群体入会");

  /** 网上注册率 = workers registered on the online platform / members, in %. */
  public static final Indicator PLATFORM_REGISTRATION_RATE = new Indicator("platform-registration-rate",
      "网上注册率", "online registration rate", Term.of(PLATFORM_REGISTERED_WORKERS), Term.of(MEMBERS),
      IndicatorUnit.PERCENT, "网上工会: 注册职工数 / 会员数");

  /** 基层工会入驻率 = grassroots unions on the platform / units with a union, in %. */
  public static final Indicator PLATFORM_UNION_RATE = new Indicator("platform-union-rate", "基层工会入驻率",
      "unions on the platform", Term.of(PLATFORM_UNIONS), Term.of(UNIONISED_UNITS), IndicatorUnit.PERCENT,
      "网上工会: 入驻基层工会数 / 基层工会数");

  /**
   * 服务职工支出占比 = spending on rights protection, assistance, activities and subsidies to lower levels
   * / total own spending, in %. Example: 79.2% (Hebei federation, 2020).
   */
  public static final Indicator SPENDING_SHARE = new Indicator("spending-share", "服务职工支出占比",
      "service spending share", Term.of(SERVICE_SPENDING), Term.of(TOTAL_SPENDING), IndicatorUnit.PERCENT,
      "工会经费: 维权、帮扶、职工活动及对下补助支出 / 总支出");

  /** 案均挽回经济损失 = money recovered / legal-aid cases, in yuan per case. */
  public static final Indicator MONEY_RECOVERED_PER_CASE = new Indicator("money-recovered-per-case",
      "案均挽回经济损失", "money recovered per legal-aid case", Term.of(MONEY_RECOVERED), Term.of(LEGAL_AID_CASES),
      IndicatorUnit.YUAN_PER_CASE, "职工法律援助: 挽回经济损失 / 案件数");

  /** 工作室平均调解案件数 = mediation cases / studios, in cases per studio. */
  public static final Indicator MEDIATION_CASES_PER_STUDIO = new Indicator("mediation-cases-per-studio",
      "工作室平均调解案件数", "mediation cases per studio", Term.of(MEDIATION_CASES), Term.of(MEDIATION_STUDIOS),
      IndicatorUnit.CASES_PER_STUDIO, "诉调对接工作室: 调解案件数 / 工作室数");

  /** 调解成功率 = settled mediation cases / mediation cases, in %. */
  public static final Indicator MEDIATION_SUCCESS_RATE = new Indicator("mediation-success-rate", "调解成功率",
      "mediation success rate", Term.of(MEDIATION_SUCCESSES), Term.of(MEDIATION_CASES), IndicatorUnit.PERCENT,
      "调解成功案件数 / 调解案件数");

  /**
   * 人均帮扶慰问金额 = assistance money / persons assisted, in yuan per person. From qualified figures
   * (6800多万元 / 14万余人) it is a {@link RatioRange}.
   */
  public static final Indicator ASSISTANCE_PER_PERSON = new Indicator("assistance-per-person", "人均帮扶慰问金额",
      "assistance per person", Term.of(ASSISTANCE_MONEY), Term.of(ASSISTED_PERSONS), IndicatorUnit.YUAN_PER_PERSON,
      "送温暖: 资金 / 慰问人数");

  private static final Map<EmploymentForm, Indicator> GROUP_SHARES = groupShares();

  private static Map<EmploymentForm, Indicator> groupShares() {
    Map<EmploymentForm, Indicator> shares = new EnumMap<>(EmploymentForm.class);
    for (EmploymentForm group : EmploymentForm.values()) {
      if (group.isNewEmploymentGroup()) {
        String id = "new-employment-group-share-" + group.name().toLowerCase(Locale.ROOT).replace('_', '-');
        shares.put(group, new Indicator(id, group.chinese() + "占新就业形态会员比重",
            group.english() + " share of new-employment members", Term.of(Measure.membersOf(group)),
            Term.of(NEW_EMPLOYMENT_MEMBERS), IndicatorUnit.PERCENT, "全国总工会 八大群体入会"));
      }
    }
    return Collections.unmodifiableMap(shares);
  }

  /**
   * The share of one new-employment group among the new-employment members, such as couriers, in %.
   *
   * @param group one of the eight groups; not null
   * @return the indicator, not null
   * @throws IllegalArgumentException if {@code group} is not a new-employment group
   */
  public static Indicator newEmploymentGroupShare(EmploymentForm group) {
    Indicator share = GROUP_SHARES.get(group);
    if (share == null) {
      throw new IllegalArgumentException(group + " is not one of the eight new-employment groups");
    }
    return share;
  }

  /**
   * Year-on-year growth of a measure, {@code (current − previous) / previous}, such as a 5.0% rise in
   * members; undefined when the previous count is zero, negative for a fall. For a stock, pass the
   * tallies of two consecutive period ends (such as {@code RollUp.over} of 2019 and 2020); for a flow,
   * those of two consecutive periods.
   *
   * @param measure the measure; not null
   * @param previous last year's counts; not null
   * @param current this year's counts; not null
   * @return the growth as a ratio (show it with {@link Ratio#percent()}), not null
   */
  public static Ratio growth(Measure measure, Tally previous, Tally current) {
    return Ratio.of(Math.subtractExact(current.get(measure), previous.get(measure)), previous.get(measure));
  }

  /**
   * Every indicator of the catalogue, in report order (skills, membership, organising, bargaining,
   * new-employment groups, platform, money and services).
   *
   * @return the indicators, not null
   */
  public static List<Indicator> all() {
    List<Indicator> all = new ArrayList<>(Arrays.asList(HIGH_SKILL_RATIO, HIGH_SKILL_RATIO_WITH_APPRENTICES,
        TECHNICIAN_SHARE, SKILLED_PER_EMPLOYEE, UNION_DENSITY, MEMBERSHIP_RATE_UNIONISED_UNITS,
        MEMBERSHIP_RATE_ALL_EMPLOYEES, UNION_BUILDING_RATE, BARGAINING_COVERAGE, BARGAINING_COVERAGE_ADJUSTED,
        CONTRACT_ESTABLISHMENT_RATE, WORKERS_PER_CONTRACT, WORKERS_PER_SIGNED_CONTRACT, NEW_EMPLOYMENT_SHARE,
        NEW_EMPLOYMENT_SHARE_OF_NEW_MEMBERS));
    all.addAll(GROUP_SHARES.values());
    all.addAll(List.of(PLATFORM_REGISTRATION_RATE, PLATFORM_UNION_RATE, SPENDING_SHARE, MONEY_RECOVERED_PER_CASE,
        MEDIATION_CASES_PER_STUDIO, MEDIATION_SUCCESS_RATE, ASSISTANCE_PER_PERSON));
    return List.copyOf(all);
  }
}
