package org.unionkit.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unionkit.model.Interval;
import org.unionkit.model.Region;
import org.unionkit.model.RegionTable;
import org.unionkit.model.ReportingPeriod;

/**
 * unionkit's figures for one area beside the international series, one table a concept (union density,
 * bargaining coverage), such as a province's 入会率 and density next to ILOSTAT's and ICTWSS's figures for
 * China: each row says its source, area, year, value, status and definition, whether it measures what the
 * reference (ILOSTAT's indicator) measures, and what would have to change for it to.
 *
 * <p>Rows of other definitions are never silently side by side: each carries its differences, such as
 * "above the line: count union members who are employees, not all members". Figures of the same area and
 * time whose definitions agree are checked against one another ({@link #checks()}): consistent when the
 * intervals they stand for meet (unionkit's exact counts are a point; a published 44.3 is
 * {@code [44.25, 44.35)}). Of each series, an area's observation of the subject's year is taken, or the
 * nearest year before it, or else the nearest after (said in the row's notes); observations by sex or
 * classification, and of codes not in the {@link Definition} catalogue, are counted in
 * {@link #omitted()}, not shown. Immutable and thread-safe.
 */
public final class Comparison {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<Concept> CONCEPTS = List.of(Concept.UNION_DENSITY, Concept.BARGAINING_COVERAGE);

  /**
   * The unionkit side: one area's counts for one period, with the counts a register does not hold (the
   * employees in scope) supplied exactly or as the interval of a published figure.
   */
  public static final class Subject {
    private final String refArea;
    private final String name;
    private final String time;
    private final Optional<Region> region;
    private final Tally tally;
    private final Map<Measure, Interval> supplied;

    private Subject(String refArea, String name, String time, Optional<Region> region, Tally tally,
        Map<Measure, Interval> supplied) {
      this.refArea = refArea;
      this.name = name;
      this.time = time;
      this.region = region;
      this.tally = tally;
      this.supplied = Map.copyOf(supplied);
    }

    /**
     * An area named as the series name areas, such as {@code CHN} for a roll-up of the whole country.
     *
     * @param refArea the area code; not blank
     * @param name the area's name, such as 中华全国总工会; not null
     * @param period the period the tally counts: a calendar year, quarter or month, as ILOSTAT's times are; not null
     * @param tally the area's counts; not null
     * @return the subject, not null
     * @throws IllegalArgumentException if the area is blank or the period is not a year, quarter or month
     */
    public static Subject of(String refArea, String name, ReportingPeriod period, Tally tally) {
      return new Subject(Observation.checkedArea(refArea), Objects.requireNonNull(name, "name"),
          time(period), Optional.empty(),
          Objects.requireNonNull(tally, "tally"), Map.of());
    }

    /**
     * An area of China by its GB/T 2260 code: a provincial division named by its ISO 3166-2:CN code
     * ({@link RegionTable#iso3166(Region)}: {@code 130000} is {@code CN-HE}), a lower level (which ISO does
     * not code) as {@code CN-} and its GB/T code ({@code CN-130100}); the code itself is kept in the notes
     * of what is written.
     *
     * @param region the region; not null
     * @param name the area's name, such as 河北省总工会; not null
     * @param period the period the tally counts: a calendar year, quarter or month; not null
     * @param tally the area's counts; not null
     * @return the subject, not null
     * @throws IllegalArgumentException if the period is not a year, quarter or month
     */
    public static Subject ofRegion(Region region, String name, ReportingPeriod period, Tally tally) {
      String refArea = RegionTable.builtIn().iso3166(region).orElse("CN-" + region.code());
      return new Subject(refArea, Objects.requireNonNull(name, "name"), time(period),
          Optional.of(region), Objects.requireNonNull(tally, "tally"), Map.of());
    }

    /**
     * A copy with a count known as an interval, such as the employees in scope from a published
     * 1200万人 ({@code [11950000, 12050000)}), which makes the figures that use it ranges; a point such as
     * {@code [40000, 40000]} is an exact count, and the figures stay exact.
     *
     * @param measure the measure; not null
     * @param figure the values the count may take, not below zero; not null
     * @return the new subject, not null
     * @throws IllegalArgumentException if the interval reaches below zero
     */
    public Subject withSupplied(Measure measure, Interval figure) {
      if (figure.lower().signum() < 0) {
        throw new IllegalArgumentException(measure.english() + " (" + figure + ") must not reach below zero");
      }
      if (figure.isPoint() && figure.lower().stripTrailingZeros().scale() <= 0) {
        // An exact count, such as 40000人 read as exact: the figures stay exact ratios.
        return new Subject(refArea, name, time, region, tally.with(measure, figure.lower().longValueExact()),
            supplied);
      }
      Map<Measure, Interval> more = new EnumMap<>(Measure.class);
      more.putAll(supplied);
      more.put(measure, figure);
      return new Subject(refArea, name, time, region, tally, more);
    }

    /**
     * The area code, such as {@code CN-HE}.
     *
     * @return the code, not null
     */
    public String refArea() {
      return refArea;
    }

    /**
     * The area's name.
     *
     * @return the name, not null
     */
    public String name() {
      return name;
    }

    /**
     * The period, such as {@code 2020}.
     *
     * @return the time, not null
     */
    public String time() {
      return time;
    }

    /**
     * The GB/T 2260 region the subject was made from.
     *
     * @return the region, empty for {@link #of}; not null
     */
    public Optional<Region> region() {
      return region;
    }

    /**
     * unionkit's figures of density and coverage for the area: one a catalogue indicator with a
     * {@link Definition}, exact when every count is, a range when a supplied count is an interval.
     *
     * @return the figures, in catalogue order; not null
     * @throws IllegalArgumentException if a denominator may be negative (subtracted counts exceed added ones)
     */
    public List<Figure> figures() {
      List<Figure> figures = new ArrayList<>();
      for (Indicator indicator : Indicators.all()) {
        Optional<Definition> definition = Definition.of(indicator);
        if (definition.isEmpty()) {
          continue;
        }
        if (!usesSupplied(indicator.numerator()) && !usesSupplied(indicator.denominator())) {
          Ratio ratio = indicator.compute(tally);
          figures.add(new Figure(indicator, definition.get(), RatioRange.of(ratio), Optional.of(ratio)));
        } else {
          Interval below = indicator.denominator().evaluate(tally, supplied);
          if (below.lower().signum() < 0) {
            throw new IllegalArgumentException(indicator.id() + ": denominator " + indicator.denominator() + " ("
                + below + ") may be negative; the subtracted counts may exceed the added ones");
          }
          figures.add(new Figure(indicator, definition.get(),
              RatioRange.of(indicator.numerator().evaluate(tally, supplied), below), Optional.empty()));
        }
      }
      return figures;
    }

    private boolean usesSupplied(Term term) {
      return term.added().stream().anyMatch(supplied::containsKey)
          || term.subtracted().stream().anyMatch(supplied::containsKey);
    }

    /**
     * The figures as observations in ILOSTAT's layout, for a researcher to append to a bulk file: the
     * ILOSTAT code (with {@code _A}, {@code _Q} or {@code _M} for the time) where the definition matches
     * ILOSTAT's, unionkit's indicator id otherwise; sex {@code SEX_T}; source {@code UK:unionkit}; the value
     * to one decimal, half-up. An exact figure has status {@link ObservationStatus#NORMAL} and notes
     * {@code UKN} and {@code UKD} with its exact numerator and denominator; a range has
     * {@link ObservationStatus#ESTIMATED}, the midpoint as value and a note {@code UKR} with the range; the
     * GB/T 2260 code is a note {@code UKA} on the source. Undefined and unbounded figures are left out:
     * they have no value to write (see {@link #figures()}).
     *
     * @return the observations, not null
     */
    public List<Observation> observations() {
      List<Observation> observations = new ArrayList<>();
      List<Observation.Note> sourceNotes = region.map(r -> List.of(Observation.Note.of(Observation.NoteKind.SOURCE,
          "UKA:" + r.code()))).orElse(List.of());
      for (Figure figure : figures()) {
        if (!figure.range().isBounded()) {
          continue;
        }
        String code = figure.definition().ilostat().map(d -> d.code() + frequency(time))
            .orElse(figure.indicator().id());
        List<Observation.Note> notes = new ArrayList<>();
        BigDecimal value;
        ObservationStatus status;
        if (figure.exact().isPresent()) {
          Ratio ratio = figure.exact().get();
          value = figure.indicator().value(ratio, RoundingRule.HALF_UP).orElseThrow();
          status = ObservationStatus.NORMAL;
          notes.add(Observation.Note.of(Observation.NoteKind.INDICATOR, "UKN:" + ratio.numerator()));
          notes.add(Observation.Note.of(Observation.NoteKind.INDICATOR, "UKD:" + ratio.denominator()));
        } else {
          RatioRange range = figure.range();
          value = range.lower(12).orElseThrow().add(range.upper(12).orElseThrow()).multiply(HUNDRED)
              .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
          status = ObservationStatus.ESTIMATED;
          notes.add(Observation.Note.of(Observation.NoteKind.INDICATOR, "UKR:" + range));
        }
        notes.addAll(sourceNotes);
        observations.add(new Observation("unionkit", refArea, code, time, value, 0, status, "SEX_T", List.of(),
            "UK:unionkit", notes));
      }
      return observations;
    }

    private static String time(ReportingPeriod period) {
      return Observation.time(period).orElseThrow(() -> new IllegalArgumentException("period (" + period
          + ") must be a calendar year, quarter or month, as ILOSTAT's times are"));
    }

    private static String frequency(String time) {
      return time.length() == 4 ? "_A" : "_" + time.charAt(4);
    }
  }

  /**
   * One of unionkit's figures of a subject.
   *
   * @param indicator the catalogue indicator; not null
   * @param definition what it counts; not null
   * @param range the values it may take, as fractions of one (a point when exact); not null
   * @param exact the exact ratio when every count is exact; not null
   */
  public record Figure(Indicator indicator, Definition definition, RatioRange range, Optional<Ratio> exact) {
    /**
     * The figure as printed: {@code 96.1% (3410/3548)} when exact, the range such as {@code (27.10%, 27.25%)}
     * otherwise, {@code undefined (…/0)} without a denominator.
     *
     * @return the text, not null
     */
    public String shown() {
      return exact.map(Ratio::toString).orElseGet(range::toString);
    }
  }

  /**
   * One line of a table.
   *
   * @param series {@code unionkit}, {@code ILOSTAT}, {@code ICTWSS}, ...; not null
   * @param refArea the area; not null
   * @param code the indicator code as its source writes it; not null
   * @param time the period; not null
   * @param shown the value as printed; not null
   * @param range the value as a range of fractions of one; not null
   * @param status the observation status ({@link ObservationStatus#NORMAL} for unionkit's exact figures); not null
   * @param definition what the code counts; not null
   * @param comparable whether the definition counts what the table's reference counts
   * @param notes what differs from the subject and the reference (definition, area, year), then the status
   *     and the source's notes; not null
   */
  public record Row(String series, String refArea, String code, String time, String shown, RatioRange range,
      ObservationStatus status, Definition definition, boolean comparable, List<String> notes) {
    /** Copies the notes. */
    public Row {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Two rows of the same area and time under definitions that agree, judged against each other.
   *
   * @param first the first row; not null
   * @param second the second row; not null
   * @param verdict {@link Verdict#CONSISTENT} when their intervals meet, {@link Verdict#INCONSISTENT} when
   *     they do not, {@link Verdict#NOT_DETERMINABLE} when one is undefined or unbounded; not null
   */
  public record Check(Row first, Row second, Verdict verdict) {}

  /**
   * The rows of one concept.
   *
   * @param concept the concept; not null
   * @param reference the definition rows are compared with: ILOSTAT's; not null
   * @param rows unionkit's figures first, then the series' rows by series, area and code; not null
   */
  public record Table(Concept concept, Definition reference, List<Row> rows) {
    /** Copies the rows. */
    public Table {
      rows = List.copyOf(rows);
    }
  }

  private final Subject subject;
  private final List<Table> tables;
  private final List<Check> checks;
  private final Map<String, Long> omitted;

  private Comparison(Subject subject, List<Table> tables, List<Check> checks, Map<String, Long> omitted) {
    this.subject = subject;
    this.tables = List.copyOf(tables);
    this.checks = List.copyOf(checks);
    this.omitted = Collections.unmodifiableMap(new LinkedHashMap<>(omitted));
  }

  /**
   * Puts the subject's figures beside the series.
   *
   * @param subject the unionkit side; not null
   * @param series observations of any series, areas and years; not null
   * @return the comparison, not null
   */
  public static Comparison of(Subject subject, List<Observation> series) {
    Map<String, Long> omitted = new LinkedHashMap<>();
    Map<List<String>, Observation> chosen = new LinkedHashMap<>();
    for (Observation o : series) {
      Optional<Definition> definition = o.definition();
      String reason = definition.isEmpty() ? "codes not in the definition catalogue"
          : !CONCEPTS.contains(definition.get().concept()) ? definition.get().concept().english()
          : !isTotal(o) ? "by sex or classification" : null;
      if (reason != null) {
        omitted.merge(reason, 1L, Long::sum);
        continue;
      }
      List<String> key = List.of(o.series(), o.refArea(), definition.get().code(), o.source());
      chosen.merge(key, o, (a, b) -> nearer(subject.time(), a, b));
    }
    List<Figure> figures = subject.figures();
    List<Table> tables = new ArrayList<>();
    for (Concept concept : CONCEPTS) {
      Definition reference = Definition.all().stream()
          .filter(d -> d.series().equals("ILOSTAT") && d.concept() == concept).findFirst().orElseThrow();
      List<Row> rows = new ArrayList<>();
      for (Figure f : figures) {
        if (f.definition().concept() == concept) {
          rows.add(new Row("unionkit", subject.refArea(), f.indicator().id(), subject.time(), f.shown(), f.range(),
              f.exact().isPresent() ? ObservationStatus.NORMAL : ObservationStatus.ESTIMATED, f.definition(),
              f.definition().isComparable(reference), notes(subject, reference, f.definition(), subject.refArea(),
                  subject.time(), List.of())));
        }
      }
      chosen.values().stream().filter(o -> o.definition().orElseThrow().concept() == concept)
          .sorted(Comparator.comparing(Observation::series).thenComparing(Observation::refArea)
              .thenComparing(Observation::indicator).thenComparing(Observation::source))
          .forEach(o -> {
            Definition d = o.definition().orElseThrow();
            List<String> sourceNotes = new ArrayList<>();
            if (o.status() != ObservationStatus.NORMAL) {
              sourceNotes.add("status " + o.status().letter() + ": " + o.status().english());
            }
            if (!o.source().isEmpty()) {
              sourceNotes.add("source " + o.source());
            }
            o.notes().forEach(n -> sourceNotes.add(n.code() + ": " + n.text()));
            rows.add(new Row(o.series(), o.refArea(), o.indicator(), o.time(), o.value().toPlainString() + "%",
                o.fraction(), o.status(), d, d.isComparable(reference),
                notes(subject, reference, d, o.refArea(), o.time(), sourceNotes)));
          });
      tables.add(new Table(concept, reference, rows));
    }
    List<Check> checks = new ArrayList<>();
    for (Table table : tables) {
      List<Row> rows = table.rows();
      for (int i = 0; i < rows.size(); i++) {
        for (int j = i + 1; j < rows.size(); j++) {
          Row a = rows.get(i);
          Row b = rows.get(j);
          if (a.refArea().equals(b.refArea()) && a.time().equals(b.time()) && a.definition().isComparable(b.definition())
              && !a.series().equals(b.series())) {
            checks.add(new Check(a, b, verdict(a.range(), b.range())));
          }
        }
      }
    }
    return new Comparison(subject, tables, checks, omitted);
  }

  private static boolean isTotal(Observation o) {
    return (o.sex().isEmpty() || o.sex().equals("SEX_T")) && o.classifications().stream().allMatch(c -> c.endsWith("_TOTAL"));
  }

  /** Of two observations of one series, area and code, the one nearer the wanted time: same, then before, then after. */
  private static Observation nearer(String wanted, Observation a, Observation b) {
    return distance(wanted, a.time()) <= distance(wanted, b.time()) ? a : b;
  }

  /** 0 for the same time, then times before by how far before, then times after (any after any before). */
  private static long distance(String wanted, String time) {
    int order = time.compareTo(wanted);
    long apart = Math.abs(Integer.parseInt(time.substring(0, 4)) - Integer.parseInt(wanted.substring(0, 4)));
    return order == 0 ? 0 : order < 0 ? 1 + apart : 10_000 + apart;
  }

  private static List<String> notes(Subject subject, Definition reference, Definition definition, String refArea,
      String time, List<String> more) {
    List<String> notes = new ArrayList<>(definition.differences(reference));
    if (!refArea.equals(subject.refArea())) {
      notes.add("area " + refArea + ", not " + subject.refArea() + " " + subject.name());
    }
    if (!time.equals(subject.time())) {
      notes.add("time " + time + ", not " + subject.time());
    }
    notes.addAll(more);
    return notes;
  }

  private static Verdict verdict(RatioRange a, RatioRange b) {
    if (!a.isBounded() || !b.isBounded()) {
      return Verdict.NOT_DETERMINABLE;
    }
    return a.isWhollyAbove(b) || b.isWhollyAbove(a) ? Verdict.INCONSISTENT : Verdict.CONSISTENT;
  }

  /**
   * The league table of a concept under its reference definition: the subject's figure when comparable
   * and defined, and each area's row of the reference series (ILOSTAT), labelled with area, time and source,
   * ranked highest first with ranges where the intervals overlap.
   *
   * @param concept {@link Concept#UNION_DENSITY} or {@link Concept#BARGAINING_COVERAGE}; not null
   * @return the table, not null
   * @throws IllegalArgumentException if the comparison has no table of the concept
   */
  public LeagueTable league(Concept concept) {
    Table table = tables.stream().filter(t -> t.concept() == concept).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table of " + concept.english()));
    List<LeagueTable.Entry> entries = new ArrayList<>();
    for (Row row : table.rows()) {
      boolean ours = row.series().equals("unionkit");
      if (row.comparable() && (ours || row.series().equals(table.reference().series()))) {
        String label = row.refArea() + " " + row.time() + (ours ? " unionkit " + subject.name() : " " + row.series());
        entries.add(new LeagueTable.Entry(label, row.range(), row.shown()));
      }
    }
    return LeagueTable.of(entries, LeagueTable.Order.HIGHEST_FIRST);
  }

  /**
   * The unionkit side.
   *
   * @return the subject, not null
   */
  public Subject subject() {
    return subject;
  }

  /**
   * One table a concept: union density (and membership rates), then bargaining coverage.
   *
   * @return the tables, not null
   */
  public List<Table> tables() {
    return tables;
  }

  /**
   * The checks of rows of one area and time under agreeing definitions, from different series.
   *
   * @return the checks, not null
   */
  public List<Check> checks() {
    return checks;
  }

  /**
   * The observations not shown, by reason (by sex or classification, other concepts, unknown codes), in the
   * order the reasons first occur.
   *
   * @return counts by reason, not null
   */
  public Map<String, Long> omitted() {
    return omitted;
  }

  /**
   * The comparison as text: for each concept its reference, a table of rows (series, area, code, time,
   * value, status, whether the definition matches) with numbered notes below it, then the checks and
   * what was omitted.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append("Unit of comparison 比较单位: ").append(subject.refArea()).append(' ').append(subject.name())
        .append(", ").append(subject.time()).append('\n');
    for (Table table : tables) {
      text.append('\n').append(table.concept().english()).append(' ').append(table.concept().chinese())
          .append("\nreference 参照: ").append(table.reference()).append('\n');
      TextTable lines = TextTable.withLeftColumns(4).add(List.of("series 来源", "area 地区", "code 指标",
          "time 时间", "value 数值", "status 状态", "same definition 口径相同", "notes 说明"));
      List<String> notes = new ArrayList<>();
      for (Row row : table.rows()) {
        List<String> refs = new ArrayList<>();
        for (String note : row.notes()) {
          notes.add(note);
          refs.add("[" + notes.size() + "]");
        }
        lines.add(List.of(row.series(), row.refArea(), row.code(), row.time(), row.shown(), row.status().letter(),
            row.comparable() ? "yes" : "no", String.join("", refs)));
      }
      text.append(lines);
      for (int i = 0; i < notes.size(); i++) {
        text.append("  [").append(i + 1).append("] ").append(notes.get(i)).append('\n');
      }
      table.rows().stream().map(Row::definition).distinct()
          .forEach(d -> text.append("  ").append(d).append(" (").append(d.source()).append(")\n"));
    }
    if (!checks.isEmpty()) {
      text.append("\nChecks 核验\n");
      for (Check c : checks) {
        text.append("  ").append(c.first().series()).append(' ').append(c.first().code()).append(' ')
            .append(c.first().shown()).append(" vs ").append(c.second().series()).append(' ').append(c.second().code())
            .append(' ').append(c.second().shown()).append(" (").append(c.first().refArea()).append(' ')
            .append(c.first().time()).append("): ").append(c.verdict()).append('\n');
      }
    }
    if (!omitted.isEmpty()) {
      text.append("\nNot shown 未列出: ");
      List<String> parts = new ArrayList<>();
      omitted.forEach((reason, count) -> parts.add(count + " " + reason));
      text.append(String.join(", ", parts)).append('\n');
    }
    return text.toString();
  }
}
