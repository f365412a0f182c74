package org.unionkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.Ndjson;
import org.unionkit.io.Rejects;
import org.unionkit.io.UnionFormatException;
import org.unionkit.io.UnionJson;
import org.unionkit.model.Dataset;
import org.unionkit.model.Organisation;
import org.unionkit.model.RegionTable;
import org.unionkit.model.ReportedFigure;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Scope;
import org.unionkit.stats.TextTable;

/**
 * The unionkit command line, such as {@code unionkit report seeds/hebei-2020.json}: the figures of a
 * dataset document by section, the audit of its relations and, when it holds members (or is given an
 * NDJSON member file with {@code --members}), the rolled-up indicators of the province and its cities;
 * {@code --json} prints the same as JSON. {@code unionkit generate --members N} writes a synthetic
 * province (see {@link Generate}).
 *
 * <p>Exit status: 0 when the report is printed; 1 when the input cannot be read (the message names the
 * file, line, column and JSON path, never with a stack trace); 2 for a wrong command line.
 */
public final class Main {
  private static final String USAGE = "usage: unionkit report FILE [--members MEMBERS.ndjson] [--json]\n"
      + "       unionkit generate --members N [--seed S] [--out DIR]";
  private static final List<Indicator> ROLL_UP_COLUMNS = List.of(Indicators.HIGH_SKILL_RATIO,
      Indicators.TECHNICIAN_SHARE, Indicators.MEMBERSHIP_RATE_UNIONISED_UNITS, Indicators.NEW_EMPLOYMENT_SHARE,
      Indicators.CONTRACT_ESTABLISHMENT_RATE, Indicators.WORKERS_PER_CONTRACT);

  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments; not null
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command line without exiting, for a program that embeds it (the benchmarks generate their
   * files with it).
   *
   * @param args the arguments; not null
   * @param stdout where the report goes; not null
   * @param err where messages go; not null
   * @return the exit status: 0 done, 1 bad input, 2 wrong command line
   */
  public static int run(String[] args, PrintStream stdout, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean json = rest.remove("--json");
    Optional<String> members = option(rest, "--members");
    Optional<String> seed = option(rest, "--seed");
    Optional<String> out = option(rest, "--out");
    if (rest.size() == 1 && rest.get(0).equals("generate")) {
      return generate(members, seed, out, err);
    }
    if (seed.isPresent() || out.isPresent()) {
      err.println(USAGE);
      return 2;
    }
    if (rest.size() != 2 || !rest.get(0).equals("report")) {
      err.println(USAGE);
      return 2;
    }
    String file = rest.get(1);
    try {
      DatasetDocument doc = UnionJson.readDataset(Path.of(file));
      List<RelationAudit> audits = RelationAudit.of(doc.dataset());
      Optional<IndicatorTable> indicators = indicators(doc.dataset(), members);
      stdout.print(json ? json(doc, audits, indicators) : text(doc, audits, indicators));
      return 0;
    } catch (UnionFormatException e) {
      err.println("unionkit: " + e.getMessage());
    } catch (NoSuchFileException e) {
      err.println("unionkit: " + file + ": no such file");
    } catch (IOException e) {
      err.println("unionkit: " + file + ": cannot be read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      err.println("unionkit: " + e.getCause().getMessage());
    } catch (IllegalArgumentException e) {
      err.println("unionkit: " + file + ": " + e.getMessage());
    }
    return 1;
  }

  /** Removes {@code name value} from the arguments and returns the value; a name without value is an error. */
  private static Optional<String> option(List<String> args, String name) {
    int at = args.indexOf(name);
    if (at < 0 || at == args.size() - 1) {
      return Optional.empty();
    }
    String value = args.remove(at + 1);
    args.remove(at);
    return Optional.of(value);
  }

  private static int generate(Optional<String> members, Optional<String> seed, Optional<String> out,
      PrintStream err) {
    try {
      long count = Long.parseLong(members.orElseThrow(() -> new NumberFormatException("--members is required")));
      Path dir = Path.of(out.orElse("generated"));
      Generate.province(count, Long.parseLong(seed.orElse("2020")), dir, err);
      err.println("unionkit: wrote " + dir.resolve(Generate.DATASET) + " and " + dir.resolve(Generate.MEMBERS)
          + "; report them with: ./unionkit report " + dir.resolve(Generate.DATASET) + " --members "
          + dir.resolve(Generate.MEMBERS));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("unionkit: " + e.getMessage() + "\n" + USAGE);
      return 2;
    } catch (IOException e) {
      err.println("unionkit: cannot write: " + e.getMessage());
      return 1;
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
   * cities), over the dataset's own members or those of an NDJSON file, streamed in chunks on every core.
   */
  private static Optional<IndicatorTable> indicators(Dataset dataset, Optional<String> membersFile) throws IOException {
    if (dataset.members().isEmpty() && membersFile.isEmpty()) {
      return Optional.empty();
    }
    List<Organisation> rows = new ArrayList<>();
    for (Organisation root : dataset.tree().roots()) {
      rows.add(root);
      rows.addAll(dataset.tree().children(root.id()));
    }
    if (membersFile.isEmpty()) {
      return Optional.of(RollUp.of(dataset).table(rows, ROLL_UP_COLUMNS));
    }
    try (InputStream in = Files.newInputStream(Path.of(membersFile.get()))) {
      RollUp rollUp = Ndjson.rollUp(in, membersFile.get(), dataset.tree(), dataset.contracts(), Scope.all(),
          Rejects.FAIL, Runtime.getRuntime().availableProcessors()).value();
      return Optional.of(rollUp.table(rows, ROLL_UP_COLUMNS));
    }
  }

  private static String text(DatasetDocument doc, List<RelationAudit> audits, Optional<IndicatorTable> indicators) {
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
    indicators.ifPresent(table -> text.append("Indicators 指标 (rolled up over the tree)\n").append(table));
    return text.toString();
  }

  private static String json(DatasetDocument doc, List<RelationAudit> audits, Optional<IndicatorTable> indicators)
      throws IOException {
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
    if (indicators.isPresent()) {
      report.set("indicators", mapper.valueToTree(indicators.get()));
    }
    return mapper.writeValueAsString(report) + "\n";
  }
}
