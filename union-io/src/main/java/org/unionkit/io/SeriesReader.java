package org.unionkit.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.unionkit.stats.Observation;
import org.unionkit.stats.ObservationStatus;

/**
 * Reads one series file as {@link Series#read} describes: gunzipped when it starts as gzip, decoded as
 * strict UTF-8, its layout told by its header, every row an observation, a value counted missing, or a
 * located {@link UnionFormatException}. Not thread-safe; one instance reads one file.
 */
final class SeriesReader {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern NOTE_CODE = Pattern.compile("[A-Z]+[0-9]*:[^:]+");
  private static final Pattern SDMX_TIME = Pattern.compile("(\\d{4})(?:-?(Q[1-4])|-M?(0[1-9]|1[0-2]))?");
  private static final Pattern BULK_TIME = Pattern.compile("\\d{4}(Q[1-4]|M(0[1-9]|1[0-2]))?");
  private static final Pattern CLASSIF = Pattern.compile("classif[0-9]+");
  /** ICTWSS's codes for a value that does not exist: no observation, never a value. */
  private static final Map<String, String> ICTWSS_MISSING = Map.of("-88", "no information", "-99", "not applicable");
  private static final List<String> ICTWSS_VALUES = List.of("UD", "AdjCov", "UnadjCov", "Level");
  /** ICTWSS's country columns, most exact first. */
  private static final List<String> ICTWSS_COUNTRY = List.of("iso3", "iso3c", "iso2c", "iso2", "country_code",
      "country");
  /** SDMX-CSV columns read. */
  private static final List<String> SDMX_READ = List.of("DATAFLOW", "STRUCTURE_ID", "REF_AREA", "MEASURE",
      "INDICATOR", "SEX", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "UNIT_MULT", "SOURCE", "NOTE_SOURCE",
      "NOTE_INDICATOR", "NOTE_CLASSIF");
  /** SDMX-CSV attributes and structure columns not read (listed as ignored); other columns are classifications. */
  private static final List<String> SDMX_SKIPPED = List.of("STRUCTURE", "ACTION", "FREQ", "UNIT_MEASURE",
      "UNIT_MEASURE_TYPE", "DECIMALS", "UPPER_BOUND", "LOWER_BOUND", "OBS_CONF", "CONF_STATUS", "BASE_PER",
      "TIME_FORMAT");
  private static final String ADVICE = ": ILOSTAT, OECD and ICTWSS files are UTF-8; one saved by a Chinese edition "
      + "of Excel or WPS is GBK: save it again as \"CSV UTF-8\"";

  private final String file;
  private final CsvParser parser;
  private final List<Observation> observations = new ArrayList<>();
  private final Map<String, Long> missing = new LinkedHashMap<>();
  private final Map<List<Object>, Long> seen = new HashMap<>();
  private final List<String> ignored = new ArrayList<>();
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private long rows;

  private SeriesReader(String file, CsvParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /** A row: its line, its cells and the column each starts at. */
  private record Row(long line, List<String> cells, List<Integer> starts) {}

  static SeriesFile read(InputStream in, String file) throws IOException {
    try {
      InputStream bytes = new BufferedInputStream(in);
      byte[] head = peek(bytes);
      if (head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
        bytes = new BufferedInputStream(new GZIPInputStream(bytes));
        head = peek(bytes);
      }
      if (head.length == 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
          || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
        throw new UnionFormatException(file, 1, 1, "", "is UTF-16 text (it starts with a UTF-16 byte order mark, as "
            + "Excel's \"Unicode text\" does): save it as \"CSV UTF-8\"");
      }
      try (CsvParser parser = (CsvParser) CsvCells.MAPPER.getFactory()
          .createParser(new StrictText(bytes, StandardCharsets.UTF_8, file, ADVICE))) {
        parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        return new SeriesReader(file, parser).read();
      }
    } catch (ZipException | EOFException e) {
      // Anywhere in a gzip file: its header, its first bytes or further on.
      throw new UnionFormatException(file, 0, 0, "", "is not a whole gzip file (" + e.getMessage() + ")");
    }
  }

  /** The first two bytes, the stream left where it was. */
  private static byte[] peek(InputStream bytes) throws IOException {
    bytes.mark(2);
    byte[] head = bytes.readNBytes(2);
    bytes.reset();
    return head;
  }

  private SeriesFile read() throws IOException {
    Row header = next();
    if (header == null) {
      throw new UnionFormatException(file, 1, 0, "", "is empty: a series file starts with a header line");
    }
    Series.Layout layout = layout(header);
    List<String> indicators = layout == Series.Layout.ICTWSS
        ? ICTWSS_VALUES.stream().filter(c -> columns.containsKey(key(c))).toList() : List.of();
    for (Row row = next(); row != null; row = next()) {
      rows++;
      if (row.cells().size() > header.cells().size()) {
        throw new UnionFormatException(file, row.line(), row.starts().get(header.cells().size()), "",
            "has " + row.cells().size() + " cells, the header " + header.cells().size());
      }
      switch (layout) {
        case ILOSTAT_BULK -> bulk(row);
        case SDMX_CSV -> sdmx(row);
        case ICTWSS -> ictwss(row, indicators);
      }
    }
    return new SeriesFile(file, layout, observations, rows, layout == Series.Layout.ICTWSS ? indicators.size() : 1,
        missing, ignored);
  }

  private @Nullable Row next() throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      // At a row's start Jackson gives the line before it (and -1 before the first): the row's own is one more,
      // the first row's line 1.
      long line = Math.max(1, parser.currentTokenLocation().getLineNr() + 1);
      List<String> cells = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      for (token = parser.nextToken(); token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
        cells.add(parser.getText().strip());
        starts.add(Math.max(1, parser.currentTokenLocation().getColumnNr()));
      }
      return new Row(line, cells, starts);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new UnionFormatException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
          "is not CSV: " + e.getOriginalMessage());
    }
  }

  /** Lower case, as columns are found: ILOSTAT writes {@code ref_area}, SDMX {@code REF_AREA}. */
  private static String key(String column) {
    return column.toLowerCase(Locale.ROOT);
  }

  private Series.Layout layout(Row header) throws UnionFormatException {
    for (int i = 0; i < header.cells().size(); i++) {
      String name = header.cells().get(i);
      Integer before = columns.putIfAbsent(key(name), i);
      if (before != null) {
        throw new UnionFormatException(file, header.line(), header.starts().get(i), name,
            "appears twice in the header (columns " + (before + 1) + " and " + (i + 1) + ")");
      }
    }
    Series.Layout layout;
    List<String> required;
    List<String> read;
    if (columns.containsKey("time_period") || columns.containsKey("obs_value") && columns.containsKey("dataflow")) {
      layout = Series.Layout.SDMX_CSV;
      required = List.of("REF_AREA", "TIME_PERIOD", "OBS_VALUE");
      read = SDMX_READ;
    } else if (columns.containsKey("ref_area") || columns.containsKey("obs_value")) {
      layout = Series.Layout.ILOSTAT_BULK;
      required = List.of("ref_area", "indicator", "time", "obs_value");
      read = List.of("ref_area", "source", "indicator", "sex", "time", "obs_value", "obs_status", "note_classif",
          "note_indicator", "note_source");
    } else if (columns.containsKey("year")) {
      layout = Series.Layout.ICTWSS;
      required = List.of("year");
      read = new ArrayList<>(ICTWSS_VALUES);
      read.addAll(ICTWSS_COUNTRY);
      read.add("year");
    } else {
      throw new UnionFormatException(file, header.line(), 0, "", "the header is none of the layouts read: ILOSTAT "
          + "bulk CSV (ref_area, indicator, time, obs_value, ...), SDMX-CSV (REF_AREA, TIME_PERIOD, OBS_VALUE, ...) or "
          + "ICTWSS (country, iso2c or iso3, year, UD, AdjCov, UnadjCov, Level)");
    }
    List<String> absent = required.stream().filter(c -> !columns.containsKey(key(c))).toList();
    if (layout == Series.Layout.SDMX_CSV && !has("MEASURE") && !has("INDICATOR") && !has("DATAFLOW")
        && !has("STRUCTURE_ID")) {
      absent = new ArrayList<>(absent);
      absent.add("INDICATOR (or DATAFLOW, STRUCTURE_ID, MEASURE)");
    }
    if (layout == Series.Layout.ICTWSS) {
      List<String> more = new ArrayList<>(absent);
      if (ICTWSS_COUNTRY.stream().noneMatch(this::has)) {
        more.add("country (or " + String.join(", ", ICTWSS_COUNTRY.subList(0, ICTWSS_COUNTRY.size() - 1)) + ")");
      }
      if (ICTWSS_VALUES.stream().noneMatch(this::has)) {
        more.add("UD (or " + String.join(", ", ICTWSS_VALUES.subList(1, ICTWSS_VALUES.size())) + ")");
      }
      absent = more;
    }
    if (!absent.isEmpty()) {
      throw new UnionFormatException(file, header.line(), 0, absent.get(0).split(" ")[0], "the " + layout.english()
          + " header lacks " + String.join(", ", absent));
    }
    List<String> readKeys = read.stream().map(SeriesReader::key).toList();
    for (String name : header.cells()) {
      boolean classification = layout == Series.Layout.ILOSTAT_BULK ? CLASSIF.matcher(key(name)).matches()
          : layout == Series.Layout.SDMX_CSV && isSdmxClassification(name);
      if (!readKeys.contains(key(name)) && !classification && !key(name).endsWith(".label")) {
        ignored.add(name);
      }
    }
    return layout;
  }

  private boolean has(String column) {
    return columns.containsKey(key(column));
  }

  /** The cell of a column, stripped; empty when the row is short or the header lacks the column. */
  private static String cell(Row row, @Nullable Integer index) {
    return index == null || index >= row.cells().size() ? "" : row.cells().get(index);
  }

  private String cell(Row row, String column) {
    return cell(row, columns.get(key(column)));
  }

  private UnionFormatException bad(Row row, String column, String reason) {
    Integer index = columns.get(key(column));
    long at = index == null || index >= row.starts().size() ? 0 : row.starts().get(index);
    return new UnionFormatException(file, row.line(), at, column, reason);
  }

  private String required(Row row, String column) throws UnionFormatException {
    String value = cell(row, column);
    if (value.isEmpty()) {
      throw bad(row, column, "is empty");
    }
    return value;
  }

  private void missing(String reason) {
    missing.merge(reason, 1L, Long::sum);
  }

  /** The value of a numeric cell, or null (counted missing) when empty. */
  private @Nullable BigDecimal number(Row row, String column, String shown) throws UnionFormatException {
    String text = cell(row, column);
    if (text.isEmpty()) {
      missing(shown + " empty");
      return null;
    }
    if (!NUMBER.matcher(text).matches()) {
      throw bad(row, column, Texts.quote(text) + " is not a number such as 44.25");
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() < 0) {
      throw bad(row, column, text + " is negative: a rate or a count cannot be");
    }
    return value;
  }

  private void bulk(Row row) throws IOException {
    String indicator = required(row, "indicator");
    String refArea = required(row, "ref_area");
    String time = required(row, "time");
    if (!BULK_TIME.matcher(time).matches()) {
      throw bad(row, "time", Texts.quote(time) + " is not a year, quarter or month such as 2017, 2017Q1 or 2017M01");
    }
    String statusLetter = cell(row, "obs_status");
    ObservationStatus status = ObservationStatus.ofIlostat(statusLetter).orElseThrow(() -> bad(row, "obs_status",
        Texts.quote(statusLetter) + " is not an ILOSTAT status (A adjusted, B break in series, M model-based, "
            + "U unreliable, R real value, I imputation, E estimate, P provisional, or blank)"));
    BigDecimal value = number(row, "obs_value", "obs_value");
    if (value == null) {
      return;
    }
    // classif1, classif2, ... in their numbers' order, wherever the header puts them.
    List<String> classifications = columns.keySet().stream().filter(name -> CLASSIF.matcher(name).matches())
        .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring("classif".length()))))
        .map(name -> cell(row, columns.get(name))).filter(c -> !c.isEmpty()).toList();
    String source = cell(row, "source");
    String series = source.startsWith(Series.UNIONKIT_SOURCE_TYPE + ":") ? "unionkit" : "ILOSTAT";
    List<Observation.Note> notes = notes(row);
    add(row, observation(row, () -> new Observation(series, refArea, indicator, time, value,
        Series.unitPower(indicator), status, cell(row, "sex"), classifications, source, notes)));
  }

  private void sdmx(Row row) throws IOException {
    String statusCode = code(cell(row, "OBS_STATUS"));
    if (ObservationStatus.isSdmxMissing(statusCode)) {
      missing("OBS_STATUS " + statusCode + " (missing value)");
      return;
    }
    ObservationStatus status = ObservationStatus.ofSdmx(statusCode).orElseThrow(() -> bad(row, "OBS_STATUS",
        Texts.quote(statusCode) + " is not a code of SDMX's CL_OBS_STATUS 2.2"));
    String flow = !cell(row, "DATAFLOW").isEmpty() ? cell(row, "DATAFLOW") : cell(row, "STRUCTURE_ID");
    // ILOSTAT's MEASURE is the indicator's measure (ILR_CBCT_RT for ILR_CBCT_NOC_RT): its dataflow names the
    // indicator (ILO:DF_ILR_CBCT_NOC_RT(1.0)), as the OECD's names its series (DSD_TUD_CBC@DF_TUD).
    String indicator = code(!cell(row, "INDICATOR").isEmpty() ? cell(row, "INDICATOR")
        : !flowIndicator(flow).isEmpty() ? flowIndicator(flow) : cell(row, "MEASURE"));
    if (indicator.isEmpty()) {
      throw bad(row, "MEASURE", "is empty, and no INDICATOR column or dataflow names the indicator");
    }
    String refArea = code(required(row, "REF_AREA"));
    String period = code(required(row, "TIME_PERIOD"));
    Matcher time = SDMX_TIME.matcher(period);
    if (!time.matches()) {
      throw bad(row, "TIME_PERIOD", Texts.quote(period) + " is not a year, quarter or month such as 2017, 2017-Q1 "
          + "or 2017-01");
    }
    String unitMultiplier = code(cell(row, "UNIT_MULT"));
    int power;
    if (unitMultiplier.isEmpty()) {
      power = Series.unitPower(indicator);
    } else if (unitMultiplier.matches("[0-9]{1,2}") && Integer.parseInt(unitMultiplier) <= 12) {
      power = Integer.parseInt(unitMultiplier);
    } else {
      throw bad(row, "UNIT_MULT", Texts.quote(unitMultiplier) + " is not a power of ten from 0 to 12");
    }
    BigDecimal value = number(row, "OBS_VALUE", "OBS_VALUE");
    if (value == null) {
      return;
    }
    List<String> classifications = new ArrayList<>();
    columns.forEach((name, index) -> {
      if (isSdmxClassification(name) && !cell(row, index).isEmpty()) {
        classifications.add(code(cell(row, index)));
      }
    });
    String when = time.group(1) + (time.group(2) != null ? time.group(2) : time.group(3) != null ? "M" + time.group(3) : "");
    List<Observation.Note> notes = notes(row);
    add(row, observation(row, () -> new Observation(agency(flow), refArea, indicator, when, value, power, status,
        code(cell(row, "SEX")), classifications, cell(row, "SOURCE"), notes)));
  }

  /** Whether an SDMX-CSV column (named in lower case) is a dimension the layout does not name: a classification. */
  private static boolean isSdmxClassification(String column) {
    String upper = column.toUpperCase(Locale.ROOT);
    return !SDMX_READ.contains(upper) && !SDMX_SKIPPED.contains(upper) && !column.contains(".") && !column.contains(":");
  }

  /** The code of a cell SDMX-CSV may write as {@code CODE: label}. */
  private static String code(String cell) {
    int colon = cell.indexOf(": ");
    return colon < 0 ? cell : cell.substring(0, colon).strip();
  }

  /** {@code ILR_TUMT_NOC_RT} from a dataflow such as {@code ILO:DF_ILR_TUMT_NOC_RT(1.0)}. */
  private static String flowIndicator(String flow) {
    Matcher m = Pattern.compile("DF_([A-Z0-9_]+)").matcher(flow);
    return m.find() ? m.group(1) : "";
  }

  /** The series an SDMX dataflow's agency names: ILOSTAT for ILO's, OECD for the OECD's, else the agency. */
  private static String agency(String flow) {
    int colon = flow.indexOf(':');
    String agency = colon < 0 ? "" : flow.substring(0, colon);
    return agency.equals("ILO") ? "ILOSTAT" : agency.startsWith("OECD") ? "OECD" : agency.isEmpty() ? "SDMX" : agency;
  }

  private void ictwss(Row row, List<String> indicators) throws IOException {
    String year = required(row, "year");
    if (!year.matches("\\d{4}")) {
      throw bad(row, "year", Texts.quote(year) + " is not a year such as 2019");
    }
    String refArea = country(row);
    for (String indicator : indicators) {
      String text = cell(row, indicator);
      if (text.isEmpty() || text.equals("NA") || text.equals(".")) {
        missing(indicator + " empty");
        continue;
      }
      if (!NUMBER.matcher(text).matches()) {
        throw bad(row, indicator, Texts.quote(text) + " is not a number such as 65.2");
      }
      BigDecimal value = new BigDecimal(text);
      String sentinel = value.stripTrailingZeros().toPlainString();
      if (ICTWSS_MISSING.containsKey(sentinel)) {
        missing(indicator + " " + sentinel + " (" + ICTWSS_MISSING.get(sentinel) + ")");
        continue;
      }
      if (value.signum() < 0) {
        throw bad(row, indicator, text + " is negative and not one of ICTWSS's missing codes (-88, -99)");
      }
      if (indicator.equals("Level") && !(value.stripTrailingZeros().scale() <= 0 && value.intValue() >= 1
          && value.intValue() <= 5)) {
        throw bad(row, indicator, text + " is not a bargaining level 1 to 5");
      }
      add(row, new Observation("ICTWSS", refArea, indicator, year, value, 0, ObservationStatus.NORMAL, "", List.of(),
          "", List.of()));
    }
  }

  /** The row's country as ISO 3166-1 alpha-3, from the most exact country column present. */
  private String country(Row row) throws UnionFormatException {
    for (String column : ICTWSS_COUNTRY) {
      if (!has(column)) {
        continue;
      }
      String text = cell(row, column);
      if (text.isEmpty()) {
        throw bad(row, column, "is empty");
      }
      Optional<String> alpha3 = switch (column) {
        case "iso3", "iso3c" -> Countries.byAlpha3(text);
        case "iso2c", "iso2" -> Countries.byAlpha2(text);
        case "country_code" -> Countries.byNumeric(text);
        default -> Countries.byName(text);
      };
      return alpha3.orElseThrow(() -> bad(row, column, Texts.quote(text) + " is not an ISO 3166-1 country "
          + (column.equals("country") ? "name (add an iso3 column to name countries by code)" : "code")));
    }
    throw new IllegalStateException("the header was checked to have a country column");
  }

  /** Every note of the row's three note columns, decoded, with the labels of their twins when these match. */
  private List<Observation.Note> notes(Row row) throws UnionFormatException {
    List<Observation.Note> notes = new ArrayList<>();
    for (Observation.NoteKind kind : Observation.NoteKind.values()) {
      String text = cell(row, kind.column());
      if (text.isEmpty()) {
        continue;
      }
      String[] parts = text.split("_");
      boolean codes = true;
      for (String part : parts) {
        codes &= NOTE_CODE.matcher(part).matches();
      }
      if (!codes) {
        notes.add(new Observation.Note(kind, "TEXT", text, text));
        continue;
      }
      String[] labels = cell(row, kind.column() + ".label").split(" \\| ");
      for (int i = 0; i < parts.length; i++) {
        Observation.Note note = Observation.Note.of(kind, parts[i]);
        notes.add(labels.length == parts.length && !labels[i].isBlank()
            ? new Observation.Note(kind, note.type(), note.id(), labels[i].strip()) : note);
      }
    }
    return notes;
  }

  /** Builds an observation, its own checks (a blank area, a bad note) made located errors. */
  private Observation observation(Row row, ObservationParts parts) throws UnionFormatException {
    try {
      return parts.make();
    } catch (IllegalArgumentException e) {
      throw new UnionFormatException(file, row.line(), 0, "", String.valueOf(e.getMessage()));
    }
  }

  @FunctionalInterface
  private interface ObservationParts {
    Observation make();
  }

  private void add(Row row, Observation o) throws UnionFormatException {
    Long before = seen.putIfAbsent(List.of(o.series(), o.refArea(), o.indicator(), o.source(), o.sex(),
        o.classifications(), o.time()), row.line());
    if (before != null) {
      throw new UnionFormatException(file, row.line(), 0, "", "repeats the observation of line " + before + " ("
          + o.indicator() + " " + o.refArea() + " " + o.time() + (o.source().isEmpty() ? "" : " " + o.source())
          + "): a file holds each observation once");
    }
    observations.add(o);
  }

  /** ISO 3166-1 countries ({@code countries.tsv}), to name ICTWSS rows by alpha-3 code. */
  private static final class Countries {
    private static final Map<String, String> ALPHA2 = new HashMap<>();
    private static final Map<String, String> ALPHA3 = new HashMap<>();
    private static final Map<String, String> NUMERIC = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
      try (InputStream in = SeriesReader.class.getResourceAsStream("countries.tsv")) {
        if (in == null) {
          throw new IllegalStateException("countries.tsv is missing from union-io");
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] cells = line.split("\t");
          ALPHA2.put(cells[0], cells[1]);
          ALPHA3.put(cells[1], cells[1]);
          NUMERIC.put(cells[2], cells[1]);
          for (String name : cells[3].split("\\|")) {
            NAMES.put(name.toLowerCase(Locale.ROOT), cells[1]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Optional<String> byAlpha2(String code) {
      return Optional.ofNullable(ALPHA2.get(code.toUpperCase(Locale.ROOT)));
    }

    static Optional<String> byAlpha3(String code) {
      return Optional.ofNullable(ALPHA3.get(code.toUpperCase(Locale.ROOT)));
    }

    static Optional<String> byNumeric(String code) {
      return code.matches("[0-9]{1,3}") ? Optional.ofNullable(NUMERIC.get("%03d".formatted(Integer.parseInt(code))))
          : Optional.empty();
    }

    static Optional<String> byName(String name) {
      return Optional.ofNullable(NAMES.get(name.toLowerCase(Locale.ROOT)));
    }
  }
}
