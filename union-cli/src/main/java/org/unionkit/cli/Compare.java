package org.unionkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.unionkit.cli.Register.Counted;
import org.unionkit.cli.Register.Unreadable;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.Series;
import org.unionkit.io.SeriesFile;
import org.unionkit.io.UnionJson;
import org.unionkit.model.Interval;
import org.unionkit.model.Organisation;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.RegionTable;
import org.unionkit.model.ValidationException;
import org.unionkit.stats.Comparison;
import org.unionkit.stats.Concept;
import org.unionkit.stats.LeagueTable;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Observation;
import org.unionkit.stats.Tally;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unionkit compare FILE --members M --ilostat SERIES [--ictwss SERIES] [--json]}: the province's
 * union density, 入会率 and bargaining coverage rolled up from its register, beside ILOSTAT's and ICTWSS's
 * figures, one table a concept with every definitional difference stated (see {@link Comparison}), the
 * checks of figures that share a definition, and league tables whose ranks are ranges where the values'
 * intervals overlap. {@code --ilostat-out} writes the province's and cities' figures in ILOSTAT's layout.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, separator = " ", sortOptions = false,
    sortSynopsis = false, synopsisHeading = Main.SYNOPSIS_HEADING, footerHeading = "%n", footer = {Main.PATHS,
        "Exit status: 0 printed, 1 bad input (the message names file, line, column and column or JSON path), "
            + "2 wrong command line, 3 printed with rejected records."},
    description = {"Puts the rolled-up density, membership rates and bargaining coverage of the document's "
        + "province beside ILOSTAT's and ICTWSS's series: one table a concept, each row with its definition and "
        + "what would have to change for it to be comparable, then league tables with ranks as ranges."})
final class Compare implements Callable<Integer> {
  /** Set by picocli before {@link #call()}, as are the options. */
  @Parameters(paramLabel = "FILE", description = "The dataset document, such as generated/dataset.json.")
  private Path file;

  @Mixin
  private final Register register;

  @Option(names = "--ilostat", paramLabel = "SERIES", description = "An ILOSTAT bulk CSV or SDMX-CSV file, "
      + "gzipped or not, such as seeds/international/ilostat-ILR_TUMT_NOC_RT_A.csv; may be given again.")
  private List<Path> ilostat = new ArrayList<>();

  @Option(names = "--ictwss", paramLabel = "SERIES", description = "An OECD/AIAS ICTWSS CSV or the OECD's "
      + "SDMX-CSV of density and coverage; may be given again.")
  private List<Path> ictwss = new ArrayList<>();

  @Option(names = "--employees", paramLabel = "FIGURE", converter = FigureConverter.class,
      description = "All employees in the province, which a register does not hold, as a figure: 1200万人 "
          + "(read as rounded: [1195万, 1205万)) or 12000000. Without it, density is undefined.")
  private Optional<Interval> employees = Optional.empty();

  @Option(names = "--without-bargaining-right", paramLabel = "FIGURE", converter = FigureConverter.class,
      description = "Employees without a right to bargain, for adjusted coverage, as a figure such as 50万人.")
  private Optional<Interval> withoutRight = Optional.empty();

  @Option(names = "--area", paramLabel = "CODES", split = ",",
      description = "The series' areas to set beside the province, such as CHN,DEU. Default: CHN. League tables "
          + "rank every area of the series.")
  private List<String> areas = new ArrayList<>(List.of("CHN"));

  @Option(names = "--ilostat-out", paramLabel = "FILE",
      description = "Also write the province's and cities' figures in ILOSTAT's bulk layout, to append to a bulk file.")
  private Optional<Path> ilostatOut = Optional.empty();

  @Option(names = "--json", description = "Print the same as JSON.")
  private boolean json;

  private final PrintStream stdout;
  private final PrintStream err;

  Compare(PrintStream stdout, PrintStream err, LongSupplier nanoClock) {
    this.stdout = stdout;
    this.err = err;
    this.register = new Register(err, nanoClock);
  }

  /** Reads {@code --employees}: a figure as Chinese reports write it, or a plain count, as its interval. */
  static final class FigureConverter implements CommandLine.ITypeConverter<Interval> {
    @Override
    public Interval convert(String value) {
      String text = value.matches("[0-9]+") ? value + "人" : value;
      try {
        return Quantity.parse(text).interval();
      } catch (ValidationException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a figure such as 1200万人 or 12000000");
      }
    }
  }

  @Override
  public Integer call() {
    Optional<String> conflict = register.conflict().or(this::conflict);
    if (conflict.isPresent()) {
      err.println("unionkit: " + conflict.get());
      return 2;
    }
    try {
      List<Path> inputs = new ArrayList<>(register.inputs(file));
      inputs.addAll(ilostat);
      inputs.addAll(ictwss);
      for (Path input : inputs) {
        Register.check(input);
      }
      DatasetDocument doc = Register.reading(file, () -> UnionJson.readDataset(file));
      List<SeriesFile> files = new ArrayList<>();
      for (Path path : ilostat) {
        files.add(series(path, "--ilostat", Set.of(Series.Layout.ILOSTAT_BULK, Series.Layout.SDMX_CSV)));
      }
      for (Path path : ictwss) {
        files.add(series(path, "--ictwss", Set.of(Series.Layout.ICTWSS, Series.Layout.SDMX_CSV)));
      }
      Optional<Counted> counted = register.count(file, doc);
      if (counted.isEmpty()) {
        err.println("unionkit: " + file + " holds no members: give a register with --members");
        return 2;
      }
      Counted c = counted.get();
      if (Observation.time(c.period()).isEmpty()) {
        err.println("unionkit: compare counts a calendar year, a quarter or a month, as ILOSTAT's times are, not "
            + c.period());
        return 2;
      }
      List<Observation> all = files.stream().flatMap(f -> f.observations().stream()).toList();
      Set<String> shown = areas.stream().map(a -> a.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
      List<Comparison> comparisons = new ArrayList<>();
      List<Comparison> leagues = new ArrayList<>();
      List<Observation> written = new ArrayList<>();
      for (Organisation root : doc.dataset().tree().roots()) {
        Comparison.Subject subject = subject(root, doc, c, c.rollUp().subtree(root.id()));
        comparisons.add(Comparison.of(subject, all.stream().filter(o -> shown.contains(o.refArea())).toList()));
        leagues.add(Comparison.of(subject, all));
        written.addAll(subject.observations());
        for (Organisation city : doc.dataset().tree().children(root.id())) {
          written.addAll(subject(city, doc, c, c.rollUp().subtree(city.id())).observations());
        }
      }
      if (ilostatOut.isPresent()) {
        Path target = ilostatOut.get();
        Register.reading(target, () -> {
          Series.writeIlostat(written, target);
          return target;
        });
      }
      stdout.print(json ? json(c, files, comparisons, leagues) : text(c, files, comparisons, leagues));
      return c.rejected() > 0 ? Report.REJECTED : 0;
    } catch (Unreadable e) {
      err.println("unionkit: " + e.getMessage());
      return 1;
    }
  }

  /** What this command's own options cannot be together. */
  private Optional<String> conflict() {
    if (ilostat.isEmpty() && ictwss.isEmpty()) {
      return Optional.of("name a series to compare with: --ilostat FILE or --ictwss FILE");
    }
    if (withoutRight.isPresent() && employees.isEmpty()) {
      return Optional.of("--without-bargaining-right needs --employees, the employees they are part of");
    }
    if (withoutRight.isPresent() && withoutRight.get().upper().map(u -> u.compareTo(employees.get().lower()) > 0)
        .orElse(true)) {
      return Optional.of("--without-bargaining-right (" + withoutRight.get() + ") may exceed --employees ("
          + employees.get() + ")");
    }
    return Optional.empty();
  }

  private static SeriesFile series(Path path, String option, Set<Series.Layout> layouts) throws Unreadable {
    SeriesFile read = Register.reading(path, () -> Series.read(path));
    if (!layouts.contains(read.layout())) {
      throw new Unreadable(path + ": is " + read.layout().english() + ", not a file for " + option + " ("
          + layouts.stream().map(Series.Layout::english).sorted().collect(Collectors.joining(" or ")) + ")");
    }
    return read;
  }

  /** An organisation's figures for the counted period, named by its region (or the document's), with the supplied counts. */
  private Comparison.Subject subject(Organisation o, DatasetDocument doc, Counted c, Tally tally) {
    Optional<Region> region = o.region().or(() -> doc.dataset().tree().roots().contains(o)
        ? doc.metadata().region() : Optional.empty());
    String name = region.flatMap(r -> RegionTable.builtIn().name(r)).filter(n -> !o.name().startsWith(n))
        .map(n -> n + " " + o.name()).orElse(o.name());
    Comparison.Subject subject = region.isPresent()
        ? Comparison.Subject.ofRegion(region.get(), name, c.period(), tally)
        : Comparison.Subject.of("UNIONKIT-" + o.id(), name, c.period(), tally);
    if (!doc.dataset().tree().roots().contains(o)) {
      return subject;
    }
    if (employees.isPresent()) {
      subject = subject.withSupplied(Measure.EMPLOYEES_IN_SCOPE, employees.get());
    }
    if (withoutRight.isPresent()) {
      subject = subject.withSupplied(Measure.EMPLOYEES_WITHOUT_BARGAINING_RIGHT, withoutRight.get());
    }
    return subject;
  }

  private static String text(Counted c, List<SeriesFile> files, List<Comparison> comparisons,
      List<Comparison> leagues) {
    StringBuilder text = new StringBuilder(Register.summary(c));
    files.forEach(f -> text.append(f).append('\n'));
    for (int i = 0; i < comparisons.size(); i++) {
      text.append('\n').append(comparisons.get(i));
      for (Concept concept : List.of(Concept.UNION_DENSITY, Concept.BARGAINING_COVERAGE)) {
        LeagueTable league = leagues.get(i).league(concept);
        text.append("\nLeague table 排名: ").append(concept.english()).append(", ILOSTAT's definition (ranks overlap "
            + "where values' intervals do)\n").append(league);
      }
    }
    return text.toString();
  }

  private static String json(Counted c, List<SeriesFile> files, List<Comparison> comparisons,
      List<Comparison> leagues) {
    ObjectMapper mapper = UnionJson.mapper();
    ObjectNode report = mapper.createObjectNode();
    report.set("read", Register.json(c));
    ArrayNode series = report.putArray("series");
    for (SeriesFile f : files) {
      ObjectNode file = series.addObject().put("file", f.file()).put("layout", f.layout().name()).put("rows", f.rows())
          .put("observations", f.observations().size());
      ObjectNode missing = file.putObject("missing");
      f.missing().forEach(missing::put);
    }
    ArrayNode subjects = report.putArray("comparisons");
    for (int i = 0; i < comparisons.size(); i++) {
      Comparison comparison = comparisons.get(i);
      ObjectNode node = subjects.addObject();
      node.putObject("subject").put("refArea", comparison.subject().refArea()).put("name", comparison.subject().name())
          .put("time", comparison.subject().time());
      ArrayNode tables = node.putArray("tables");
      for (Comparison.Table table : comparison.tables()) {
        ObjectNode t = tables.addObject().put("concept", table.concept().name())
            .put("reference", table.reference().toString());
        ArrayNode rows = t.putArray("rows");
        for (Comparison.Row row : table.rows()) {
          ObjectNode r = rows.addObject().put("series", row.series()).put("refArea", row.refArea())
              .put("code", row.code()).put("time", row.time()).put("value", row.shown())
              .put("range", row.range().toString()).put("status", row.status().name())
              .put("comparable", row.comparable()).put("definition", row.definition().toString());
          ArrayNode notes = r.putArray("notes");
          row.notes().forEach(notes::add);
        }
        ArrayNode ranks = t.putArray("league");
        for (LeagueTable.Place place : leagues.get(i).league(table.concept()).places()) {
          ranks.addObject().put("rank", place.rank()).put("best", place.best()).put("worst", place.worst())
              .put("place", place.label()).put("value", place.shown());
        }
      }
      ArrayNode checks = node.putArray("checks");
      for (Comparison.Check check : comparison.checks()) {
        checks.addObject().put("refArea", check.first().refArea()).put("time", check.first().time())
            .put("first", check.first().series() + " " + check.first().code() + " " + check.first().shown())
            .put("second", check.second().series() + " " + check.second().code() + " " + check.second().shown())
            .put("verdict", check.verdict().name());
      }
      ObjectNode omitted = node.putObject("omitted");
      comparison.omitted().forEach(omitted::put);
    }
    try {
      return mapper.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the comparison's own JSON tree could not be written: " + e.getMessage(), e);
    }
  }
}
