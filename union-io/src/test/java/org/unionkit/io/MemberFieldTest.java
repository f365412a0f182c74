package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Member;

/**
 * The one description of a member record agrees with the schema shipped for it, and every route that
 * writes members writes the fields it describes, in its order.
 */
class MemberFieldTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void theSchemasMemberHasTheDescribedFieldsInTheirOrderAndTheRequiredOnes() {
    JsonNode member = SchemaSupport.datasetSchemaTree().path("$defs").path("Member");
    List<String> properties = new ArrayList<>();
    member.path("properties").fieldNames().forEachRemaining(properties::add);
    List<String> required = new ArrayList<>();
    member.path("required").forEach(name -> required.add(name.asText()));

    assertThat(properties).as("properties").isEqualTo(MemberField.names());
    assertThat(required).as("required").containsExactlyInAnyOrderElementsOf(Arrays.stream(MemberField.values())
        .filter(MemberField::required).map(MemberField::field).toList());
  }

  @Test
  void theBirthYearAndTheCitizenIdAreThePersonalFields() {
    assertThat(Arrays.stream(MemberField.values()).filter(MemberField::personal).map(MemberField::field))
        .containsExactly("birthYear", "citizenId");
  }

  /** A member's NDJSON line holds the fields with a value, in the described order; its CSV row, every column. */
  @Test
  void theWritersWriteTheDescribedFieldsInOrder() {
    qt().withExamples(100).forAll(Generated.datasets()).checkAssert(d -> {
      try {
        String[] lines = NdjsonProperties.write(d.members()).split("\n");
        for (int i = 0; i < d.members().size(); i++) {
          Member m = d.members().get(i);
          List<String> keys = new ArrayList<>();
          PLAIN.readTree(lines[i]).fieldNames().forEachRemaining(keys::add);
          assertThat(keys).as("the keys of %s", lines[i]).isEqualTo(Arrays.stream(MemberField.values())
              .filter(f -> !f.values(m).isEmpty()).map(MemberField::field).toList());
          assertThat(CsvRow.cells(m)).as("one cell a column").hasSize(CsvRow.MEMBER_COLUMNS.size());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertThat(CsvRow.MEMBER_COLUMNS).as("the CSV columns").isEqualTo(MemberField.names());
  }
}
