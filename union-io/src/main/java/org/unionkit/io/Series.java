package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.unionkit.stats.Observation;

/**
 * International union series in and out: ILOSTAT's bulk CSV, SDMX-CSV (ILOSTAT's and the OECD's) and the
 * OECD/AIAS ICTWSS country-year CSV read into {@link Observation}s, and observations written in ILOSTAT's
 * bulk layout, such as {@code Series.read(Path.of("ILR_TUMT_NOC_RT_A.csv.gz"))}. FORMAT.md, "International
 * series", sets out each layout and what is read of it.
 *
 * <p>Reading takes the file as it comes: gzip is unpacked when the bytes start as gzip; the text must be
 * UTF-8 (a byte order mark is skipped; GBK or UTF-16 text is refused at the line and column where it
 * stands); the layout is told by the header, whose columns are found by name in any order and any case:
 * <ul>
 *   <li><b>ILOSTAT bulk</b> ({@code ref_area}, {@code indicator}, {@code time}, {@code obs_value} required;
 *       {@code source}, {@code sex}, {@code classif1}..., {@code obs_status}, {@code note_classif},
 *       {@code note_indicator}, {@code note_source} read when present; {@code .label} twins read for the notes'
 *       texts only). {@code obs_status} letters are ILOSTAT's ({@link
 *       org.unionkit.stats.ObservationStatus#ofIlostat}); membership counts ({@code ..._NB}) are in thousands;
 *   <li><b>SDMX-CSV</b> ({@code REF_AREA}, {@code TIME_PERIOD}, {@code OBS_VALUE}, and the indicator from an
 *       {@code INDICATOR} column, else the dataflow's {@code DF_} id ({@code ILO:DF_ILR_TUMT_NOC_RT(1.0)} is
 *       {@code ILR_TUMT_NOC_RT}, {@code OECD.ELS.SAE:DSD_TUD_CBC@DF_TUD} is {@code TUD}), else {@code MEASURE}:
 *       ILOSTAT's {@code MEASURE} names the measure, not the indicator), {@code OBS_STATUS} after {@code CL_OBS_STATUS}
 *       2.2, {@code UNIT_MULT} as the power of ten, other dimension columns as classifications; a cell written
 *       {@code CODE: label} is read as its code; the series is named by the dataflow's agency ({@code ILO} is
 *       ILOSTAT, {@code OECD...} is OECD);
 *   <li><b>ICTWSS</b> ({@code year}, a country column, and any of {@code UD}, {@code AdjCov},
 *       {@code UnadjCov}, {@code Level}; other variables are listed as ignored): the country from
 *       {@code iso3}/{@code iso3c}, {@code iso2c}, the numeric {@code country_code} or the {@code country}
 *       name, made an ISO 3166-1 alpha-3 code; -88 and -99 are ICTWSS's codes for no information and not
 *       applicable, counted missing and never a value; another negative is an error.
 * </ul>
 * An empty value is counted missing ({@link SeriesFile#missing()}). Notes are split on {@code _} into
 * {@code TYPE:ID} codes and decoded (a cell that is not all codes is kept whole as one note of type
 * {@code TEXT}). A cell that is not a number, a time, status or country that is none, a row with more
 * cells than the header, and an observation repeated (same series, area, indicator, source, sex,
 * classifications and time) fail with a {@link UnionFormatException} naming the file, line, column and
 * column name. The static methods are thread-safe.
 */
public final class Series {
  /** The source type of rows unionkit writes, {@code UK:unionkit}; reading it back names the series unionkit. */
  static final String UNIONKIT_SOURCE_TYPE = "UK";

  /** The layouts read. */
  public enum Layout {
    /** ILOSTAT's bulk download, one observation a row. */
    ILOSTAT_BULK("ILOSTAT bulk CSV"),
    /** SDMX-CSV, as ILOSTAT's and the OECD's SDMX services write it. */
    SDMX_CSV("SDMX-CSV"),
    /** The OECD/AIAS ICTWSS database, one country-year a row. */
    ICTWSS("ICTWSS CSV");

    private final String english;

    Layout(String english) {
      this.english = english;
    }

    /**
     * The layout's name, such as {@code ILOSTAT bulk CSV}.
     *
     * @return the name, not null
     */
    public String english() {
      return english;
    }
  }

  private Series() {}

  /**
   * Reads a series file, gzipped or not.
   *
   * @param file the file; not null
   * @return what the file holds, not null
   * @throws UnionFormatException if the file is not one of the layouts, or a row is bad, naming where
   * @throws IOException if the file cannot be read
   */
  public static SeriesFile read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a series from a stream, gzipped or not; the stream is read to its end and closed.
   *
   * @param in the bytes; not null
   * @param file the name errors give; not null
   * @return what the stream holds, not null
   * @throws UnionFormatException if the text is not one of the layouts, or a row is bad, naming where
   * @throws IOException if the stream cannot be read
   */
  public static SeriesFile read(InputStream in, String file) throws IOException {
    return SeriesReader.read(in, file);
  }

  /**
   * Writes observations in ILOSTAT's bulk layout, whole or not at all ({@link AtomicFiles}): the columns
   * {@code ref_area, source, indicator, sex, classif1..., time, obs_value, obs_status, note_classif,
   * note_indicator, note_source} (as many {@code classif} columns as the most classified observation has), UTF-8
   * without a byte order mark, so the rows can be appended to a bulk file. Reading the file back gives the same
   * observations, but for their series: ILOSTAT's, or unionkit's for rows of source {@code UK:unionkit}.
   *
   * @param observations the observations; not null
   * @param file the file to write or replace; not null
   * @throws IllegalArgumentException if a membership count ({@code ..._NB}) is not in thousands, a text note
   *     shares its column with another note, or a note's id holds {@code _} or {@code :}
   * @throws IOException if the file cannot be written
   */
  public static void writeIlostat(List<Observation> observations, Path file) throws IOException {
    check(observations);
    AtomicFiles.write(file, out -> writeIlostat(observations, out));
  }

  /**
   * Writes observations in ILOSTAT's bulk layout to a stream, as {@link #writeIlostat(List, Path)} does; the
   * stream is flushed, not closed.
   *
   * @param observations the observations; not null
   * @param out the stream; not null
   * @throws IllegalArgumentException as {@link #writeIlostat(List, Path)} says
   * @throws IOException if the stream cannot be written
   */
  public static void writeIlostat(List<Observation> observations, OutputStream out) throws IOException {
    check(observations);
    int classifications = observations.stream().mapToInt(o -> o.classifications().size()).max().orElse(0);
    List<String> header = new ArrayList<>(List.of("ref_area", "source", "indicator", "sex"));
    for (int i = 1; i <= classifications; i++) {
      header.add("classif" + i);
    }
    header.addAll(List.of("time", "obs_value", "obs_status"));
    for (Observation.NoteKind kind : Observation.NoteKind.values()) {
      header.add(kind.column());
    }
    try (JsonGenerator csv = CsvCells.generator(out, StandardCharsets.UTF_8, header, false, false)) {
      for (Observation o : observations) {
        List<String> cells = new ArrayList<>(List.of(o.refArea(), o.source(), o.indicator(), o.sex()));
        for (int i = 0; i < classifications; i++) {
          cells.add(i < o.classifications().size() ? o.classifications().get(i) : "");
        }
        cells.addAll(List.of(o.time(), o.value().toPlainString(), o.status().letter()));
        for (Observation.NoteKind kind : Observation.NoteKind.values()) {
          cells.add(o.notes().stream().filter(n -> n.kind() == kind)
              .map(n -> n.type().equals("TEXT") ? n.id() : n.code()).collect(Collectors.joining("_")));
        }
        CsvCells.write(csv, cells);
      }
    }
  }

  /** Refuses what the layout cannot hold so that it reads back the same. */
  private static void check(List<Observation> observations) {
    for (Observation o : observations) {
      String which = o.indicator() + " " + o.refArea() + " " + o.time() + ": ";
      if (o.unitPower() != unitPower(o.indicator())) {
        throw new IllegalArgumentException(which + "ILOSTAT's layout writes " + o.indicator() + " in units of 10^"
            + unitPower(o.indicator()) + ", not 10^" + o.unitPower());
      }
      for (Observation.Note note : o.notes()) {
        boolean text = note.type().equals("TEXT");
        if (text && o.notes().stream().filter(n -> n.kind() == note.kind()).count() > 1) {
          throw new IllegalArgumentException(which + "a text note must be alone in " + note.kind().column());
        }
        if (!text && (note.id().contains("_") || note.id().contains(":"))) {
          throw new IllegalArgumentException(which + "note " + note.code() + ": an id with _ or : would not read back");
        }
      }
    }
  }

  /** The power of ten ILOSTAT writes an indicator in: 3 (thousands) for counts ({@code ILR_..._NB}), else 0. */
  static int unitPower(String indicator) {
    return indicator.matches("ILR_[A-Z0-9_]*_NB(_[AQM])?") ? 3 : 0;
  }
}
