package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.Programme;
import org.unionkit.model.ProgrammeId;
import org.unionkit.model.ProgrammeKind;
import org.unionkit.model.Quantity;
import org.unionkit.model.Relation;
import org.unionkit.model.ReportedFigure;

/**
 * The one description of each record type agrees with the schema shipped for it, and every route that
 * writes such records writes the fields it describes, in its order.
 */
class RecordFieldTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static RecordField<?, ?>[] described(String definition) {
    return switch (definition) {
      case "Member" -> MemberField.values();
      case "Organisation" -> OrganisationField.values();
      case "CollectiveContract" -> ContractField.values();
      case "Programme" -> ProgrammeField.values();
      case "ReportedFigure" -> FigureField.values();
      case "Relation" -> RelationField.values();
      case "Metadata" -> MetadataField.values();
      default -> throw new IllegalArgumentException(definition);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"Member", "Organisation", "CollectiveContract", "Programme", "ReportedFigure", "Relation",
      "Metadata"})
  void theSchemasDefinitionHasTheDescribedFieldsInTheirOrderAndTheRequiredOnes(String definition) {
    JsonNode schema = SchemaSupport.datasetSchemaTree().path("$defs").path(definition);
    List<String> properties = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(properties::add);
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asText()));

    assertThat(properties).as("properties").isEqualTo(RecordField.names(described(definition)));
    assertThat(required).as("required").containsExactlyInAnyOrderElementsOf(RecordField.required(described(definition)));
  }

  @Test
  void theBirthYearAndTheCitizenIdAreThePersonalFieldsAndTheOnlyOnes() {
    assertThat(Arrays.stream(MemberField.values()).filter(MemberField::personal).map(MemberField::field))
        .containsExactly("birthYear", "citizenId");
    assertThat(Arrays.stream(OrganisationField.values()).filter(OrganisationField::personal)).as("organisations")
        .isEmpty();
    assertThat(Arrays.stream(ContractField.values()).filter(ContractField::personal)).as("contracts").isEmpty();
    for (String definition : List.of("Programme", "ReportedFigure", "Relation", "Metadata")) {
      assertThat(Arrays.stream(described(definition)).filter(RecordField::personal)).as(definition).isEmpty();
    }
  }

  /**
   * The seed's figures, relations and metadata, and a programme with outputs, are written with the fields
   * that have a value in the described order, and read back equal.
   */
  @Test
  void theDocumentsOtherRecordsAreWrittenInTheDescribedOrderAndReadBack() throws IOException {
    DatasetDocument seed = UnionJson.readDataset(Path.of("..", "seeds", "hebei-2020.json"));
    assertThat(seed.dataset().figures()).as("the seed's figures").hasSizeGreaterThan(60);
    assertThat(seed.dataset().relations()).as("the seed's relations").isNotEmpty();
    for (ReportedFigure f : seed.dataset().figures()) {
      assertWrittenInOrder(f, FigureField.values(), ReportedFigure.class);
    }
    for (Relation r : seed.dataset().relations()) {
      assertWrittenInOrder(r, RelationField.values(), Relation.class);
    }
    assertWrittenInOrder(seed.metadata(), MetadataField.values(), Metadata.class);
    Programme.Builder programme = Programme.builder().id(ProgrammeId.parse("P-1")).kind(ProgrammeKind.values()[0])
        .organiser(seed.dataset().organisations().get(0).id()).period(seed.metadata().period());
    assertWrittenInOrder(programme.build(), ProgrammeField.values(), Programme.class);
    assertWrittenInOrder(programme.putOutputs("trained", Quantity.parse("3.5万人"))
        .putOutputs("sessions", Quantity.parse("120场")).build(), ProgrammeField.values(), Programme.class);
  }

  /** The record's JSON keys are the described fields that have a value (an object always has one), in order. */
  private static <T> void assertWrittenInOrder(T record, RecordField<T, ?>[] fields, Class<T> type) throws IOException {
    String json = UnionJson.mapper().writeValueAsString(record);
    assertThat(keys(json)).as("the keys of %s", json).isEqualTo(Arrays.stream(fields)
        .filter(f -> f.kind() == RecordField.Kind.OBJECT ? f.spec().object().apply(record).isPresent()
            : !f.values(record).isEmpty())
        .map(RecordField::field).toList());
    assertThat(UnionJson.mapper().readValue(json, type)).as("%s read back", json).isEqualTo(record);
  }

  /** A record's JSON holds the fields with a value, in the described order; its CSV row, every column. */
  @Test
  void theWritersWriteTheDescribedFieldsInOrder() {
    qt().withExamples(100).forAll(Generated.datasets()).checkAssert(d -> {
      try {
        String[] lines = NdjsonProperties.write(d.members()).split("\n");
        for (int i = 0; i < d.members().size(); i++) {
          Member m = d.members().get(i);
          assertThat(keys(lines[i])).as("the keys of %s", lines[i]).isEqualTo(Arrays.stream(MemberField.values())
              .filter(f -> !f.values(m).isEmpty()).map(MemberField::field).toList());
          assertThat(CsvRow.cells(m)).as("one cell a column").hasSize(CsvRow.MEMBER_COLUMNS.size());
        }
        for (Organisation o : d.organisations()) {
          String json = UnionJson.mapper().writeValueAsString(o);
          assertThat(keys(json)).as("the keys of %s", json).isEqualTo(Arrays.stream(OrganisationField.values())
              .filter(f -> !f.values(o).isEmpty()).map(OrganisationField::field).toList());
          assertThat(CsvRow.cells(o)).as("one cell a column").hasSize(CsvRow.ORGANISATION_COLUMNS.size());
        }
        for (CollectiveContract c : d.contracts()) {
          String json = UnionJson.mapper().writeValueAsString(c);
          assertThat(keys(json)).as("the keys of %s", json).isEqualTo(Arrays.stream(ContractField.values())
              .filter(f -> !f.values(c).isEmpty()).map(ContractField::field).toList());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertThat(CsvRow.MEMBER_COLUMNS).as("the member columns").isEqualTo(MemberField.names());
    assertThat(CsvRow.ORGANISATION_COLUMNS).as("the organisation columns")
        .isEqualTo(RecordField.names(OrganisationField.values()));
  }

  private static List<String> keys(String json) throws IOException {
    List<String> keys = new ArrayList<>();
    PLAIN.readTree(json).fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
