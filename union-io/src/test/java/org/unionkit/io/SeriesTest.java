package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.stats.Concept;
import org.unionkit.stats.Observation;
import org.unionkit.stats.ObservationStatus;

/**
 * The series readers and the ILOSTAT-layout writer on the shipped extracts ({@code seeds/international}, each
 * value's source in its SOURCES.md) and on small texts in the real layouts; expected values are the published ones.
 */
class SeriesTest {
  private static final Path INTERNATIONAL = Path.of("..", "seeds", "international");
  private static final Path DENSITY = INTERNATIONAL.resolve("ilostat-ILR_TUMT_NOC_RT_A.csv");

  private static SeriesFile read(String text) throws IOException {
    return Series.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.csv");
  }

  private static Observation find(SeriesFile file, String area, String time) {
    return file.observations().stream().filter(o -> o.refArea().equals(area) && o.time().equals(time)).findFirst()
        .orElseThrow();
  }

  @Test
  void readsIlostatsDensityExportWithItsLabelTwins() throws IOException {
    SeriesFile file = Series.read(DENSITY);
    assertThat(file.layout()).isEqualTo(Series.Layout.ILOSTAT_BULK);
    assertThat(file.rows()).as("rows").isEqualTo(19);
    assertThat(file.observations()).as("one a row").hasSize(19);
    assertThat(file.ignoredColumns()).as("label twins are not ignored columns").isEmpty();
    Observation china = find(file, "CHN", "2017");
    assertThat(china.value()).isEqualByComparingTo("44.25");
    assertThat(china.source()).isEqualTo("FX:8362");
    assertThat(china.series()).isEqualTo("ILOSTAT");
    assertThat(china.definition().orElseThrow().concept()).isEqualTo(Concept.UNION_DENSITY);
    assertThat(china.notes()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(Observation.NoteKind.INDICATOR);
      assertThat(n.code()).isEqualTo("T31:3503");
      assertThat(n.text()).isEqualTo("Trade union membership coverage: According to the national definition of trade union");
    });
    assertThat(find(file, "ISL", "2019").value()).isEqualByComparingTo("91.42");
  }

  @Test
  void readsCoverageAndIctwssExtracts() throws IOException {
    SeriesFile coverage = Series.read(INTERNATIONAL.resolve("ilostat-ILR_CBCT_NOC_RT_A.csv"));
    assertThat(coverage.observations()).hasSize(12);
    assertThat(find(coverage, "DEU", "2019").value()).isEqualByComparingTo("51.8");
    assertThat(find(coverage, "AUT", "2019").value().scale()).as("98 as written, a whole number").isZero();
    SeriesFile ictwss = Series.read(INTERNATIONAL.resolve("ictwss-AdjCov-eu.csv"));
    assertThat(ictwss.layout()).isEqualTo(Series.Layout.ICTWSS);
    assertThat(ictwss.observations()).extracting(Observation::refArea).as("iso2c made alpha-3")
        .contains("AUT", "DEU", "ESP", "SWE").doesNotContain("AT", "DE");
    assertThat(find(ictwss, "DEU", "2019").indicator()).isEqualTo("AdjCov");
    assertThat(find(ictwss, "DEU", "2019").value()).isEqualByComparingTo("52.0");
  }

  @Test
  void readsGzipAsItComes() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(Files.readAllBytes(DENSITY));
    }
    SeriesFile file = Series.read(new ByteArrayInputStream(zipped.toByteArray()), "d.csv.gz");
    assertThat(file.observations()).as("the same observations").isEqualTo(Series.read(DENSITY).observations());
  }

  @Test
  void readsIlostatsSdmxCsvNamingTheIndicatorByItsDataflow() throws IOException {
    SeriesFile file;
    try (InputStream in = SeriesTest.class.getResourceAsStream("ilostat-sdmx-density.csv")) {
      file = Series.read(in, "ilostat-sdmx-density.csv");
    }
    assertThat(file.layout()).isEqualTo(Series.Layout.SDMX_CSV);
    Observation china = find(file, "CHN", "2017");
    assertThat(china.indicator()).as("from ILO:DF_ILR_TUMT_NOC_RT(1.0), not MEASURE").isEqualTo("ILR_TUMT_NOC_RT");
    assertThat(china.series()).isEqualTo("ILOSTAT");
    assertThat(china.source()).isEqualTo("ADM - Statistical Yearbook");
    assertThat(china.notes()).extracting(Observation.Note::code).containsExactly("T31:3503");
    assertThat(china).as("the same value as the bulk file").extracting(Observation::value)
        .isEqualTo(find(Series.read(DENSITY), "CHN", "2017").value());
  }

  @Test
  void readsTheOecdsSdmxCsvWithStatusesMultipliersAndMissingValues() throws IOException {
    SeriesFile file = read("""
        STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,FREQ,MEASURE,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT
        DATAFLOW,OECD.ELS.SAE:DSD_TUD_CBC@DF_TUD(1.0),I,DEU: Germany,A,TUD,PT_EMP,2019,16.3,,0
        DATAFLOW,OECD.ELS.SAE:DSD_TUD_CBC@DF_TUD(1.0),I,DEU,A,TUD,PT_EMP,2020-Q1,16.5,P,0
        DATAFLOW,OECD.ELS.SAE:DSD_TUD_CBC@DF_TUD(1.0),I,FRA,A,TUD,PT_EMP,2020-03,,M,0
        """);
    assertThat(file.observations()).hasSize(2);
    Observation first = file.observations().get(0);
    assertThat(first.series()).isEqualTo("OECD");
    assertThat(first.refArea()).as("code of 'DEU: Germany'").isEqualTo("DEU");
    assertThat(first.definition().orElseThrow().code()).as("TUD is ICTWSS's UD").isEqualTo("UD");
    assertThat(file.observations().get(1).time()).isEqualTo("2020Q1");
    assertThat(file.observations().get(1).status()).isEqualTo(ObservationStatus.PROVISIONAL);
    assertThat(file.missing()).isEqualTo(Map.of("OBS_STATUS M (missing value)", 1L));
    assertThat(file.ignoredColumns()).containsExactly("STRUCTURE", "ACTION", "FREQ", "UNIT_MEASURE");
  }

  @Test
  void countsIctwsssMissingCodesAndNamesCountriesAnyWay() throws IOException {
    SeriesFile file = read("""
        country,year,UD,AdjCov,UnadjCov,Level,Coord
        Germany,2019,16.3,-88,-99,3,4
        "Korea, Republic of",2019,,,,-88,2
        """);
    assertThat(file.observations()).extracting(o -> o.refArea() + " " + o.indicator() + " " + o.value())
        .containsExactly("DEU UD 16.3", "DEU Level 3");
    assertThat(file.missing()).isEqualTo(Map.of("AdjCov -88 (no information)", 1L, "UnadjCov -99 (not applicable)", 1L,
        "UD empty", 1L, "AdjCov empty", 1L, "UnadjCov empty", 1L, "Level -88 (no information)", 1L));
    assertThat(file.valuesPerRow()).isEqualTo(4);
    assertThat(file.observations().size() + file.missing().values().stream().mapToLong(Long::longValue).sum())
        .as("observations + missing = rows x values a row").isEqualTo(file.rows() * file.valuesPerRow());
    assertThat(file.ignoredColumns()).containsExactly("Coord");
    assertThat(read("iso3,country_code,year,UD\nSWE,752,2019,65.2\n").observations().get(0).refArea())
        .isEqualTo("SWE");
    assertThat(read("country_code,year,UD\n752,2019,65.2\n").observations().get(0).refArea()).isEqualTo("SWE");
  }

  @Test
  void anEmptyValueIsCountedMissingNotDropped() throws IOException {
    SeriesFile file = read("ref_area,indicator,time,obs_value,obs_status\nCHN,ILR_TUMT_NOC_RT_A,2017,,\n"
        + "CHN,ILR_TUMT_NOC_RT_A,2016,44.56,B\n");
    assertThat(file.rows()).isEqualTo(2);
    assertThat(file.observations()).singleElement().extracting(Observation::status).isEqualTo(ObservationStatus.BREAK);
    assertThat(file.missing()).isEqualTo(Map.of("obs_value empty", 1L));
    assertThat(file.toString()).contains("2 rows, 1 observations, 1 values missing");
  }

  @Test
  void readsColumnsInAnyOrderAndCaseWithAByteOrderMark() throws IOException {
    SeriesFile file = read("\uFEFFTIME,OBS_VALUE,Ref_Area,INDICATOR,Sex,classif1,note_source\n"
        + "2019,65.21,SWE,ILR_TUMT_NOC_RT_A,SEX_T,ECO_SECTOR_TOTAL,R1:3513_S3:26\n");
    Observation o = file.observations().get(0);
    assertThat(o.refArea()).isEqualTo("SWE");
    assertThat(o.sex()).isEqualTo("SEX_T");
    assertThat(o.classifications()).containsExactly("ECO_SECTOR_TOTAL");
    assertThat(o.notes()).extracting(Observation.Note::code).as("split on _").containsExactly("R1:3513", "S3:26");
    assertThat(o.notes().get(0).text()).isEqualTo("Repository: ILO-STATISTICS - Micro data processing");
  }

  @Test
  void keepsANoteThatIsNotCodesWhole() throws IOException {
    Observation o = read("ref_area,indicator,time,obs_value,note_source\nSWE,ILR_TUMT_NOC_RT_A,2019,65.21,"
        + "Break_in_method: see report\n").observations().get(0);
    assertThat(o.notes()).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo("TEXT");
      assertThat(n.text()).isEqualTo("Break_in_method: see report");
    });
  }

  @Test
  void membershipCountsAreInThousands() throws IOException {
    Observation o = read("ref_area,indicator,time,obs_value\nDEU,ILR_TUMT_NOC_NB_A,2019,5934.5\n").observations().get(0);
    assertThat(o.unitPower()).isEqualTo(3);
    assertThat(o.interval().lower()).isEqualByComparingTo(new BigDecimal("5934450"));
  }

  @Test
  void writesWhatItReadsBackInIlostatsLayout(@TempDir Path dir) throws IOException {
    List<Observation> read = Series.read(DENSITY).observations();
    Path written = dir.resolve("out.csv");
    Series.writeIlostat(read, written);
    String text = Files.readString(written, StandardCharsets.UTF_8);
    assertThat(text).as("no byte order mark, to append to a bulk file").startsWith("ref_area,source,indicator,sex,time");
    assertThat(Series.read(written).observations()).isEqualTo(read);
  }

  @Test
  void aQuoteLeftOpenIsNotCsv() {
    assertThatThrownBy(() -> read("ref_area,indicator,time,obs_value\n\"CHN,ILR_TUMT_NOC_RT_A,2017,44.25\n"))
        .isInstanceOf(UnionFormatException.class).hasMessageContaining("s.csv:").hasMessageContaining("is not CSV");
  }
}
