package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.testkit.UnionGenerators;

/** The register columns are the CSV's, typed: counts and dates named, everything else text. */
class RegisterColumnsTest {
  private static final int CITIZEN_ID = Csv.memberColumns().indexOf("citizenId");

  private static Map<String, RegisterColumns.Type> typed(RegisterColumns<?> columns) {
    Map<String, RegisterColumns.Type> typed = new TreeMap<>();
    for (int i = 0; i < columns.names().size(); i++) {
      if (columns.types().get(i) != RegisterColumns.Type.TEXT) {
        typed.put(columns.names().get(i), columns.types().get(i));
      }
    }
    return typed;
  }

  @Test
  void theMemberColumnsAreTheCsvsWithTheBirthYearACountAndTheJoiningAndLeavingDates() {
    assertThat(RegisterColumns.members().names()).as("the names").isEqualTo(Csv.memberColumns());
    assertThat(RegisterColumns.members().types()).as("one type a column").hasSize(Csv.memberColumns().size());
    assertThat(typed(RegisterColumns.members())).as("the columns other than text").isEqualTo(Map.of(
        "birthYear", RegisterColumns.Type.COUNT, "joined", RegisterColumns.Type.DATE,
        "left", RegisterColumns.Type.DATE));
  }

  @Test
  void theOrganisationColumnsAreTheCsvsWithTheEmployeesACountAndTheFoundingAndDissolutionDates() {
    assertThat(RegisterColumns.organisations().names()).as("the names").isEqualTo(List.of("id", "name",
        "englishName", "kind", "parent", "region", "industry", "ownership", "employees", "founded", "dissolved"));
    assertThat(typed(RegisterColumns.organisations())).as("the columns other than text").isEqualTo(Map.of(
        "employees", RegisterColumns.Type.COUNT, "founded", RegisterColumns.Type.DATE,
        "dissolved", RegisterColumns.Type.DATE));
  }

  /** The generated records hold no formula character, so the CSV's cells are the texts unchanged. */
  @Test
  void theCellsAreWhatTheCsvWriterWritesForTheRecord() throws IOException {
    UnionGenerators g = UnionGenerators.seeded(17);
    List<Organisation> unions = g.province(2, 2, 3);
    List<Member> members = new ArrayList<>();
    for (Organisation u : unions) {
      for (int i = 0; i < 5; i++) {
        members.add(g.member(u.id()));
      }
    }
    ByteArrayOutputStream memberCsv = new ByteArrayOutputStream();
    try (RecordWriter<Member> writer = Csv.memberWriter(memberCsv, StandardCharsets.UTF_8)) {
      for (Member m : members) {
        writer.write(m);
      }
    }
    ByteArrayOutputStream organisationCsv = new ByteArrayOutputStream();
    try (RecordWriter<Organisation> writer = Csv.organisationWriter(organisationCsv, StandardCharsets.UTF_8)) {
      for (Organisation o : unions) {
        writer.write(o);
      }
    }
    assertThat(rows(memberCsv)).as("the member rows")
        .isEqualTo(members.stream().map(RegisterColumns.members()::cells).toList());
    assertThat(rows(organisationCsv)).as("the organisation rows")
        .isEqualTo(unions.stream().map(RegisterColumns.organisations()::cells).toList());
    assertThat(members.stream().map(RegisterColumns.members()::cells).filter(c -> !c.get(CITIZEN_ID).isEmpty()))
        .as("some members have a citizen ID number, written in full").isNotEmpty()
        .allSatisfy(c -> assertThat(c.get(CITIZEN_ID)).as("an ID number").hasSize(18));
  }

  /** The rows after the header, each a list of cells. */
  private static List<List<String>> rows(ByteArrayOutputStream csv) throws IOException {
    String text = csv.toString(StandardCharsets.UTF_8).substring(1); // after the byte order mark
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = CsvCells.MAPPER.readerForListOf(String.class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
      it.forEachRemaining(rows::add);
    }
    return rows.subList(1, rows.size());
  }
}
