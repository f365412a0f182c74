package org.unionkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.unionkit.io.DatasetDocument;
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
import org.unionkit.stats.TextTable;

/**
 * The unionkit command line, such as {@code unionkit report seeds/hebei-2020.json}: the figures of a
 * dataset document by section, the audit of its relations and, when it holds members, the rolled-up
 * indicators of its top organisations; {@code --json} prints the same as JSON.
 *
 * <p>Exit status: 0 when the report is printed; 1 when the input cannot be read (the message names the
 * file, line, column and JSON path, never with a stack trace); 2 for a wrong command line.
 */
public final class Main {
  private static final String USAGE = "usage: unionkit report FILE [--json]";
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
   * Runs the command line.
   *
   * @param args the arguments; not null
   * @param out where the report goes; not null
   * @param err where messages go; not null
   * @return the exit status: 0 done, 1 bad input, 2 wrong command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean json = rest.remove("--json");
    if (rest.size() != 2 || !rest.get(0).equals("report")) {
      err.println(USAGE);
      return 2;
    }
    String file = rest.get(1);
    try {
      DatasetDocument doc = UnionJson.readDataset(Path.of(file));
      List<RelationAudit> audits = RelationAudit.of(doc.dataset());
      out.print(json ? json(doc, audits) : text(doc, audits));
      return 0;
    } catch (UnionFormatException e) {
      err.println("unionkit: " + e.getMessage());
    } catch (NoSuchFileException e) {
      err.println("unionkit: " + file + ": no such file");
    } catch (IOException e) {
      err.println("unionkit: " + file + ": cannot be read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      err.println("unionkit: " + file + ": " + e.getMessage());
    }
    return 1;
  }

  private static Map<String, List<ReportedFigure>> bySection(Dataset dataset) {
    Map<String, List<ReportedFigure>> sections = new TreeMap<>();
    for (ReportedFigure f : dataset.figures()) {
      sections.computeIfAbsent(f.source().section().orElse("-"), s -> new ArrayList<>()).add(f);
    }
    return sections;
  }

  /** The rolled-up indicators of each top organisation (the province) and the organisations below it (its cities). */
  private static IndicatorTable indicators(Dataset dataset) {
    List<Organisation> rows = new ArrayList<>();
    for (Organisation root : dataset.tree().roots()) {
      rows.add(root);
      rows.addAll(dataset.tree().children(root.id()));
    }
    return RollUp.of(dataset).table(rows, ROLL_UP_COLUMNS);
  }

  private static String text(DatasetDocument doc, List<RelationAudit> audits) {
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
    if (!dataset.members().isEmpty()) {
      text.append("Indicators 指标 (").append(dataset.members().size()).append(" members, rolled up)\n")
          .append(indicators(dataset));
    }
    return text.toString();
  }

  private static String json(DatasetDocument doc, List<RelationAudit> audits) throws IOException {
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
    if (!doc.dataset().members().isEmpty()) {
      report.set("indicators", mapper.valueToTree(indicators(doc.dataset())));
    }
    return mapper.writeValueAsString(report) + "\n";
  }
}
