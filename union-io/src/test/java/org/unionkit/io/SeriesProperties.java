package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.unionkit.stats.Observation;
import org.unionkit.stats.ObservationStatus;

/** The ILOSTAT layout round trip, and reading that does not depend on column order, case or gzip. */
class SeriesProperties {
  private static final List<String> AREAS = List.of("CHN", "DEU", "CN-HE", "CN-130100", "X01");
  private static final List<String> INDICATORS = List.of("ILR_TUMT_NOC_RT_A", "ILR_CBCT_NOC_RT_A",
      "ILR_TUMT_NOC_NB_A", "membership-rate-unionised-units", "UNE_DEAP_SEX_AGE_RT");
  private static final List<String> CODES = List.of("T31:4129", "R1:3513", "S3:26", "UKN:2470000", "I11:264");

  /** One observation from a seed: any code, time form, scale, status, sex, classification and note the layout holds. */
  private static Observation observation(long seed) {
    Random r = new Random(seed);
    String indicator = INDICATORS.get(r.nextInt(INDICATORS.size()));
    int year = 1990 + r.nextInt(40);
    String time = switch (r.nextInt(3)) {
      case 0 -> Integer.toString(year);
      case 1 -> year + "Q" + (1 + r.nextInt(4));
      default -> String.format(Locale.ROOT, "%dM%02d", year, 1 + r.nextInt(12));
    };
    BigDecimal value = BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(4));
    String source = List.of("", "BA:453", "FX:8362", "UK:unionkit").get(r.nextInt(4));
    List<String> classifications = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      classifications.add(List.of("ECO_SECTOR_TOTAL", "AGE_YTHADULT_YGE15", "SEX_T").get(r.nextInt(3)));
    }
    List<Observation.Note> notes = new ArrayList<>();
    for (Observation.NoteKind kind : Observation.NoteKind.values()) {
      if (r.nextInt(4) == 0) {
        notes.add(new Observation.Note(kind, "TEXT", "Break in method, see report", "Break in method, see report"));
        continue;
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        notes.add(Observation.Note.of(kind, CODES.get(r.nextInt(CODES.size()))));
      }
    }
    ObservationStatus[] statuses = ObservationStatus.values();
    return new Observation(source.startsWith("UK:") ? "unionkit" : "ILOSTAT", AREAS.get(r.nextInt(AREAS.size())),
        indicator, time, value, Series.unitPower(indicator), statuses[r.nextInt(statuses.length)],
        List.of("", "SEX_T", "SEX_F").get(r.nextInt(3)), classifications, source, notes);
  }

  /** Observations with distinct keys (a file holds each once). */
  private static Gen<List<Observation>> observations() {
    return lists().of(longs().all()).ofSizeBetween(0, 25).map(seeds -> {
      Map<List<Object>, Observation> distinct = new LinkedHashMap<>();
      seeds.forEach(seed -> {
        Observation o = observation(seed);
        distinct.putIfAbsent(List.of(o.series(), o.refArea(), o.indicator(), o.source(), o.sex(), o.classifications(),
            o.time()), o);
      });
      return List.copyOf(distinct.values());
    });
  }

  private static byte[] written(List<Observation> observations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Series.writeIlostat(observations, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static SeriesFile read(byte[] bytes) {
    try {
      return Series.read(new ByteArrayInputStream(bytes), "s.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void whatIsWrittenInIlostatsLayoutReadsBackTheSame() {
    qt().forAll(observations()).checkAssert(observations -> {
      SeriesFile file = read(written(observations));
      assertThat(file.observations()).as("read back").isEqualTo(observations);
      assertThat(file.rows()).as("a row each").isEqualTo(observations.size());
      assertThat(file.missing()).as("nothing missing").isEmpty();
    });
  }

  @Test
  void gzipDoesNotChangeWhatIsRead() {
    qt().forAll(observations()).checkAssert(observations -> {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(written(observations));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(read(zipped.toByteArray()).observations()).isEqualTo(observations);
    });
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndCase() {
    qt().forAll(observations(), integers().all(), integers().between(0, 2)).checkAssert((observations, seed, casing) -> {
      List<List<String>> rows = new ArrayList<>();
      new String(written(observations), StandardCharsets.UTF_8).lines()
          .forEach(line -> rows.add(cells(line)));
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < rows.get(0).size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(seed));
      StringBuilder shuffled = new StringBuilder();
      for (int r = 0; r < rows.size(); r++) {
        List<String> cells = new ArrayList<>();
        for (int i : order) {
          String cell = rows.get(r).get(i);
          cells.add(r > 0 ? cell : casing == 0 ? cell : casing == 1 ? cell.toUpperCase(Locale.ROOT)
              : Character.toUpperCase(cell.charAt(0)) + cell.substring(1));
        }
        shuffled.append(String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()))
            .append('\n');
      }
      assertThat(read(shuffled.toString().getBytes(StandardCharsets.UTF_8)).observations())
          .as("columns %s", order).isEqualTo(observations);
    });
  }

  /** The cells of one written line (quoted cells hold commas; the writer doubles quotes). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
