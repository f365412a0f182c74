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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.UnionJson;
import org.unionkit.model.Dataset;
import org.unionkit.model.Organisation;
import org.unionkit.model.RegionTable;
import org.unionkit.model.ReportedFigure;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.TextTable;
import org.unionkit.xlsx.CountTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.unionkit.cli.Register.Counted;
import org.unionkit.cli.Register.Unreadable;
import picocli.CommandLine.Parameters;

/**
 * {@code unionkit report FILE [--members MEMBERS.ndjson] [--json]}: the figures of a dataset document by
 * section, the audit of its relations and, when it holds members or is given a member file, the rolled-up
 * indicators of the province and its cities. The options are the fields below and the register's
 * ({@link Register}): a new one is a field with its {@code @Option}, read in {@link #call()}; its help and
 * synopsis follow from the annotation.
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
  /** Exit status of a report printed with rejected records. */
  static final int REJECTED = 3;

  /** Set by picocli before {@link #call()}, as are the options. */
  @Parameters(paramLabel = "FILE", description = "The dataset document, such as seeds/hebei-2020.json.")
  private Path file;

  @Mixin
  private final Register register;

  @Option(names = "--json", description = "Print the same as JSON.")
  private boolean json;

  @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "Also write the figures, the audit and, when "
      + "members are counted, the indicators and flows to a workbook (one sheet each), written whole or not at all.")
  private Optional<Path> xlsx = Optional.empty();

  private final PrintStream stdout;
  private final PrintStream err;

  Report(PrintStream stdout, PrintStream err, LongSupplier nanoClock) {
    this.stdout = stdout;
    this.err = err;
    this.register = new Register(err, nanoClock);
  }

  /**
   * Prints the report: 0, or 3 when records were rejected (the report is printed all the same), or 1 with
   * one line on stderr naming the file that cannot be read and where.
   */
  @Override
  public Integer call() {
    Optional<String> conflict = register.conflict();
    if (conflict.isPresent()) {
      err.println("unionkit: " + conflict.get());
      return 2;
    }
    try {
      for (Path input : register.inputs(file)) {
        Register.check(input);
      }
      DatasetDocument doc = Register.reading(file, () -> UnionJson.readDataset(file));
      List<RelationAudit> audits = Register.reading(file, () -> RelationAudit.of(doc.dataset()));
      Optional<Counted> counted = register.count(file, doc);
      if (xlsx.isPresent()) {
        ReportWorkbook.write(xlsx.get(), doc, audits, counted, ROLL_UP_COLUMNS);
      }
      stdout.print(json ? json(doc, audits, counted) : text(doc, audits, counted));
      return counted.isPresent() && counted.get().rejected() > 0 ? REJECTED : 0;
    } catch (Unreadable e) {
      err.println("unionkit: " + e.getMessage());
      return 1;
    }
  }


  /** The flows of each row ({@link ReportWorkbook#flows}) as aligned text. */
  private static TextTable flows(RollUp rollUp, List<Organisation> rows, Dataset dataset, CountOptions options) {
    CountTable flows = ReportWorkbook.flows(rollUp, rows, dataset, options);
    List<String> chinese = new ArrayList<>(List.of(""));
    chinese.addAll(flows.chinese());
    List<String> english = new ArrayList<>(List.of(""));
    english.addAll(flows.english());
    TextTable table = TextTable.withLeftColumns(1).add(chinese).add(english);
    for (int r = 0; r < flows.rows().size(); r++) {
      List<String> cells = new ArrayList<>(List.of(flows.rows().get(r)));
      flows.counts(r).forEach(n -> cells.add(String.format(Locale.ROOT, "%,d", n)));
      table.add(cells);
    }
    return table;
  }

  private static Map<String, List<ReportedFigure>> bySection(Dataset dataset) {
    Map<String, List<ReportedFigure>> sections = new TreeMap<>();
    for (ReportedFigure f : dataset.figures()) {
      sections.computeIfAbsent(f.source().section().orElse("-"), s -> new ArrayList<>()).add(f);
    }
    return sections;
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
    counted.ifPresent(c -> text.append(Register.summary(c)).append('\n')
        .append("Indicators 指标 (rolled up over the tree, ").append(c.period()).append(")\n")
        .append(c.rollUp().table(c.rows(), ROLL_UP_COLUMNS))
        .append("\nFlows 流量 (within ").append(c.period()).append(")\n")
        .append(flows(c.rollUp(), c.rows(), doc.dataset(), c.options())));
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
      report.set("read", Register.json(c));
      report.set("indicators", mapper.valueToTree(c.rollUp().table(c.rows(), ROLL_UP_COLUMNS)));
    }
    try {
      return mapper.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report's own JSON tree could not be written: " + e.getMessage(), e);
    }
  }
}
