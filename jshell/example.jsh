// unionkit at the JShell prompt: a small federation tree, a member, published figures, and indicators
// rolled up over a generated province.
// Run it with ./unionkit example (which builds the jars first).
import org.unionkit.model.*;
import static org.unionkit.model.OrganisationKind.*;

var province = Organisation.builder().id(OrganisationId.parse("HB")).name("河北省总工会").
    englishName("Hebei Federation of Trade Unions").kind(PROVINCIAL_FEDERATION).
    region(Region.parse("130000")).build();
var city = Organisation.builder().id(OrganisationId.parse("HB-SJZ")).name("石家庄市总工会").
    kind(MUNICIPAL_FEDERATION).parent(province.id()).region(Region.parse("130100")).build();
var plant = Organisation.builder().id(OrganisationId.parse("HB-SJZ-0001")).name("某装备公司工会").
    kind(GRASSROOTS_UNION).parent(city.id()).region(Region.parse("130102")).
    industry(Industry.parse("C3411")).ownership(Ownership.PRIVATE).employees(420).build();
var tree = OrganisationTree.of(List.of(province, city, plant));
System.out.println(tree);
System.out.println("ancestors of " + plant.id() + ": " + tree.ancestors(plant.id()).stream().map(Organisation::name).toList());

var member = Member.builder().id(MemberId.parse("M000001")).organisation(plant.id()).
    sex(Sex.FEMALE).workRelation(WorkRelation.EMPLOYEE).employmentForm(EmploymentForm.STANDARD).
    skillLevel(SkillLevel.TECHNICIAN).citizenId(CitizenId.parse("11010519491231002X")).build();
System.out.println(member);
System.out.println(member.skillLevel().get().chinese() + " is high skill: " + member.skillLevel().get().isHighSkill());

var assisted = Quantity.parse("14万余人");
System.out.println(assisted + " stands for " + assisted.interval() + " " + assisted.unit().english());
System.out.println(Quantity.parse("6800多万元") + " stands for " + Quantity.parse("6800多万元").interval() + " yuan");

// Indicators: exact ratios that keep their counts.
import org.unionkit.stats.*;
System.out.println(Ratio.of(2_470_000, 9_090_000));
var dataset = org.unionkit.testkit.UnionGenerators.seeded(2020).dataset(4, 5, 300);
var rollUp = RollUp.of(dataset);
var root = dataset.tree().roots().get(0);
var whole = rollUp.subtree(root.id());
System.out.println(dataset + ": high-skill ratio " + Indicators.HIGH_SKILL_RATIO.compute(whole));
System.out.println("density, given 20000 employees in scope: " + Indicators.UNION_DENSITY.compute(whole.with(Measure.EMPLOYEES_IN_SCOPE, 20_000)));
System.out.println(rollUp.table(dataset.tree().children(root.id()), List.of(Indicators.HIGH_SKILL_RATIO, Indicators.TECHNICIAN_SHARE, Indicators.MEMBERSHIP_RATE_UNIONISED_UNITS, Indicators.CONTRACT_ESTABLISHMENT_RATE, Indicators.WORKERS_PER_CONTRACT)));
/exit
