// An analyst's session with unionkit: load the seed review, look at its figures, audit them, then
// generate a province, roll it up and print a table. Run it with ./unionkit example, which builds the
// jars and loads jshell/unionkit.jsh first; CI runs it and checks what it prints.

var seed = load("seeds/hebei-2020.json");
System.out.println(seed.dataset());
figures(seed);
audit(seed);

// One figure by hand: what 14万余人 stands for, and a published share against its counts.
var assisted = Quantity.parse("14万余人");
System.out.println(assisted + " stands for " + assisted.interval() + " " + assisted.unit().english());
System.out.println(Audit.ofPercent(Quantity.parse("27.2%"), Quantity.parse("247万人"), Quantity.parse("909万人")));
System.out.println(Ratio.of(2_470_000, 9_090_000));

// The model: a small tree and a member (the ID number is never printed).
var province = Organisation.builder().id(OrganisationId.parse("HB")).name("河北省总工会").
    kind(OrganisationKind.PROVINCIAL_FEDERATION).region(Region.parse("130000")).build();
var city = Organisation.builder().id(OrganisationId.parse("HB-SJZ")).name("石家庄市总工会").
    kind(OrganisationKind.MUNICIPAL_FEDERATION).parent(province.id()).region(Region.parse("130100")).build();
var tree = OrganisationTree.of(List.of(province, city));
System.out.println(tree);
var member = Member.builder().id(MemberId.parse("M000001")).organisation(city.id()).sex(Sex.FEMALE).
    workRelation(WorkRelation.EMPLOYEE).employmentForm(EmploymentForm.STANDARD).skillLevel(SkillLevel.TECHNICIAN).
    citizenId(CitizenId.parse("11010519491231002X")).build();
System.out.println(member);

// A generated province, rolled up in one pass, and a table of its cities.
var dataset = UnionGenerators.seeded(2020).dataset(4, 5, 300);
var rollUp = RollUp.of(dataset);
var root = dataset.tree().roots().get(0);
System.out.println(dataset + ": high-skill ratio " + Indicators.HIGH_SKILL_RATIO.compute(rollUp.subtree(root.id())));
System.out.println(rollUp.table(dataset.tree().children(root.id()), List.of(Indicators.HIGH_SKILL_RATIO, Indicators.TECHNICIAN_SHARE, Indicators.MEMBERSHIP_RATE_UNIONISED_UNITS, Indicators.CONTRACT_ESTABLISHMENT_RATE, Indicators.WORKERS_PER_CONTRACT)));

// Time: the same register for 2019 and 2020 in one pass, each year's stock at its end and its flows within it.
var y2019 = ReportingPeriod.ofYear(2019);
var y2020 = ReportingPeriod.ofYear(2020);
var years = RollUp.over(List.of(y2019, y2020), dataset.tree(), dataset.members(), dataset.contracts(), CountOptions.of(y2020).withAsOf(UnionGenerators.AS_OF));
var end2019 = years.get(y2019).subtree(root.id());
var end2020 = years.get(y2020).subtree(root.id());
System.out.println("2020: " + end2020.get(Measure.NEW_MEMBERS) + " new members, " + end2020.get(Measure.NEW_EMPLOYMENT_NEW_MEMBERS) + " of the eight groups; " + end2020.get(Measure.LEFT_MEMBERS) + " left");
System.out.println("members " + end2019.get(Measure.MEMBERS) + " -> " + end2020.get(Measure.MEMBERS) + ": growth " + Indicators.growth(Measure.MEMBERS, end2019, end2020));
System.out.println(years.get(y2020).members());

// The same register on disk, as unionkit generate writes it (a document and its member file), in one call.
var dir = Files.createTempDirectory("unionkit-example");
UnionJson.writeDataset(DatasetDocument.of(new Metadata("generated province", Source.of("UnionGenerators"), y2020, Optional.empty()), dataset.withMembers(List.of())), dir.resolve("dataset.json"));
Ndjson.write(dir.resolve("members.ndjson"), Member.class, writer -> { for (Member m : dataset.members()) writer.write(m); });
var fromFiles = rollUp(dir.resolve("dataset.json").toString(), dir.resolve("members.ndjson").toString());
System.out.println("from files: " + fromFiles.rowsRead() + " lines, " + fromFiles.accepted() + " counted in 2020; the same stock: " + (fromFiles.value().subtree(root.id()).get(Measure.MEMBERS) == end2020.get(Measure.MEMBERS)));

// Side by side with ILOSTAT: the province's density and 入会率 beside China's published figure, every difference of definition spelt out.
var ilostat = Series.read(Path.of("seeds/international/ilostat-ILR_TUMT_NOC_RT_A.csv"));
var province = Comparison.Subject.ofRegion(Region.parse("130000"), root.name(), y2020, end2020.with(Measure.EMPLOYEES_IN_SCOPE, 20_000));
System.out.println(Comparison.of(province, ilostat.observations().stream().filter(o -> o.refArea().equals("CHN")).toList()));
/exit
