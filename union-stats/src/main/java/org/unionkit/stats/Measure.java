package org.unionkit.stats;

import java.util.Optional;
import org.unionkit.model.EmploymentForm;

/**
 * A count an indicator is built from, such as {@code HIGH_SKILL_MEMBERS}. A {@link Tally} holds one exact
 * {@code long} per measure.
 *
 * <p>Each measure says where its count comes from ({@link Origin}): members, organisations and contracts
 * are counted from records; the rest (employees of a whole region, spending, legal-aid cases) are
 * figures the caller supplies with {@link Tally#with(Measure, long)}, because no membership register holds
 * them. Money is counted in fen (0.01元) so that it stays a whole number.
 *
 * <p>Counted for a {@link CountOptions#period() period}, a measure is a <em>stock</em> at the period's end
 * (members on its last day; unions existing on its last day; contracts in force on at least one of its
 * days) or a <em>flow</em> within it (those marked "flow": what began or ended on one of its days). Two
 * consecutive period-end stocks of members differ by exactly {@code NEW_MEMBERS + TRANSFERS_IN -
 * LEFT_MEMBERS} of the later period, counted over records with a join date.
 */
public enum Measure {
  /** 会员数: every member. */
  MEMBERS("会员数", "members", Origin.MEMBERS),
  /** 在职职工会员数: members whose relation to work is employee. */
  EMPLOYEE_MEMBERS("在职职工会员数", "employee members", Origin.MEMBERS),
  /** 技能人才数: members holding a skill level from 初级工 up (apprentices not included). */
  SKILLED_MEMBERS("技能人才数", "skilled members", Origin.MEMBERS),
  /** 学徒工数: members whose skill level is apprentice. */
  APPRENTICE_MEMBERS("学徒工数", "apprentice members", Origin.MEMBERS),
  /** 高技能人才数: members at 高级工 or above. */
  HIGH_SKILL_MEMBERS("高技能人才数", "high-skill members", Origin.MEMBERS),
  /** 技师及以上人数: members at 技师 or above. */
  TECHNICIAN_OR_ABOVE_MEMBERS("技师及以上人数", "technician-or-above members", Origin.MEMBERS),
  /** 新就业形态会员数: members of the eight new-employment groups. */
  NEW_EMPLOYMENT_MEMBERS("新就业形态会员数", "new-employment members", Origin.MEMBERS),
  /** 货车司机会员数. */
  TRUCK_DRIVER_MEMBERS("货车司机会员数", "truck-driver members", Origin.MEMBERS),
  /** 快递员会员数. */
  COURIER_MEMBERS("快递员会员数", "courier members", Origin.MEMBERS),
  /** 保安员会员数. */
  SECURITY_GUARD_MEMBERS("保安员会员数", "security-guard members", Origin.MEMBERS),
  /** 家政服务员会员数. */
  DOMESTIC_WORKER_MEMBERS("家政服务员会员数", "domestic-worker members", Origin.MEMBERS),
  /** 网约送餐员会员数. */
  FOOD_DELIVERY_RIDER_MEMBERS("网约送餐员会员数", "food-delivery-rider members", Origin.MEMBERS),
  /** 护工护理员会员数. */
  CARE_WORKER_MEMBERS("护工护理员会员数", "care-worker members", Origin.MEMBERS),
  /** 商场信息员会员数. */
  MALL_INFORMATION_WORKER_MEMBERS("商场信息员会员数", "mall-information-worker members", Origin.MEMBERS),
  /** 房产中介员会员数. */
  ESTATE_AGENT_MEMBERS("房产中介员会员数", "estate-agent members", Origin.MEMBERS),

  /** 新发展会员数 (flow): spells begun in the period as a new member (transfers in not included). */
  NEW_MEMBERS("新发展会员数", "new members", Origin.MEMBERS),
  /** 新就业形态群体新入会会员数 (flow): new members of the eight new-employment groups (the review's 10.1万). */
  NEW_EMPLOYMENT_NEW_MEMBERS("新就业形态群体新入会数", "new members of the new-employment groups", Origin.MEMBERS),
  /** 货车司机新入会数 (flow). */
  TRUCK_DRIVER_NEW_MEMBERS("货车司机新入会数", "new truck-driver members", Origin.MEMBERS),
  /** 快递员新入会数 (flow). */
  COURIER_NEW_MEMBERS("快递员新入会数", "new courier members", Origin.MEMBERS),
  /** 保安员新入会数 (flow). */
  SECURITY_GUARD_NEW_MEMBERS("保安员新入会数", "new security-guard members", Origin.MEMBERS),
  /** 家政服务员新入会数 (flow). */
  DOMESTIC_WORKER_NEW_MEMBERS("家政服务员新入会数", "new domestic-worker members", Origin.MEMBERS),
  /** 网约送餐员新入会数 (flow). */
  FOOD_DELIVERY_RIDER_NEW_MEMBERS("网约送餐员新入会数", "new food-delivery-rider members", Origin.MEMBERS),
  /** 护工护理员新入会数 (flow). */
  CARE_WORKER_NEW_MEMBERS("护工护理员新入会数", "new care-worker members", Origin.MEMBERS),
  /** 商场信息员新入会数 (flow). */
  MALL_INFORMATION_WORKER_NEW_MEMBERS("商场信息员新入会数", "new mall-information-worker members", Origin.MEMBERS),
  /** 房产中介员新入会数 (flow). */
  ESTATE_AGENT_NEW_MEMBERS("房产中介员新入会数", "new estate-agent members", Origin.MEMBERS),
  /** 转入会员数 (flow): spells begun in the period by transfer in. */
  TRANSFERS_IN("转入会员数", "members transferred in", Origin.MEMBERS),
  /** 离会会员数 (flow): spells ended in the period, for any reason (transfers out included). */
  LEFT_MEMBERS("离会会员数", "members who left", Origin.MEMBERS),
  /** 转出会员数 (flow): spells ended in the period by transfer out. */
  TRANSFERS_OUT("转出会员数", "members transferred out", Origin.MEMBERS),

  /** 建会单位数: grassroots and joint grassroots unions (a joint union counts once). */
  UNIONISED_UNITS("建会单位数", "units with a union", Origin.ORGANISATIONS),
  /** 建会单位职工数: the headcount of units with a union (units without a recorded headcount add 0). */
  EMPLOYEES_OF_UNIONISED_UNITS("建会单位职工数", "employees of units with a union", Origin.ORGANISATIONS),
  /** 新建工会数 (flow): grassroots unions founded in the period (under a scope: the review's 418). */
  NEW_UNIONS("新建工会数", "unions founded", Origin.ORGANISATIONS),
  /** 撤销工会数 (flow): grassroots unions dissolved in the period. */
  DISSOLVED_UNIONS("撤销工会数", "unions dissolved", Origin.ORGANISATIONS),

  /** 集体合同份数: contracts. */
  CONTRACTS("集体合同份数", "collective contracts", Origin.CONTRACTS),
  /** 合同覆盖人次: covered employees added over contracts, each contract counted in full. */
  CONTRACT_COVERAGE_GROSS("合同覆盖人次", "covered employees, counted per contract", Origin.CONTRACTS),
  /**
   * 集体合同覆盖职工数: covered employees counted once. A union's contracts cover one workforce, so a union
   * adds the largest coverage among its enterprise contracts; regional and industry contracts add theirs
   * in full (overlap with enterprise contracts of the same units cannot be seen in the records).
   */
  COVERED_EMPLOYEES("集体合同覆盖职工数", "employees covered by collective contracts", Origin.CONTRACTS),
  /** 签订集体合同的企业数: unions holding at least one enterprise contract. */
  UNITS_WITH_CONTRACT("签订集体合同的企业数", "units with a collective contract", Origin.CONTRACTS),
  /** 年内签订集体合同份数 (flow): contracts signed in the period ({@code CollectiveContract.signingDate()}). */
  CONTRACTS_SIGNED("签订集体合同份数", "contracts signed", Origin.CONTRACTS),
  /** 年内签订合同覆盖职工数 (flow): the coverage of the contracts signed in the period, each in full. */
  CONTRACTS_SIGNED_COVERAGE("签订合同覆盖职工数", "employees covered by the contracts signed", Origin.CONTRACTS),

  /** 职工总数: all employees in the scope, unionised or not (the ILO denominator); supplied. */
  EMPLOYEES_IN_SCOPE("职工总数", "employees in scope", Origin.SUPPLIED),
  /** 无集体协商权的职工数: employees without a right to bargain (OECD/AIAS AdjCov); supplied. */
  EMPLOYEES_WITHOUT_BARGAINING_RIGHT("无集体协商权职工数", "employees without a right to bargain", Origin.SUPPLIED),
  /** 应建会单位数: all units in the scope, with or without a union; supplied. */
  UNITS_IN_SCOPE("应建会单位数", "units in scope", Origin.SUPPLIED),
  /** 网上注册职工数: workers registered on the online platform; supplied. */
  PLATFORM_REGISTERED_WORKERS("网上注册职工数", "workers registered online", Origin.SUPPLIED),
  /** 入驻平台基层工会数: grassroots unions on the online platform; supplied. */
  PLATFORM_UNIONS("入驻平台基层工会数", "unions on the platform", Origin.SUPPLIED),
  /** 维权帮扶活动及对下补助支出 (fen): spending on rights, assistance, activities and subsidies; supplied. */
  SERVICE_SPENDING("服务职工支出（分）", "service spending (fen)", Origin.SUPPLIED),
  /** 总支出 (fen): the federation's own total spending; supplied. */
  TOTAL_SPENDING("总支出（分）", "total spending (fen)", Origin.SUPPLIED),
  /** 法律援助案件数; supplied. */
  LEGAL_AID_CASES("法律援助案件数", "legal-aid cases", Origin.SUPPLIED),
  /** 挽回经济损失 (fen); supplied. */
  MONEY_RECOVERED("挽回经济损失（分）", "money recovered (fen)", Origin.SUPPLIED),
  /** 诉调对接工作室数; supplied. */
  MEDIATION_STUDIOS("诉调对接工作室数", "mediation studios", Origin.SUPPLIED),
  /** 调解案件数; supplied. */
  MEDIATION_CASES("调解案件数", "mediation cases", Origin.SUPPLIED),
  /** 调解成功案件数; supplied. */
  MEDIATION_SUCCESSES("调解成功案件数", "mediation cases settled", Origin.SUPPLIED),
  /** 帮扶慰问资金 (fen); supplied. */
  ASSISTANCE_MONEY("帮扶慰问资金（分）", "assistance money (fen)", Origin.SUPPLIED),
  /** 帮扶慰问人数; supplied. */
  ASSISTED_PERSONS("帮扶慰问人数", "persons assisted", Origin.SUPPLIED);

  /** Where a measure's count comes from. */
  public enum Origin {
    /** Counted from member records. */
    MEMBERS,
    /** Counted from organisation records. */
    ORGANISATIONS,
    /** Counted from collective contracts. */
    CONTRACTS,
    /** Supplied by the caller. */
    SUPPLIED
  }

  private final String chinese;
  private final String english;
  private final Origin origin;

  Measure(String chinese, String english, Origin origin) {
    this.chinese = chinese;
    this.english = english;
    this.origin = origin;
  }

  /**
   * The Chinese name, such as 高技能人才数.
   *
   * @return the name, not null
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The English name, such as {@code high-skill members}.
   *
   * @return the name, not null
   */
  public String english() {
    return english;
  }

  /**
   * Where the count comes from.
   *
   * @return the origin, not null
   */
  public Origin origin() {
    return origin;
  }

  /**
   * Whether the measure is a flow within the period (what began or ended on one of its days), not a stock
   * on its last day or a supplied figure.
   *
   * @return true for a flow, such as {@code NEW_MEMBERS}
   */
  public boolean isFlow() {
    return switch (this) {
      case NEW_MEMBERS, NEW_EMPLOYMENT_NEW_MEMBERS, TRUCK_DRIVER_NEW_MEMBERS, COURIER_NEW_MEMBERS,
          SECURITY_GUARD_NEW_MEMBERS, DOMESTIC_WORKER_NEW_MEMBERS, FOOD_DELIVERY_RIDER_NEW_MEMBERS,
          CARE_WORKER_NEW_MEMBERS, MALL_INFORMATION_WORKER_NEW_MEMBERS, ESTATE_AGENT_NEW_MEMBERS, TRANSFERS_IN,
          LEFT_MEMBERS, TRANSFERS_OUT, NEW_UNIONS, DISSOLVED_UNIONS, CONTRACTS_SIGNED, CONTRACTS_SIGNED_COVERAGE -> true;
      default -> false;
    };
  }

  /**
   * The measure this one counts a part of, and so can never exceed, such as {@code SKILLED_MEMBERS} for
   * {@code HIGH_SKILL_MEMBERS}: the denominator of the share it is the numerator of. A tally where a part
   * exceeds a whole that is not zero is contradictory ({@link Tally#contradiction()}); a whole of zero was
   * not supplied.
   *
   * @return the whole, or empty for a measure that is no part of another; not null
   */
  public Optional<Measure> partOf() {
    return Optional.ofNullable(switch (this) {
      case EMPLOYEE_MEMBERS, SKILLED_MEMBERS, APPRENTICE_MEMBERS, NEW_EMPLOYMENT_MEMBERS -> MEMBERS;
      case HIGH_SKILL_MEMBERS -> SKILLED_MEMBERS;
      case TECHNICIAN_OR_ABOVE_MEMBERS -> HIGH_SKILL_MEMBERS;
      case TRUCK_DRIVER_MEMBERS, COURIER_MEMBERS, SECURITY_GUARD_MEMBERS, DOMESTIC_WORKER_MEMBERS,
          FOOD_DELIVERY_RIDER_MEMBERS, CARE_WORKER_MEMBERS, MALL_INFORMATION_WORKER_MEMBERS, ESTATE_AGENT_MEMBERS
          -> NEW_EMPLOYMENT_MEMBERS;
      case NEW_EMPLOYMENT_NEW_MEMBERS -> NEW_MEMBERS;
      case TRUCK_DRIVER_NEW_MEMBERS, COURIER_NEW_MEMBERS, SECURITY_GUARD_NEW_MEMBERS, DOMESTIC_WORKER_NEW_MEMBERS,
          FOOD_DELIVERY_RIDER_NEW_MEMBERS, CARE_WORKER_NEW_MEMBERS, MALL_INFORMATION_WORKER_NEW_MEMBERS,
          ESTATE_AGENT_NEW_MEMBERS -> NEW_EMPLOYMENT_NEW_MEMBERS;
      case TRANSFERS_OUT -> LEFT_MEMBERS;
      case COVERED_EMPLOYEES -> CONTRACT_COVERAGE_GROSS;
      case EMPLOYEES_WITHOUT_BARGAINING_RIGHT -> EMPLOYEES_IN_SCOPE;
      case SERVICE_SPENDING -> TOTAL_SPENDING;
      case MEDIATION_SUCCESSES -> MEDIATION_CASES;
      default -> null;
    });
  }

  /**
   * The flow measure counting the new members of one new-employment group, such as
   * {@code COURIER_NEW_MEMBERS}.
   *
   * @param group one of the eight groups; not null
   * @return the measure, not null
   * @throws IllegalArgumentException if {@code group} is not a new-employment group
   */
  public static Measure newMembersOf(EmploymentForm group) {
    return switch (membersOf(group)) {
      case TRUCK_DRIVER_MEMBERS -> TRUCK_DRIVER_NEW_MEMBERS;
      case COURIER_MEMBERS -> COURIER_NEW_MEMBERS;
      case SECURITY_GUARD_MEMBERS -> SECURITY_GUARD_NEW_MEMBERS;
      case DOMESTIC_WORKER_MEMBERS -> DOMESTIC_WORKER_NEW_MEMBERS;
      case FOOD_DELIVERY_RIDER_MEMBERS -> FOOD_DELIVERY_RIDER_NEW_MEMBERS;
      case CARE_WORKER_MEMBERS -> CARE_WORKER_NEW_MEMBERS;
      case MALL_INFORMATION_WORKER_MEMBERS -> MALL_INFORMATION_WORKER_NEW_MEMBERS;
      default -> ESTATE_AGENT_NEW_MEMBERS;
    };
  }

  /**
   * The measure counting members of one new-employment group, such as {@code COURIER_MEMBERS}.
   *
   * @param group one of the eight groups; not null
   * @return the measure, not null
   * @throws IllegalArgumentException if {@code group} is not a new-employment group
   */
  public static Measure membersOf(EmploymentForm group) {
    return switch (group) {
      case TRUCK_DRIVER -> TRUCK_DRIVER_MEMBERS;
      case COURIER -> COURIER_MEMBERS;
      case SECURITY_GUARD -> SECURITY_GUARD_MEMBERS;
      case DOMESTIC_WORKER -> DOMESTIC_WORKER_MEMBERS;
      case FOOD_DELIVERY_RIDER -> FOOD_DELIVERY_RIDER_MEMBERS;
      case CARE_WORKER -> CARE_WORKER_MEMBERS;
      case MALL_INFORMATION_WORKER -> MALL_INFORMATION_WORKER_MEMBERS;
      case ESTATE_AGENT -> ESTATE_AGENT_MEMBERS;
      case STANDARD, DISPATCHED, PART_TIME ->
          throw new IllegalArgumentException(group + " is not one of the eight new-employment groups");
    };
  }
}
