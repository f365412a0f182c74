package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.io.Series;
import org.unionkit.io.SeriesFile;
import org.unionkit.stats.Observation;

/** {@code unionkit compare} on a generated province and the shipped extracts of ILOSTAT and ICTWSS. */
class CompareTest {
  private static final String INTERNATIONAL = Path.of("..", "seeds", "international").toString();
  private static final String DENSITY = INTERNATIONAL + "/ilostat-ILR_TUMT_NOC_RT_A.csv";
  private static final String COVERAGE = INTERNATIONAL + "/ilostat-ILR_CBCT_NOC_RT_A.csv";
  private static final String ICTWSS = INTERNATIONAL + "/ictwss-AdjCov-eu.csv";

  @TempDir
  static Path dir;

  @BeforeAll
  static void generate() {
    assertThat(Run.of("generate", "--members", "3000", "--seed", "5", "--out", dir.toString()).status()).isZero();
  }

  private static Run compare(String... more) {
    List<String> args = new ArrayList<>(List.of("compare", dir.resolve("dataset.json").toString(), "--members",
        dir.resolve("members.ndjson").toString()));
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  @Test
  void printsOneTableAConceptWithEveryDifferenceStated() {
    Run run = compare("--ilostat", DENSITY, "--ilostat", COVERAGE, "--ictwss", ICTWSS, "--employees", "4万人",
        "--area", "CHN,DEU");
    assertThat(run.status()).as("exit status; stderr %s", run.err()).isZero();
    assertThat(run.out()).contains("Unit of comparison 比较单位: CN-HE 河北省总工会, 2020")
        .contains("union density and membership rates 工会密度与入会率")
        .contains("reference 参照: ILOSTAT ILR_TUMT_NOC_RT: union members who are employees / all employees")
        .contains("membership-rate-unionised-units")
        .contains("above the line: count union members who are employees (在职职工会员), not all members")
        .contains("below the line: count all employees (全部职工（雇员）), not employees of units with a union only")
        .contains("area CHN, not CN-HE 河北省总工会").contains("time 2017, not 2020")
        .contains("T31:3503: Trade union membership coverage: According to the national definition of trade union")
        .contains("collective bargaining coverage 集体合同覆盖率")
        .contains("ICTWSS AdjCov 52.0% vs ILOSTAT ILR_CBCT_NOC_RT_A 51.8% (DEU 2019): INCONSISTENT")
        .contains("League table 排名").contains("CHN 2017 ILOSTAT");
    assertThat(run.out()).as("4万人 is a rounded figure: density is a range, flagged E")
        .containsPattern("union-density +2020 +[\\[(][0-9.]+%, [0-9.]+%[\\])] +E +yes");
    assertThat(run.out()).as("rows of other areas are left out").doesNotContain("ISL        ILR_TUMT");
  }

  @Test
  void jsonHoldsTheSameRowsChecksAndRanks() throws IOException {
    Run run = compare("--ilostat", DENSITY, "--ictwss", ICTWSS, "--employees", "40000", "--json");
    assertThat(run.status()).as("exit status; stderr %s", run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode density = json.at("/comparisons/0/tables/0");
    assertThat(density.get("concept").asText()).isEqualTo("UNION_DENSITY");
    assertThat(density.get("rows")).anySatisfy(row -> {
      assertThat(row.get("code").asText()).isEqualTo("membership-rate-unionised-units");
      assertThat(row.get("comparable").asBoolean()).isFalse();
      assertThat(row.get("notes").toString()).contains("above the line");
    });
    assertThat(density.get("rows")).anySatisfy(row -> {
      assertThat(row.get("code").asText()).isEqualTo("union-density");
      assertThat(row.get("status").asText()).as("exact counts").isEqualTo("NORMAL");
    });
    assertThat(density.get("league")).as("the extract's 15 areas, each at its nearest year, and the province")
        .hasSize(16);
    assertThat(json.at("/series/1/layout").asText()).isEqualTo("ICTWSS");
    assertThat(json.at("/read/counted").asLong()).isPositive();
  }

  @Test
  void writesTheProvinceAndCitiesInIlostatsLayout(@TempDir Path out) throws IOException {
    Path written = out.resolve("unionkit.csv");
    Run run = compare("--ilostat", DENSITY, "--employees", "40000", "--ilostat-out", written.toString());
    assertThat(run.status()).as("exit status; stderr %s", run.err()).isZero();
    SeriesFile file = Series.read(written);
    assertThat(file.observations()).as("the province's density under ILOSTAT's code").anySatisfy(o -> {
      assertThat(o.refArea()).isEqualTo("CN-HE");
      assertThat(o.indicator()).isEqualTo("ILR_TUMT_NOC_RT_A");
      assertThat(o.series()).isEqualTo("unionkit");
      assertThat(o.notes()).extracting(Observation.Note::type).contains("UKN", "UKD", "UKA");
    });
    assertThat(file.observations()).as("a city's 入会率 under unionkit's id").anySatisfy(o -> {
      assertThat(o.refArea()).isEqualTo("CN-130100");
      assertThat(o.indicator()).isEqualTo("membership-rate-unionised-units");
    });
  }

  @Test
  void refusesWhatItCannotCompare() {
    Run none = compare();
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("name a series to compare with");
    Run swapped = compare("--ilostat", ICTWSS);
    assertThat(swapped.status()).isEqualTo(1);
    assertThat(swapped.err()).contains("is ICTWSS CSV, not a file for --ilostat");
    Run figure = compare("--ilostat", DENSITY, "--employees", "many");
    assertThat(figure.status()).isEqualTo(2);
    assertThat(figure.err()).contains("'many' is not a figure such as 1200万人");
    Run unentitled = compare("--ilostat", DENSITY, "--employees", "4万人", "--without-bargaining-right", "5万人");
    assertThat(unentitled.status()).isEqualTo(2);
    assertThat(unentitled.err()).contains("--without-bargaining-right ([45000, 55000)) may exceed --employees");
    Run day = compare("--ilostat", DENSITY, "--as-of", "2020-06-30");
    assertThat(day.status()).isEqualTo(2);
    assertThat(day.err()).contains("compare counts a calendar year, a quarter or a month");
    Run missing = compare("--ilostat", INTERNATIONAL + "/nowhere.csv");
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("nowhere.csv: no such file");
  }
}
