package org.unionkit.cli;

import static org.unionkit.cli.HtmlReport.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The HTML report's charts as inline SVG, drawn from the numbers alone: horizontal bars, lines by year and
 * an interval strip. Each is an image to assistive technology ({@code role="img"}) labelled by its own
 * {@code <title>} and {@code <desc>}; the page puts a table of the same numbers beside it. The geometry is
 * fixed (widths, row heights, margins) and coordinates are written at one decimal, so the same numbers
 * always draw the same picture.
 */
final class Svg {
  private static final int BAR_LABELS = 150;
  private static final int BAR_PLOT = 330;
  private static final int BAR_ROW = 26;
  private static final int BAR_HEIGHT = 18;
  private static final int LINE_LEFT = 80;
  private static final int LINE_PLOT = 440;
  private static final int LINE_PANEL = 130;
  private static final int LINE_GAP = 56;
  private static final int STRIP_WIDTH = 240;
  private static final int STRIP_HEIGHT = 30;
  private static final int STRIP_MARGIN = 10;

  private Svg() {}

  /**
   * A bar: its label, its value in the chart's unit (empty when undefined: no bar length), the value as
   * shown and the detail of its tooltip.
   */
  record Bar(String label, Optional<BigDecimal> value, String shown, String detail) {}

  /** A line: its name, its class ({@code stock} or {@code flow}) and one value a year. */
  record Series(String name, String kind, List<Long> values) {}

  /**
   * The ends of an interval on the number line, such as 27.10 and 27.25, or 2069 and none for [2069, ∞).
   *
   * @param upper empty when unbounded
   */
  record Range(BigDecimal lower, Optional<BigDecimal> upper) {}

  /** One {@code <rect class="bar">} a bar, on a scale from 0 to a round number at or above the largest value. */
  static String bars(String id, String title, String description, String unit, List<Bar> bars) {
    double max = niceCeiling(bars.stream().flatMap(b -> b.value().stream()).mapToDouble(BigDecimal::doubleValue)
        .max().orElse(0));
    int top = 28;
    int width = BAR_LABELS + BAR_PLOT + 70;
    int height = top + bars.size() * BAR_ROW + 10;
    StringBuilder svg = open(id, title, description, width, height, "bars");
    for (int tick = 0; tick <= 4; tick++) {
      double x = BAR_LABELS + BAR_PLOT * tick / 4.0;
      svg.append("<line class=\"grid\" x1=\"").append(n(x)).append("\" y1=\"").append(top - 6).append("\" x2=\"")
          .append(n(x)).append("\" y2=\"").append(height - 10).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(n(x)).append("\" y=\"").append(top - 10)
          .append("\" text-anchor=\"middle\">").append(escape(tick(max * tick / 4) + unit)).append("</text>");
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = top + i * BAR_ROW + (BAR_ROW - BAR_HEIGHT) / 2.0;
      double length = bar.value().map(v -> BAR_PLOT * v.doubleValue() / max).orElse(0.0);
      svg.append("<text class=\"label\" x=\"").append(BAR_LABELS - 8).append("\" y=\"").append(n(y + 13))
          .append("\" text-anchor=\"end\">").append(escape(bar.label())).append("</text>")
          .append("<rect class=\"bar\" x=\"").append(BAR_LABELS).append("\" y=\"").append(n(y)).append("\" width=\"")
          .append(n(length)).append("\" height=\"").append(BAR_HEIGHT).append("\"><title>")
          .append(escape(bar.label() + ": " + bar.shown() + " " + bar.detail())).append("</title></rect>")
          .append("<text class=\"shown\" x=\"").append(n(BAR_LABELS + length + 6)).append("\" y=\"").append(n(y + 13))
          .append("\">").append(escape(bar.shown())).append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * One panel a series, one above the other, each on its own scale from 0 (stocks and flows differ by
   * orders of magnitude), sharing the years across: a {@code <polyline>} and one
   * {@code <circle class="point KIND" data-year="YEAR">} a year.
   */
  static String lines(String id, String title, String description, List<Integer> years, List<Series> series) {
    int width = LINE_LEFT + LINE_PLOT + 40;
    int height = series.size() * (LINE_PANEL + LINE_GAP) + 10;
    StringBuilder svg = open(id, title, description, width, height, "lines");
    for (int s = 0; s < series.size(); s++) {
      Series line = series.get(s);
      int top = s * (LINE_PANEL + LINE_GAP) + 24;
      int bottom = top + LINE_PANEL;
      double max = niceCeiling(line.values().stream().mapToLong(Long::longValue).max().orElse(0));
      svg.append("<text class=\"panel\" x=\"").append(LINE_LEFT).append("\" y=\"").append(top - 10).append("\">")
          .append(escape(line.name())).append("</text>");
      for (int tick = 0; tick <= 2; tick++) {
        double y = bottom - LINE_PANEL * tick / 2.0;
        svg.append("<line class=\"grid\" x1=\"").append(LINE_LEFT).append("\" y1=\"").append(n(y)).append("\" x2=\"")
            .append(LINE_LEFT + LINE_PLOT).append("\" y2=\"").append(n(y)).append("\"/>")
            .append("<text class=\"tick\" x=\"").append(LINE_LEFT - 8).append("\" y=\"").append(n(y + 4))
            .append("\" text-anchor=\"end\">").append(tick(max * tick / 2)).append("</text>");
      }
      List<String> points = new ArrayList<>();
      StringBuilder circles = new StringBuilder();
      for (int i = 0; i < years.size(); i++) {
        double x = LINE_LEFT + (years.size() == 1 ? LINE_PLOT / 2.0 : LINE_PLOT * i / (double) (years.size() - 1));
        long value = line.values().get(i);
        double y = bottom - LINE_PANEL * value / max;
        points.add(n(x) + "," + n(y));
        circles.append("<circle class=\"point ").append(line.kind()).append("\" data-year=\"").append(years.get(i))
            .append("\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"4\"><title>")
            .append(escape(years.get(i) + ": " + String.format(Locale.ROOT, "%,d", value) + " " + line.name()))
            .append("</title></circle>");
        svg.append("<text class=\"tick\" x=\"").append(n(x)).append("\" y=\"").append(bottom + 18)
            .append("\" text-anchor=\"middle\">").append(years.get(i)).append("</text>");
      }
      svg.append("<polyline class=\"line ").append(line.kind()).append("\" points=\"").append(String.join(" ", points))
          .append("\"/>").append(circles);
    }
    return svg.append("</svg>").toString();
  }

  /**
   * The range the figures allow as a band, and the published figure as the interval it stands for (an
   * outline) with a mark at its value, on a scale that holds them all with a margin. The band's class is the
   * verdict's ({@code consistent}, {@code inconsistent}).
   */
  static String strip(String id, String title, Range computed, Range published, BigDecimal value, String verdict) {
    List<BigDecimal> ends = new ArrayList<>(List.of(computed.lower(), published.lower(), value));
    computed.upper().ifPresent(ends::add);
    published.upper().ifPresent(ends::add);
    double lowest = ends.stream().mapToDouble(BigDecimal::doubleValue).min().orElseThrow();
    double highest = ends.stream().mapToDouble(BigDecimal::doubleValue).max().orElseThrow();
    double margin = highest > lowest ? (highest - lowest) / 4 : Math.max(Math.abs(lowest) / 20, 1);
    Scale scale = new Scale(lowest - margin, highest + margin);
    double x = scale.x(value.doubleValue());
    return "<svg class=\"strip " + verdict + "\" role=\"img\" aria-labelledby=\"" + id + "\" width=\"" + STRIP_WIDTH
        + "\" height=\"" + STRIP_HEIGHT + "\" viewBox=\"0 0 " + STRIP_WIDTH + " " + STRIP_HEIGHT + "\"><title id=\"" + id
        + "\">" + escape(title) + "</title><line class=\"axis\" x1=\"" + STRIP_MARGIN + "\" y1=\"15\" x2=\""
        + (STRIP_WIDTH - STRIP_MARGIN) + "\" y2=\"15\"/>" + span("range", computed, scale, 10, 10)
        + span("published", published, scale, 5, 20) + "<line class=\"value\" x1=\"" + n(x) + "\" y1=\"2\" x2=\"" + n(x)
        + "\" y2=\"28\"/></svg>";
  }

  /** A range as a rectangle, to the right edge when unbounded. */
  private static String span(String kind, Range range, Scale scale, int y, int height) {
    double from = scale.x(range.lower().doubleValue());
    double to = range.upper().map(u -> scale.x(u.doubleValue())).orElse((double) STRIP_WIDTH);
    return "<rect class=\"" + kind + "\" x=\"" + n(from) + "\" y=\"" + y + "\" width=\"" + n(Math.max(to - from, 1))
        + "\" height=\"" + height + "\"/>";
  }

  /** Values from {@code from} to {@code to} across the strip between its margins. */
  private record Scale(double from, double to) {
    double x(double value) {
      return STRIP_MARGIN + (STRIP_WIDTH - 2 * STRIP_MARGIN) * (value - from) / (to - from);
    }
  }

  private static StringBuilder open(String id, String title, String description, int width, int height, String kind) {
    return new StringBuilder("<svg class=\"").append(kind).append("\" role=\"img\" aria-labelledby=\"").append(id)
        .append("-title ").append(id).append("-desc\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\"><title id=\"").append(id)
        .append("-title\">").append(escape(title)).append("</title><desc id=\"").append(id).append("-desc\">")
        .append(escape(description)).append("</desc>");
  }

  /**
   * The least of 1, 2, 4 or 8 times a power of ten at or above {@code value}, so that quarters of it are round
   * numbers: the top of a scale; 1 for none.
   */
  static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 4, 8}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  /** A tick's label: whole numbers with thousands separators, else one decimal. */
  private static String tick(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%,.1f", value);
  }

  /** A coordinate at one decimal. */
  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
