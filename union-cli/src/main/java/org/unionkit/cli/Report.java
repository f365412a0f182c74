package org.unionkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.unionkit.io.AtomicFiles;
import org.unionkit.io.Collected;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.Reject;
import org.unionkit.io.Rejects;
import org.unionkit.io.UnionFormatException;
import org.unionkit.io.UnionJson;
import org.unionkit.model.Dataset;
import org.unionkit.model.Organisation;
import org.unionkit.model.RegionTable;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.Measure;
import org.unionkit.stats.RecordCounts;
import org.unionkit.stats.RecordRule;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Scope;
import org.unionkit.stats.TextTable;
import java.time.DateTimeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unionkit report FILE [--members MEMBERS.ndjson] [--json]}: the figures of a dataset document by
 * section, the audit of its relations and, when it holds members or is given a member file, the rolled-up
 * indicators of the province and its cities. The options are the fields below: a new one is a field with
 * its {@code @Option}, read in {@link #call()}; its help and synopsis follow from the annotation.
 *
 * <p>Every input file is checked before anything is read, and a failure names the file it concerns.
 */
@Command(name = "report", mixinStandardHelpOptions = true, separator = " ", sortOptions = false,
    sortSynopsis = false, synopsisHeading = Main.SYNOPSIS_HEADING, footerHeading = "%n", footer = {Main.PATHS,
        "Exit status: 0 printed, 1 bad input (the message names file, line, column and JSON path), 2 wrong "
            + "command line."},
    description = {"Prints the figures of a dataset document by section (as written, and the interval each "
        + "stands for), the audit of the relations between them and, when there are members, the indicators "
        + "of the province and each city rolled up over the tree."})
final class Report implements Callable<Integer> {
  private static final List<Indicator> ROLL_UP_COLUMNS = List.of(Indicators.HIGH_SKILL_RATIO,
      Indicators.TECHNICIAN_SHARE, Indicators.MEMBERSHIP_RATE_UNIONISED_UNITS, Indicators.NEW_EMPLOYMENT_SHARE,
      Indicators.NEW_EMPLOYMENT_SHARE_OF_NEW_MEMBERS, Indicators.CONTRACT_ESTABLISHMENT_RATE,
      Indicators.WORKERS_PER_CONTRACT, Indicators.WORKERS_PER_SIGNED_CONTRACT);
  /** The rejects a report prints before its tables; all of them go to {@code --rejects}. */
  static final int REJECTS_SHOWN = 10;
  /** Exit status of a report printed with rejected records. */
  static final int REJECTED = 3;

  /** Set by picocli before {@link #call()}, as are the options. */
  @Parameters(paramLabel = "FILE", description = "The dataset document, such as seeds/hebei-2020.json.")
  private Path file;

  @Option(names = "--members", paramLabel = "MEMBERS.ndjson",
      description = "An NDJSON member file (one member per line) to roll up over the document's tree, read in "
          + "chunks on every core, with progress on stderr.")
  private Optional<Path> members = Optional.empty();

  @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
      description = "The period to count: 2019, 2020-03 or 2020-01-01/2020-06-30. Stocks at its last day, "
          + "flows within it. Default: the document's period.")
  private Optional<ReportingPeriod> period = Optional.empty();

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "Count the stocks on one day (the period DATE/DATE), such as 2020-06-30.")
  private Optional<LocalDate> asOf = Optional.empty();

  @Option(names = "--rejects", paramLabel = "REJECTS.ndjson",
      description = "Write every rejected record to this file, one JSON object a line (file, line, column, path, "
          + "rule, reason), written whole or not at all.")
  private Optional<Path> rejectsFile = Optional.empty();

  @Option(names = "--max-rejects", paramLabel = "N",
      description = "Stop with exit status 1 at the (N+1)th rejected record. Default: no limit.")
  private long maxRejects = Long.MAX_VALUE;

  @Option(names = "--json", description = "Print the same as JSON.")
  private boolean json;

  private final PrintStream stdout;
  private final PrintStream err;
  private final LongSupplier nanoClock;

  Report(PrintStream stdout, PrintStream err, LongSupplier nanoClock) {
    this.stdout = stdout;
    this.err = err;
    this.nanoClock = nanoClock;
  }

  /**
   * Prints the report: 0, or 3 when records were rejected (the report is printed all the same), or 1 with
   * one line on stderr naming the file that cannot be read and where.
   */
  @Override
  public Integer call() {
    if (period.isPresent() && asOf.isPresent()) {
      err.println("unionkit: --period and --as-of name the period two ways: give one");
      return 2;
    }
    try {
      for (Path input : inputs()) {
        check(input);
      }
      DatasetDocument doc = reading(file, () -> UnionJson.readDataset(file));
      List<RelationAudit> audits = reading(file, () -> RelationAudit.of(doc.dataset()));
      Optional<Counted> counted = indicators(doc);
      if (rejectsFile.isPresent() && counted.isPresent()) {
        Path target = rejectsFile.get();
        reading(target, () -> {
          writeRejects(target, counted.get().rejects());
          return target;
        });
      }
      stdout.print(json ? json(doc, audits, counted) : text(doc, audits, counted));
      return counted.isPresent() && counted.get().rejected() > 0 ? REJECTED : 0;
    } catch (Unreadable e) {
      err.println("unionkit: " + e.getMessage());
      return 1;
    }
  }

  /** What the roll-up read and made of it: the lines, the records rejected, and the indicators. */
  private record Counted(String source, ReportingPeriod period, long lines, long counted, long outside,
      long rejected, List<Rejected> rejects, IndicatorTable table, TextTable flows) {}

  /** The flows the review publishes, per row: counts within the period, with their Chinese and English names. */
  private static final List<Measure> FLOWS = List.of(Measure.NEW_MEMBERS, Measure.NEW_EMPLOYMENT_NEW_MEMBERS,
      Measure.LEFT_MEMBERS, Measure.NEW_UNIONS, Measure.CONTRACTS_SIGNED, Measure.CONTRACTS_SIGNED_COVERAGE);
  /** 百人以上非公企业: the scope of the review's 418 new unions. */
  private static final Scope NON_PUBLIC_100 = Scope.all().withNonPublic().withMinEmployees(100);

  /**
   * The flows of each row, and the unions founded in non-public enterprises of 100 or more staff (from the
   * organisations alone: a second roll-up without members, so the member file is read once).
   */
  private static TextTable flows(RollUp rollUp, List<Organisation> rows, Dataset dataset, CountOptions options) {
    RollUp nonPublic = RollUp.of(dataset.tree(), List.of(), List.of(), options.withScope(NON_PUBLIC_100));
    List<String> chinese = new ArrayList<>(List.of(""));
    List<String> english = new ArrayList<>(List.of(""));
    FLOWS.forEach(m -> {
      chinese.add(m.chinese());
      english.add(m.english());
    });
    chinese.add("其中百人以上非公企业");
    english.add("of them non-public, 100+ staff");
    TextTable table = TextTable.withLeftColumns(1).add(chinese).add(english);
    for (Organisation o : rows) {
      List<String> cells = new ArrayList<>(List.of(o.name()));
      FLOWS.forEach(m -> cells.add(String.format(Locale.ROOT, "%,d", rollUp.subtree(o.id()).get(m))));
      cells.add(String.format(Locale.ROOT, "%,d", nonPublic.subtree(o.id()).get(Measure.NEW_UNIONS)));
      table.add(cells);
    }
    return table;
  }

  /** A rejected record, where and why: no value of the record. */
  private record Rejected(String file, long line, long column, String path, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + (path.isEmpty() ? "" : path + ": ") + reason;
    }
  }

  /** Reads {@code --period}: the model's own parser and message. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<ReportingPeriod> {
    @Override
    public ReportingPeriod convert(String value) {
      try {
        return ReportingPeriod.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --as-of}: an ISO date. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date such as 2020-12-31");
      }
    }
  }

  /** Keeps every reject for {@code --rejects} (or the first few without it) and stops past {@code --max-rejects}. */
  private final class Kept implements Rejects {
    final String source;
    final List<Rejected> rejects = new ArrayList<>();
    /** Every reject seen, kept or not. */
    private long seen;

    Kept(String source) {
      this.source = source;
    }

    @Override
    public void reject(Reject reject) {
      take(new Rejected(source, reject.line(), reject.column(), reject.path(), reject.reason()));
    }

    void take(Rejected rejected) {
      seen++;
      if (seen > maxRejects) {
        throw new TooManyRejects(rejected + " (more than --max-rejects " + maxRejects + ")");
      }
      if (rejectsFile.isPresent() || rejects.size() < REJECTS_SHOWN) {
        rejects.add(rejected);
      }
    }
  }

  /** The read stops past {@code --max-rejects}. */
  private static final class TooManyRejects extends RuntimeException {
    private static final long serialVersionUID = 1;

    TooManyRejects(String message) {
      super(message, null, false, false);
    }
  }

  private static void writeRejects(Path target, List<Rejected> rejects) throws IOException {
    ObjectMapper mapper = UnionJson.mapper();
    AtomicFiles.write(target, out -> {
      for (Rejected r : rejects) {
        ObjectNode line = mapper.createObjectNode();
        line.put("file", r.file()).put("line", r.line()).put("column", r.column()).put("path", r.path())
            .put("rule", rule(r.reason())).put("reason", r.reason());
        out.write((mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(line) + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  /** The rule a reason starts with (such as {@code duplicate-id}), or {@code invalid} for a record that cannot be read. */
  private static String rule(String reason) {
    for (RecordRule rule : RecordRule.values()) {
      if (reason.startsWith(rule.code() + ":")) {
        return rule.code();
      }
    }
    return "invalid";
  }

  /** The files this report reads, each checked before any is read. */
  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    inputs.add(file);
    members.ifPresent(inputs::add);
    return inputs;
  }

  private static void check(Path input) throws Unreadable {
    if (!Files.exists(input)) {
      throw new Unreadable(input + ": no such file");
    }
    if (Files.isDirectory(input)) {
      throw new Unreadable(input + ": is a directory, not a file");
    }
  }

  /** Something that reads {@code file}: its failure becomes one line naming the file. */
  @FunctionalInterface
  private interface Read<T> {
    T read() throws IOException;
  }

  private static <T> T reading(Path file, Read<T> read) throws Unreadable {
    try {
      return read.read();
    } catch (UnionFormatException e) {
      throw new Unreadable(e.getMessage());
    } catch (NoSuchFileException e) {
      throw new Unreadable(Optional.ofNullable(e.getFile()).orElse(file.toString()) + ": no such file");
    } catch (FileSystemException e) {
      throw new Unreadable(Optional.ofNullable(e.getFile()).orElse(file.toString()) + ": cannot be read: "
          + Optional.ofNullable(e.getReason()).orElse(e.getClass().getSimpleName()));
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      throw new Unreadable(message.contains(file.toString()) ? message : file + ": cannot be read: " + message);
    } catch (UncheckedIOException e) {
      throw new Unreadable(String.valueOf(e.getCause().getMessage()));
    } catch (IllegalArgumentException e) {
      throw new Unreadable(file + ": " + e.getMessage());
    }
  }

  /** A file that cannot be read, with the message line that says which and why. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  private static Map<String, List<ReportedFigure>> bySection(Dataset dataset) {
    Map<String, List<ReportedFigure>> sections = new TreeMap<>();
    for (ReportedFigure f : dataset.figures()) {
      sections.computeIfAbsent(f.source().section().orElse("-"), s -> new ArrayList<>()).add(f);
    }
    return sections;
  }

  /**
   * The rolled-up indicators of each top organisation (the province) and the organisations below it (its
   * cities) for the period, over the dataset's own members or those of an NDJSON file, streamed in chunks on
   * every core, with progress on stderr; and what was read. The register is taken as of the document's period
   * end, so a record dated later is rejected; a record with nothing in the period is counted apart.
   */
  private Optional<Counted> indicators(DatasetDocument doc) throws Unreadable {
    Dataset dataset = doc.dataset();
    if (dataset.members().isEmpty() && members.isEmpty()) {
      return Optional.empty();
    }
    ReportingPeriod counted = asOf.map(day -> ReportingPeriod.of(day, day)).or(() -> period)
        .orElse(doc.metadata().period());
    CountOptions options = doc.countOptions().withPeriod(counted);
    List<Organisation> rows = new ArrayList<>();
    for (Organisation root : dataset.tree().roots()) {
      rows.add(root);
      rows.addAll(dataset.tree().children(root.id()));
    }
    if (members.isEmpty()) {
      Kept kept = new Kept(file.toString());
      RollUp rollUp = reading(file, () -> RollUp.of(dataset.tree(), dataset.members(), dataset.contracts(), options));
      try {
        // A document's records have no lines of their own: a reject names the member's place among them.
        rollUp.rejections().forEach(r -> kept.take(new Rejected(file.toString(), r.record(), 0,
            "/" + r.kind() + "s/" + (r.record() - 1), r.rule().code() + ": " + r.reason())));
      } catch (TooManyRejects e) {
        throw new Unreadable(e.getMessage());
      }
      RecordCounts m = rollUp.members();
      return Optional.of(new Counted(file + " members", counted, m.read(), m.accepted(), m.outsidePeriod(),
          m.rejected(), kept.rejects, rollUp.table(rows, ROLL_UP_COLUMNS), flows(rollUp, rows, dataset, options)));
    }
    Path memberFile = members.get();
    Kept kept = new Kept(memberFile.toString());
    Collected<RollUp> rolled;
    try {
      rolled = reading(memberFile, () -> {
      long size = Files.size(memberFile);
      Progress progress = Progress.start(err, size, nanoClock, (lines, bytes) -> String.format(Locale.ROOT,
          "%s: %,d lines read (%s)", memberFile, lines, Progress.megabytes(bytes, size)));
      try (ProgressInputStream in = new ProgressInputStream(Files.newInputStream(memberFile), progress)) {
        Collected<RollUp> value = Ndjson.rollUp(in, memberFile.toString(), dataset.tree(), dataset.contracts(),
            ReadOptions.defaults().withCounting(options).withRejects(kept));
        progress.finish(in.lines(), in.bytes());
        return value;
      }
    });
    } catch (TooManyRejects e) {
      throw new Unreadable(e.getMessage());
    }
    return Optional.of(new Counted(memberFile.toString(), counted, rolled.rowsRead(), rolled.accepted(),
        rolled.outsidePeriod(), rolled.rejected(), kept.rejects, rolled.value().table(rows, ROLL_UP_COLUMNS),
        flows(rolled.value(), rows, dataset, options)));
  }

  /** {@code members.ndjson: 10,000,000 lines, 9,999,990 counted, 3 outside 2020, 7 rejected}, then the first rejects. */
  private static String summary(Counted c) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %,d %s, %,d counted, %,d outside %s, %,d rejected%n",
        c.source(), c.lines(), c.source().endsWith(" members") ? "records" : "lines", c.counted(), c.outside(),
        c.period(), c.rejected()));
    c.rejects().stream().limit(REJECTS_SHOWN).forEach(r -> text.append("  ").append(r).append('\n'));
    if (c.rejected() > REJECTS_SHOWN) {
      text.append(String.format(Locale.ROOT, "  ... and %,d more%n", c.rejected() - REJECTS_SHOWN));
    }
    return text.toString();
  }

  private static String text(DatasetDocument doc, List<RelationAudit> audits, Optional<Counted> counted) {
    StringBuilder text = new StringBuilder();
    Dataset dataset = doc.dataset();
    text.append(doc.metadata().title()).append('\n');
    text.append("source 来源: ").append(doc.metadata().source().document()).append(" · period 期间: ")
        .append(doc.metadata().period());
    doc.metadata().region().ifPresent(r -> text.append(" · region 地区: ").append(r)
        .append(RegionTable.builtIn().name(r).map(n -> " " + n).orElse("")));
    text.append("\n\n");
    if (!dataset.figures().isEmpty()) {
      text.append("Figures 数据 (").append(dataset.figures().size()).append(")\n");
      for (Map.Entry<String, List<ReportedFigure>> section : bySection(dataset).entrySet()) {
        text.append("\nSection 第").append(section.getKey()).append("部分 (").append(section.getValue().size())
            .append(")\n");
        TextTable table = TextTable.withLeftColumns(6)
            .add(List.of("figure 数值", "interval 区间", "measure 指标", "in English", "period 期间", "id"));
        for (ReportedFigure f : section.getValue()) {
          table.add(List.of(f.quantity().toString(), f.quantity().interval().toString(), f.measure(),
              f.englishMeasure(), f.period().toString(), f.id().toString()));
        }
        text.append(table);
      }
      text.append('\n');
    }
    if (!audits.isEmpty()) {
      text.append("Audit 核验 (").append(audits.size()).append(" relations)\n");
      TextTable table = TextTable.withLeftColumns(5)
          .add(List.of("relation 关系", "kind 类型", "computed 计算结果", "verdict 结论", "in English"));
      for (RelationAudit a : audits) {
        table.add(List.of(a.relation().description(), a.relation().kind().chinese(), a.computed(),
            a.verdict().name(), a.relation().englishDescription()));
      }
      text.append(table).append('\n');
    }
    counted.ifPresent(c -> text.append(summary(c)).append('\n')
        .append("Indicators 指标 (rolled up over the tree, ").append(c.period()).append(")\n").append(c.table())
        .append("\nFlows 流量 (within ").append(c.period()).append(")\n").append(c.flows()));
    return text.toString();
  }

  private static String json(DatasetDocument doc, List<RelationAudit> audits, Optional<Counted> counted) {
    ObjectMapper mapper = UnionJson.mapper();
    ObjectNode report = mapper.createObjectNode();
    report.set("metadata", mapper.valueToTree(doc.metadata()));
    ObjectNode sections = report.putObject("figures");
    for (Map.Entry<String, List<ReportedFigure>> section : bySection(doc.dataset()).entrySet()) {
      ArrayNode figures = sections.putArray(section.getKey());
      for (ReportedFigure f : section.getValue()) {
        ObjectNode figure = mapper.valueToTree(f);
        figure.put("interval", f.quantity().interval().toString());
        figures.add(figure);
      }
    }
    ArrayNode audit = report.putArray("audit");
    for (RelationAudit a : audits) {
      ObjectNode row = audit.addObject();
      row.put("relation", a.relation().id().toString());
      row.put("kind", a.relation().kind().name());
      row.put("computed", a.computed());
      row.put("verdict", a.verdict().name());
      row.put("description", a.relation().description());
      row.put("englishDescription", a.relation().englishDescription());
    }
    if (counted.isPresent()) {
      Counted c = counted.get();
      ObjectNode read = report.putObject("read");
      read.put("source", c.source()).put("period", c.period().toString()).put("lines", c.lines())
          .put("counted", c.counted()).put("outsidePeriod", c.outside()).put("rejected", c.rejected());
      ArrayNode rejects = read.putArray("rejects");
      c.rejects().stream().limit(REJECTS_SHOWN).forEach(r -> rejects.addObject().put("file", r.file())
          .put("line", r.line()).put("column", r.column()).put("path", r.path()).put("rule", rule(r.reason()))
          .put("reason", r.reason()));
      report.set("indicators", mapper.valueToTree(c.table()));
    }
    try {
      return mapper.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report's own JSON tree could not be written: " + e.getMessage(), e);
    }
  }
}
