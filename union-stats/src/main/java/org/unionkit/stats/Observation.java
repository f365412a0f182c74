package org.unionkit.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionkit.model.Interval;
import org.unionkit.model.Multiplier;
import org.unionkit.model.Qualifier;
import org.unionkit.model.Quantity;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Unit;

/**
 * One published value of an international series, such as ILOSTAT's trade union density of Sweden in
 * 2019, or one of unionkit's indicators written in ILOSTAT's layout: where, what, when, the value as
 * published, its status, sex and classifications, source and notes.
 *
 * <p>A published value stands for the interval of its rounding: 44.25 is {@code [44.245, 44.255)}, 65 is
 * {@code [64.5, 65.5)} ({@link #interval()}), so figures of two sources, or a published figure and
 * unionkit's exact counts, are judged by whether their intervals meet. Immutable and thread-safe.
 *
 * @param series the series it comes from, such as {@code ILOSTAT}, {@code ICTWSS} or {@code unionkit}; not null
 * @param refArea the area, such as {@code SWE}, {@code CHN} or {@code CN-HE}; not blank
 * @param indicator the indicator code as written, such as {@code ILR_TUMT_NOC_RT_A} or {@code AdjCov}; not blank
 * @param time the period as ILOSTAT writes it: {@code 2019}, {@code 2019Q1} or {@code 2019M01}; not null
 * @param value the value as published, its scale the decimals written, in the unit times
 *     {@code 10^unitPower}; not null
 * @param unitPower the power of ten the value is in, such as 3 for ILOSTAT's membership in thousands; 0 to 12
 * @param status the observation status; not null
 * @param sex the sex code, such as {@code SEX_T}, empty when the series has none; not null
 * @param classifications further classification codes, such as {@code ECO_SECTOR_TOTAL}, in column order; not null
 * @param source the source code, such as {@code BA:453}, empty when the series has none; not null
 * @param notes the notes, decoded; not null
 */
public record Observation(String series, String refArea, String indicator, String time, BigDecimal value,
    int unitPower, ObservationStatus status, String sex, List<String> classifications, String source,
    List<Note> notes) {
  private static final Pattern TIME = Pattern.compile("(\\d{4})(Q[1-4]|M(0[1-9]|1[0-2]))?");

  /** The column a note is written in. */
  public enum NoteKind {
    /** {@code note_classif}: notes on the classification (sex, age, economic activity). */
    CLASSIFICATION("note_classif"),
    /** {@code note_indicator}: notes on the indicator (reference group, definitions). */
    INDICATOR("note_indicator"),
    /** {@code note_source}: notes on the source (repository, coverage, periodicity). */
    SOURCE("note_source");

    private final String column;

    NoteKind(String column) {
      this.column = column;
    }

    /**
     * The column's header in ILOSTAT's bulk files, such as {@code note_source}.
     *
     * @return the header, not null
     */
    public String column() {
      return column;
    }
  }

  /**
   * A note on an observation, such as {@code T2:84} in {@code note_indicator}, with what the shipped
   * dictionary ({@code notes.properties}) says of it: the id's text when it holds the id, else what the
   * note's type means, else that the type is unknown. A note is never dropped for being unknown.
   *
   * @param kind the column it is written in; not null
   * @param type the note type, such as {@code T2} or {@code R1}: letters, then digits; not null
   * @param id the note's id or value, such as {@code 84}; not blank
   * @param text what the note says; not null
   */
  public record Note(NoteKind kind, String type, String id, String text) {
    private static final Pattern TYPE = Pattern.compile("[A-Z]+[0-9]*");

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the type is not letters then digits, or the id is blank
     */
    public Note {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      if (!TYPE.matcher(type).matches()) {
        throw new IllegalArgumentException("note type (\"" + type + "\") must be capital letters then digits, such as T2");
      }
      if (id.isBlank()) {
        throw new IllegalArgumentException("note " + type + " must have an id after the colon");
      }
    }

    /**
     * Reads one note as ILOSTAT writes it, such as {@code T2:84}, and decodes it.
     *
     * @param kind the column it is in; not null
     * @param code {@code TYPE:ID}; not null
     * @return the note, not null
     * @throws IllegalArgumentException if the code is not {@code TYPE:ID}
     */
    public static Note of(NoteKind kind, String code) {
      int colon = code.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("note (\"" + code + "\") must be TYPE:ID, such as T2:84");
      }
      String type = code.substring(0, colon);
      String id = code.substring(colon + 1);
      return new Note(kind, type, id, ObservationNotes.text(type, id));
    }

    /**
     * The note as ILOSTAT writes it, such as {@code T2:84}.
     *
     * @return the code, not null
     */
    public String code() {
      return type + ":" + id;
    }
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the area or indicator is blank, the time is not ILOSTAT's form, the
   *     unit power is out of range, or a percentage is negative
   */
  public Observation {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(source, "source");
    classifications = List.copyOf(classifications);
    notes = List.copyOf(notes);
    refArea = checkedArea(refArea);
    time = checkedTime(time);
    if (indicator.isBlank()) {
      throw new IllegalArgumentException("an observation's indicator must not be blank");
    }
    if (unitPower < 0 || unitPower > 12) {
      throw new IllegalArgumentException("unit power (" + unitPower + ") must be 0 to 12");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException(indicator + " " + refArea + " " + time + ": value (" + value.toPlainString()
          + ") must not be negative");
    }
  }

  /** The area, checked not blank. */
  static String checkedArea(String refArea) {
    if (refArea.isBlank()) {
      throw new IllegalArgumentException("ref_area must not be blank");
    }
    return refArea;
  }

  /** The time, checked to be ILOSTAT's year, quarter or month. */
  static String checkedTime(String time) {
    if (!TIME.matcher(time).matches()) {
      throw new IllegalArgumentException("time (\"" + time + "\") must be a year, a quarter or a month, such as "
          + "2019, 2019Q1 or 2019M01");
    }
    return time;
  }

  /**
   * ILOSTAT's time of a period, such as {@code 2020} for the year 2020, {@code 2020Q2} for 2020-04-01 to
   * 2020-06-30 and {@code 2020M03} for March 2020.
   *
   * @param period the period; not null
   * @return the time, empty for a period that is not a calendar year, quarter or month (a day, a span); not null
   */
  public static Optional<String> time(ReportingPeriod period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    if (start.getDayOfMonth() != 1 || !end.equals(end.withDayOfMonth(end.lengthOfMonth()))) {
      return Optional.empty();
    }
    int months = (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
    if (months == 12 && start.getMonthValue() == 1) {
      return Optional.of(Integer.toString(start.getYear()));
    }
    if (months == 3 && start.getMonthValue() % 3 == 1) {
      return Optional.of(start.getYear() + "Q" + (start.getMonthValue() / 3 + 1));
    }
    return months == 1 ? Optional.of(String.format(Locale.ROOT, "%dM%02d", start.getYear(), start.getMonthValue()))
        : Optional.empty();
  }

  /**
   * The published value as a written percentage, such as {@code 44.25%}, for {@link Audit#ofPercent} to judge
   * against counts from another source: it stands for the same interval as {@link #interval()}.
   *
   * @return the percentage, empty when the indicator is not a rate of the catalogue (a count, a level, an
   *     unknown code); not null
   */
  public Optional<Quantity> percent() {
    return definition().filter(Definition::isPercent)
        .map(d -> Quantity.of(value, Multiplier.ONE, Qualifier.EXACT, Unit.PERCENT));
  }

  /**
   * The year of the time, such as 2019 for {@code 2019Q1}.
   *
   * @return the year
   */
  public int year() {
    return Integer.parseInt(time.substring(0, 4));
  }

  /**
   * What the indicator code means, from the {@link Definition} catalogue.
   *
   * @return the definition, empty for a code the catalogue does not hold; not null
   */
  public Optional<Definition> definition() {
    return Definition.ofCode(indicator);
  }

  /**
   * The interval the published value stands for, in the unit (persons, not thousands; percentage points):
   * half a unit of the last written decimal either side, lower end included. 44.25 is {@code [44.245,
   * 44.255)}; 1234.5 thousand members is {@code [1234450, 1234550)}.
   *
   * @return the interval, not null
   */
  public Interval interval() {
    BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-value.scale()).divide(BigDecimal.valueOf(2));
    BigDecimal lower = value.subtract(half).max(BigDecimal.ZERO);
    return Interval.closedOpen(lower.scaleByPowerOfTen(unitPower), value.add(half).scaleByPowerOfTen(unitPower));
  }

  /**
   * The interval of a percentage as a range of fractions of one, such as {@code [0.44245, 0.44255)} for
   * 44.25%, to audit against counts or rank in a {@link LeagueTable}.
   *
   * @return the range, not null
   */
  public RatioRange fraction() {
    return RatioRange.of(interval(), Interval.point(BigDecimal.valueOf(100)));
  }
}
