package org.unionkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.unionkit.stats.Language;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.TextTable;
import org.unionkit.xlsx.CountTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.unionkit.cli.Register.Counted;
import org.unionkit.cli.Register.Unreadable;
import picocli.CommandLine.Parameters;

/**
 * {@code unionkit report FILE [--members MEMBERS] [--sheet SHEET] [--charset CHARSET] [--width N]
 * [--ambiguous-wide] [--lang zh|en|both] [--json] [--html OUT.html] [--xlsx OUT.xlsx]}: the
 * figures of a dataset document by section, the audit of its relations and, when it holds members or is
 * given a member file, the rolled-up indicators of the province and its cities. The options are the fields
 * below and the register's ({@link Register}): a new one is a field with its {@code @Option}, read in
 * {@link #call()}; its help and synopsis follow from the annotation.
 *
 * <p>The text fits {@code --width} terminal columns, else the number the {@code COLUMNS} environment
 * variable holds, else any width: long text cells wrap inside their column ({@link TextTable#maxWidth(int)}),
 * figures, intervals and verdicts never do; {@code --ambiguous-wide} counts “ ” — … · × as two columns, as a
 * terminal set for Chinese draws them. {@code --lang zh} or {@code en} prints the headings and the
 * bilingual columns (measures, relations, indicator and flow names) in one language; {@code both}, the
 * default, in both. {@code --json} is the same whatever the width and languages.
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
  static final List<Indicator> ROLL_UP_COLUMNS = List.of(Indicators.HIGH_SKILL_RATIO,
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

  @Option(names = "--width", paramLabel = "N", converter = WidthConverter.class,
      description = "Fit the text to N terminal columns, wrapping long text cells inside their column. Default: "
          + "the COLUMNS environment variable when it holds a number, else no limit.")
  private Optional<Integer> width = Optional.empty();

  @Option(names = "--ambiguous-wide", description = "Count characters of ambiguous East Asian width (“ ” — … · ×) "
      + "as two columns, as terminals set for Chinese draw them. Default: one.")
  private boolean ambiguousWide;

  @Option(names = "--lang", paramLabel = "zh|en|both", converter = LanguagesConverter.class,
      description = "The languages of the headings and of the bilingual columns: zh (Chinese), en (English) or "
          + "both. Default: both.")
  private Languages languages = Languages.BOTH;

  @Option(names = "--json", description = "Print the same as JSON.")
  private boolean json;

  @Option(names = "--html", paramLabel = "OUT.html", description = "Also write the report as one self-contained "
      + "page, with charts, that needs no network to view.")
  private Optional<Path> html = Optional.empty();

  @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "Also write the figures, the audit and, when "
      + "members are counted, the indicators and flows to a workbook (one sheet each), written whole or not at all.")
  private Optional<Path> xlsx = Optional.empty();

  private final PrintStream stdout;
  private final PrintStream err;
  /** The environment the command runs in, for {@code COLUMNS} (tests give their own). */
  private final Map<String, String> environment;

  Report(PrintStream stdout, PrintStream err, LongSupplier nanoClock, Map<String, String> environment) {
    this.stdout = stdout;
    this.err = err;
    this.register = new Register(err, nanoClock);
    this.environment = Map.copyOf(environment);
  }

  /** {@code --lang}: the languages the text is printed in. */
  enum Languages {
    ZH,
    EN,
    BOTH;

    /** Whether text in this language is shown. */
    boolean shows(Language language) {
      return this == BOTH || (this == ZH) == (language == Language.CHINESE);
    }

    /** The languages shown, Chinese first. */
    Set<Language> shown() {
      Set<Language> shown = EnumSet.noneOf(Language.class);
      Arrays.stream(Language.values()).filter(this::shows).forEach(shown::add);
      return shown;
    }

    /** A label in the languages shown, such as {@code figure 数值} for both, {@code 数值} for zh. */
    String label(String english, String chinese) {
      return this == BOTH ? english + " " + chinese : this == ZH ? chinese : english;
    }
  }

  /** Reads {@code --lang}: zh, en or both. */
  static final class LanguagesConverter implements CommandLine.ITypeConverter<Languages> {
    @Override
    public Languages convert(String value) {
      for (Languages languages : Languages.values()) {
        if (languages.name().toLowerCase(Locale.ROOT).equals(value)) {
          return languages;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not zh, en or both");
    }
  }

  /** Reads {@code --width}: a number of terminal columns, 1 or more. */
  static final class WidthConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return columns(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "'" + value + "' is not a number of terminal columns (1 or more, such as 80)"));
    }
  }

  /** A number of terminal columns, 1 or more, as {@code --width} and {@code COLUMNS} give it; empty if it is none. */
  private static Optional<Integer> columns(String value) {
    try {
      int columns = Integer.parseInt(value.strip());
      return columns >= 1 ? Optional.of(columns) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
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
      if (html.isPresent()) {
        HtmlReport.checkTarget(html.get());
      }
      DatasetDocument doc = Register.reading(file, () -> UnionJson.readDataset(file));
      List<RelationAudit> audits = Register.reading(file, () -> RelationAudit.of(doc.dataset()));
      Optional<Counted> counted = register.count(file, doc);
      if (xlsx.isPresent()) {
        ReportWorkbook.write(xlsx.get(), doc, audits, counted, ROLL_UP_COLUMNS);
      }
      Optional<Integer> fit = width.or(() -> Optional.ofNullable(environment.get("COLUMNS")).flatMap(Report::columns));
      stdout.print(json ? json(doc, audits, counted) : new Text(languages, fit, ambiguousWide).of(doc, audits, counted));
      if (html.isPresent()) {
        HtmlReport.write(html.get(), doc, audits, counted, register.memberFile());
      }
      return counted.isPresent() && counted.get().rejected() > 0 ? REJECTED : 0;
    } catch (Unreadable e) {
      err.println("unionkit: " + e.getMessage());
      return 1;
    }
  }

  static Map<String, List<ReportedFigure>> bySection(Dataset dataset) {
    Map<String, List<ReportedFigure>> sections = new TreeMap<>();
    for (ReportedFigure f : dataset.figures()) {
      sections.computeIfAbsent(f.source().section().orElse("-"), s -> new ArrayList<>()).add(f);
    }
    return sections;
  }

  /**
   * The report as text, in the languages asked for and fitted to the width, when one is given, ambiguous
   * characters counted as the terminal draws them.
   */
  private record Text(Languages languages, Optional<Integer> width, boolean ambiguousWide) {
    /** A table fitted to the width. */
    TextTable fitted(TextTable table) {
      width.ifPresent(table::maxWidth);
      return table.ambiguousWide(ambiguousWide);
    }

    /** A line of text wrapped to the width, such as the document's title. */
    TextTable paragraph(String line) {
      return fitted(TextTable.withLeftColumns(1).add(List.of(line)));
    }

    String of(DatasetDocument doc, List<RelationAudit> audits, Optional<Counted> counted) {
      StringBuilder text = new StringBuilder();
      Dataset dataset = doc.dataset();
      text.append(paragraph(doc.metadata().title()));
      StringBuilder source = new StringBuilder(languages.label("source", "来源")).append(": ")
          .append(doc.metadata().source().document()).append(" · ").append(languages.label("period", "期间"))
          .append(": ").append(doc.metadata().period());
      doc.metadata().region().ifPresent(r -> source.append(" · ").append(languages.label("region", "地区"))
          .append(": ").append(r).append(RegionTable.builtIn().name(r).map(n -> " " + n).orElse("")));
      text.append(paragraph(source.toString())).append('\n');
      boolean english = languages.shows(Language.ENGLISH);
      if (!dataset.figures().isEmpty()) {
        text.append(languages.label("Figures", "数据")).append(" (").append(dataset.figures().size()).append(")\n");
        for (Map.Entry<String, List<ReportedFigure>> section : bySection(dataset).entrySet()) {
          String number = section.getKey();
          text.append('\n').append(languages == Languages.EN ? "Section " + number
                  : languages.label("Section", "第" + number + "部分"))
              .append(" (").append(section.getValue().size()).append(")\n");
          text.append(fitted(figures(section.getValue())));
        }
        text.append('\n');
      }
      if (!audits.isEmpty()) {
        text.append(languages.label("Audit", "核验")).append(" (").append(audits.size())
            .append(english ? " relations)\n" : " 项关系)\n");
        text.append(fitted(audit(audits))).append('\n');
      }
      counted.ifPresent(c -> text.append(Register.summary(c)).append('\n')
          .append(languages.label("Indicators", "指标"))
          .append(english ? " (rolled up over the tree, " + c.period() + ")\n" : " (按组织树汇总, " + c.period() + ")\n")
          .append(fitted(c.rollUp().table(c.rows(), ROLL_UP_COLUMNS).toTextTable(languages.shown())))
          .append('\n').append(languages.label("Flows", "流量"))
          .append(english ? " (within " + c.period() + ")\n" : " (" + c.period() + " 期间内)\n")
          .append(fitted(flows(c.rollUp(), c.rows(), doc.dataset(), c.options()))));
      return text.toString();
    }

    /**
     * A section's figures: as written, the interval, the measure in the first language shown (and in English
     * after it when both are), the period and the id.
     */
    private TextTable figures(List<ReportedFigure> figures) {
      boolean both = languages == Languages.BOTH;
      List<String> header = new ArrayList<>(List.of(languages.label("figure", "数值"),
          languages.label("interval", "区间"), languages.label("measure", "指标")));
      if (both) {
        header.add("in English");
      }
      header.addAll(List.of(languages.label("period", "期间"), "id"));
      TextTable table = TextTable.withLeftColumns(header.size()).addHeading(header);
      for (ReportedFigure f : figures) {
        List<String> cells = new ArrayList<>(List.of(f.quantity().toString(), f.quantity().interval().toString(),
            languages.shows(Language.CHINESE) ? f.measure() : f.englishMeasure()));
        if (both) {
          cells.add(f.englishMeasure());
        }
        cells.addAll(List.of(f.period().toString(), f.id().toString()));
        table.add(cells);
      }
      return table;
    }

    /**
     * The audit: the relation and its kind in the first language shown, what was computed, the verdict, and
     * the relation in English last when both languages are.
     */
    private TextTable audit(List<RelationAudit> audits) {
      boolean both = languages == Languages.BOTH;
      boolean chinese = languages.shows(Language.CHINESE);
      List<String> header = new ArrayList<>(List.of(languages.label("relation", "关系"),
          languages.label("kind", "类型"), languages.label("computed", "计算结果"), languages.label("verdict", "结论")));
      if (both) {
        header.add("in English");
      }
      TextTable table = TextTable.withLeftColumns(header.size()).addHeading(header);
      for (RelationAudit a : audits) {
        List<String> cells = new ArrayList<>(List.of(
            chinese ? a.relation().description() : a.relation().englishDescription(),
            chinese ? a.relation().kind().chinese() : a.relation().kind().english(), a.computed(),
            a.verdict().name()));
        if (both) {
          cells.add(a.relation().englishDescription());
        }
        table.add(cells);
      }
      return table;
    }

    /**
     * The flows of each row, and the unions founded in non-public enterprises of 100 or more staff (from the
     * organisations alone: a second roll-up without members, so the member file is read once).
     */
    private TextTable flows(RollUp rollUp, List<Organisation> rows, Dataset dataset, CountOptions options) {
      CountTable flows = Flows.of(rollUp, rows, dataset, options);
      TextTable table = TextTable.withLeftColumns(1);
      for (Language language : languages.shown()) {
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(language == Language.CHINESE ? flows.chinese() : flows.english());
        table.addHeading(header);
      }
      for (int r = 0; r < flows.rows().size(); r++) {
        List<String> cells = new ArrayList<>(List.of(flows.rows().get(r)));
        flows.counts(r).forEach(n -> cells.add(String.format(Locale.ROOT, "%,d", n)));
        table.add(cells);
      }
      return table;
    }

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
