package org.unionkit.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionkit.cli.Register.Counted;
import org.unionkit.cli.Register.Unreadable;
import org.unionkit.io.AtomicFiles;
import org.unionkit.io.DatasetDocument;
import org.unionkit.model.Dataset;
import org.unionkit.model.FigureId;
import org.unionkit.model.Interval;
import org.unionkit.model.Organisation;
import org.unionkit.model.Quantity;
import org.unionkit.model.RegionTable;
import org.unionkit.model.ReportedFigure;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.RelationAudit;
import org.unionkit.xlsx.CountTable;
import org.unionkit.stats.RoundingRule;

/**
 * {@code unionkit report FILE --html OUT.html}: the report as one page that loads nothing (styles inline,
 * charts as SVG drawn here, no script; a content security policy forbids the rest): the document's title,
 * source and period; its figures by section; the audit, each relation as its range against the published
 * value ({@link Svg#strip}); and, when members are counted, the indicators and flows of the text report's
 * rows, the {@link #CHARTED} indicator across the children of the root as bars and, when the register spans
 * years, its members and new members by year as lines ({@link Years}). Every chart is a {@code <figure>}
 * followed by a table of its numbers; every text from the input is escaped. Chinese renders in the first of
 * {@link #FONTS} the viewer has.
 */
final class HtmlReport {
  /** CJK fonts of the usual systems (Linux, Adobe's release of the same, macOS, Windows), then any. */
  static final String FONTS = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", "
      + "sans-serif";
  /** The indicator the bar chart shows. */
  static final Indicator CHARTED = Indicators.HIGH_SKILL_RATIO;
  /** The ends of an audit's computed range as {@link RelationAudit#computed()} writes them: (27.10%, 27.25%). */
  private static final Pattern RANGE = Pattern.compile("[\\[(](-?[0-9.]+)%?, (-?[0-9.]+|∞)%?[\\])].*");
  private static final String STYLE = """
      body { font-family: %s; margin: 2em auto; max-width: 75em; padding: 0 1em; color: #1b1b1b; line-height: 1.45; }
      h1 { font-size: 1.6em; margin-bottom: 0.2em; }
      h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
      table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.92em; }
      caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
      th, td { border: 1px solid #d0d0d0; padding: 0.25em 0.5em; vertical-align: top; }
      thead th { background: #f2f2f2; }
      th[scope=row] { text-align: left; font-weight: normal; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .en { color: #555; }
      figure { margin: 1em 0 2em; }
      .charts { display: flex; flex-wrap: wrap; column-gap: 2.5em; align-items: flex-start; }
      .charts > figure { flex: 1 1 30em; }
      nav a { margin-right: 1em; }
      figcaption { font-weight: bold; margin-bottom: 0.5em; }
      svg text { font-family: %s; font-size: 12px; fill: #1b1b1b; }
      svg .grid { stroke: #e0e0e0; }
      svg .bar { fill: #3b6ea5; }
      svg .line { fill: none; stroke-width: 2; }
      svg .line.stock { stroke: #3b6ea5; } svg .point.stock { fill: #3b6ea5; }
      svg .line.flow { stroke: #c0642d; } svg .point.flow { fill: #c0642d; }
      svg .axis { stroke: #999; }
      svg .range { fill: #9e9e9e; opacity: 0.7; }
      svg.consistent .range { fill: #2e8540; } svg.inconsistent .range { fill: #c62828; }
      svg .published { fill: none; stroke: #1b1b1b; stroke-width: 1.5; }
      svg .value { stroke: #1b1b1b; stroke-width: 2; }
      .verdict-CONSISTENT { color: #2e7d32; font-weight: bold; } .verdict-INCONSISTENT { color: #c62828; font-weight: bold; }
      pre { background: #f7f7f7; padding: 0.5em; overflow-x: auto; }
      """.formatted(FONTS, FONTS);

  private HtmlReport() {}

  /** Fails with one line when the page cannot be written there, before anything is read. */
  static void checkTarget(Path target) throws Unreadable {
    if (Files.isDirectory(target)) {
      throw new Unreadable(target + ": is a directory, not a file: --html names the page to write");
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new Unreadable(target + ": cannot be written: no directory " + dir);
    }
    if (!Files.isWritable(dir)) {
      throw new Unreadable(target + ": cannot be written: its directory is not writable");
    }
  }

  /** Writes the page whole or not at all; a failure is one line naming the target. */
  static void write(Path target, DatasetDocument doc, List<RelationAudit> audits, Optional<Counted> counted,
      Optional<Register.Reread> memberFile) throws Unreadable {
    List<Years.Year> years = counted.isPresent() ? Years.of(counted.get(), doc.dataset(), memberFile) : List.of();
    byte[] page = page(doc, audits, counted, years).getBytes(StandardCharsets.UTF_8);
    try {
      AtomicFiles.write(target, out -> out.write(page));
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      throw new Unreadable(message.contains(target.toString()) ? message : target + ": cannot be written: " + message);
    }
  }

  /** The page. */
  static String page(DatasetDocument doc, List<RelationAudit> audits, Optional<Counted> counted,
      List<Years.Year> years) {
    StringBuilder html = new StringBuilder();
    String title = doc.metadata().title();
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
        .append("<body>\n<header>\n<h1>").append(escape(title)).append("</h1>\n<p>source 来源: ")
        .append(escape(doc.metadata().source().document())).append(" · period 期间: ")
        .append(escape(doc.metadata().period().toString()));
    doc.metadata().region().ifPresent(r -> html.append(" · region 地区: ").append(escape(r + RegionTable.builtIn()
        .name(r).map(n -> " " + n).orElse(""))));
    html.append("</p>\n<nav>");
    if (!doc.dataset().figures().isEmpty()) {
      html.append("<a href=\"#figures\">Figures 数据</a>");
    }
    if (!audits.isEmpty()) {
      html.append("<a href=\"#audit\">Audit 核验</a>");
    }
    if (counted.isPresent()) {
      html.append("<a href=\"#indicators\">Indicators 指标</a>");
    }
    html.append("</nav>\n</header>\n<main>\n");
    figures(html, doc.dataset());
    audit(html, doc.dataset(), audits);
    counted.ifPresent(c -> {
      html.append("<section id=\"indicators\">\n<h2>Indicators 指标 <span class=\"en\">(rolled up over the tree, ")
          .append(escape(c.period().toString())).append(")</span></h2>\n<pre>").append(escape(Register.summary(c)))
          .append("</pre>\n");
      html.append("<div class=\"charts\">\n");
      bars(html, c, doc.dataset());
      if (years.size() > 1) {
        years(html, years);
      }
      html.append("</div>\n");
      indicators(html, c);
      flows(html, c, doc.dataset());
      html.append("</section>\n");
    });
    return html.append("</main>\n<footer><p class=\"en\">unionkit ").append(escape(Main.version()))
        .append(": a page with everything in it; it loads nothing from the network.</p></footer>\n</body>\n</html>\n")
        .toString();
  }

  private static void figures(StringBuilder html, Dataset dataset) {
    if (dataset.figures().isEmpty()) {
      return;
    }
    html.append("<section id=\"figures\">\n<h2>Figures 数据 (").append(dataset.figures().size()).append(")</h2>\n");
    for (Map.Entry<String, List<ReportedFigure>> section : Report.bySection(dataset).entrySet()) {
      html.append("<table>\n<caption>Section 第").append(escape(section.getKey())).append("部分 (")
          .append(section.getValue().size()).append(")</caption>\n");
      head(html, "measure 指标", "figure 数值", "interval 区间", "in English", "period 期间", "id");
      for (ReportedFigure f : section.getValue()) {
        html.append("<tr><th scope=\"row\">").append(escape(f.measure())).append("</th>")
            .append(number(f.quantity().toString(), "")).append(number(f.quantity().interval().toString(), ""))
            .append(english(f.englishMeasure())).append(number(f.period().toString(), ""))
            .append("<td><code>").append(escape(f.id().toString())).append("</code></td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</section>\n");
  }

  private static void audit(StringBuilder html, Dataset dataset, List<RelationAudit> audits) {
    if (audits.isEmpty()) {
      return;
    }
    Map<FigureId, Quantity> figures = new HashMap<>();
    dataset.figures().forEach(f -> figures.put(f.id(), f.quantity()));
    html.append("<section id=\"audit\">\n<h2>Audit 核验 (").append(audits.size()).append(" relations)</h2>\n")
        .append("<figure>\n<figcaption>Each relation's range from the figures it is computed from (the band: green "
            + "when the published value agrees, red when not) against the "
            + "published figure (the outline: the interval it stands for; the line: its value) 每项关系的计算区间与公布值"
            + "</figcaption>\n<table>\n");
    head(html, "relation 关系", "kind 类型", "published 公布值", "computed 计算结果", "verdict 结论", "chart 图示",
        "in English");
    for (int i = 0; i < audits.size(); i++) {
      RelationAudit a = audits.get(i);
      Optional<Quantity> published = a.relation().result().map(figures::get);
      html.append("<tr><th scope=\"row\">").append(escape(a.relation().description())).append("</th><td>")
          .append(escape(a.relation().kind().chinese())).append("</td>")
          .append(number(published.map(q -> q + " " + q.interval()).orElse("-"), ""))
          .append(number(a.computed(), "")).append("<td class=\"verdict-").append(a.verdict().name()).append("\">")
          .append(a.verdict().name()).append("</td><td>");
      Matcher computed = RANGE.matcher(a.computed());
      // A range with nothing published to hold it against is the table's text alone.
      if (computed.matches() && published.isPresent()) {
        Quantity q = published.get();
        html.append(Svg.strip("audit-" + i, a.relation().englishDescription() + ": computed " + a.computed()
            + ", published " + q + " " + q.interval() + ", " + a.verdict().name(), range(computed),
            range(q.interval()), q.value(), a.verdict().name().toLowerCase(Locale.ROOT)));
      }
      html.append("</td>").append(english(a.relation().englishDescription())).append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</figure>\n</section>\n");
  }

  private static Svg.Range range(Matcher computed) {
    String upper = computed.group(2);
    return new Svg.Range(new BigDecimal(computed.group(1)),
        upper.equals("∞") ? Optional.empty() : Optional.of(new BigDecimal(upper)));
  }

  private static Svg.Range range(Interval interval) {
    return new Svg.Range(interval.lower(), interval.upper());
  }

  /** The charted indicator across the children of the first root, as bars and as a table. */
  private static void bars(StringBuilder html, Counted c, Dataset dataset) {
    Organisation root = dataset.tree().roots().get(0);
    List<Organisation> children = dataset.tree().children(root.id());
    if (children.isEmpty()) {
      return;
    }
    List<Svg.Bar> bars = new ArrayList<>();
    List<Ratio> ratios = new ArrayList<>();
    for (Organisation child : children) {
      Ratio ratio = CHARTED.compute(c.rollUp().subtree(child.id()));
      ratios.add(ratio);
      bars.add(new Svg.Bar(child.name(), CHARTED.value(ratio, RoundingRule.HALF_UP), CHARTED.display(ratio),
          "(" + exact(ratio) + ")"));
    }
    String unit = CHARTED.unit().symbol();
    String title = CHARTED.chinese() + " " + CHARTED.english() + " (" + unit + "), " + c.period() + ": "
        + root.name();
    html.append("<figure id=\"bars\">\n<figcaption>").append(escape(title)).append("</figcaption>\n")
        .append(Svg.bars("bars", title, "One bar for each of the " + children.size() + " organisations below "
            + root.name() + "; the table below holds the same numbers.", unit, bars))
        .append("\n<table>\n");
    head(html, "organisation 组织", CHARTED.chinese() + " " + CHARTED.english(), CHARTED.numerator().toString(),
        CHARTED.denominator().toString());
    for (int i = 0; i < children.size(); i++) {
      Ratio ratio = ratios.get(i);
      html.append("<tr><th scope=\"row\">").append(escape(children.get(i).name())).append("</th>")
          .append(number(CHARTED.display(ratio), exact(ratio))).append(number(count(ratio.numerator()), ""))
          .append(number(count(ratio.denominator()), "")).append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</figure>\n");
  }

  /** The text report's indicator table: its rows and columns, each cell's exact ratio as its tooltip. */
  private static void indicators(StringBuilder html, Counted c) {
    IndicatorTable table = c.rollUp().table(c.rows(), Report.ROLL_UP_COLUMNS);
    html.append("<table>\n<caption>Indicators 指标 (").append(escape(c.period().toString()))
        .append("; hover a value for its numerator / denominator)</caption>\n");
    List<String> heads = new ArrayList<>(List.of("organisation 组织"));
    table.columns().forEach(i -> heads.add(i.chinese() + "\n" + i.english()));
    head(html, heads.toArray(String[]::new));
    for (int r = 0; r < table.rows().size(); r++) {
      html.append("<tr><th scope=\"row\">").append(escape(table.rows().get(r))).append("</th>");
      for (int col = 0; col < table.columns().size(); col++) {
        Ratio ratio = table.cell(r, col);
        html.append(number(table.columns().get(col).display(ratio), exact(ratio)));
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /** The text report's flows table ({@link Flows}). */
  private static void flows(StringBuilder html, Counted c, Dataset dataset) {
    CountTable flows = Flows.of(c.rollUp(), c.rows(), dataset, c.options());
    html.append("<table>\n<caption>Flows 流量 (within ").append(escape(c.period().toString())).append(")</caption>\n");
    List<String> heads = new ArrayList<>(List.of("organisation 组织"));
    for (int i = 0; i < flows.chinese().size(); i++) {
      heads.add(flows.chinese().get(i) + "\n" + flows.english().get(i));
    }
    head(html, heads.toArray(String[]::new));
    for (int r = 0; r < flows.rows().size(); r++) {
      html.append("<tr><th scope=\"row\">").append(escape(flows.rows().get(r))).append("</th>");
      flows.counts(r).forEach(n -> html.append(number(count(n), "")));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void years(StringBuilder html, List<Years.Year> years) {
    List<Integer> labels = years.stream().map(Years.Year::year).toList();
    String stock = Measure.MEMBERS.chinese() + " " + Measure.MEMBERS.english() + " (at the year's end 年末)";
    String flow = Measure.NEW_MEMBERS.chinese() + " " + Measure.NEW_MEMBERS.english() + " (within the year 年内)";
    String title = "Members and new members by year 会员数与新发展会员数, " + labels.get(0) + "–"
        + labels.get(labels.size() - 1);
    html.append("<figure id=\"years\">\n<figcaption>").append(escape(title))
        .append("</figcaption>\n")
        .append(Svg.lines("years", title, "Two panels, each on its own scale from zero: members at each year's end, "
            + "then members who joined within it; one point a year; the table below holds the same numbers.", labels,
            List.of(new Svg.Series(stock, "stock", years.stream().map(Years.Year::members).toList()),
                new Svg.Series(flow, "flow", years.stream().map(Years.Year::newMembers).toList()))))
        .append("\n<table>\n");
    head(html, "year 年份", stock, flow);
    for (Years.Year year : years) {
      html.append("<tr><th scope=\"row\">").append(year.year()).append("</th>").append(number(count(year.members()), ""))
          .append(number(count(year.newMembers()), "")).append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</figure>\n");
  }

  /** A header row of column headers (a line break in a header starts its English line), and the body's start. */
  private static void head(StringBuilder html, String... heads) {
    html.append("<thead><tr>");
    for (String head : heads) {
      int line = head.indexOf('\n');
      html.append("<th scope=\"col\">").append(line < 0 ? escape(head)
          : escape(head.substring(0, line)) + "<br><span class=\"en\" lang=\"en\">" + escape(head.substring(line + 1))
              + "</span>").append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
  }

  private static String number(String text, String title) {
    return "<td class=\"num\"" + (title.isEmpty() ? "" : " title=\"" + escape(title) + "\"") + ">" + escape(text)
        + "</td>";
  }

  private static String english(String text) {
    return "<td class=\"en\" lang=\"en\">" + escape(text) + "</td>";
  }

  /** The exact ratio, such as {@code 2,470 / 9,090}. */
  private static String exact(Ratio ratio) {
    return count(ratio.numerator()) + " / " + count(ratio.denominator());
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Text for HTML, in an element or an attribute: the five characters that could end either escaped. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
