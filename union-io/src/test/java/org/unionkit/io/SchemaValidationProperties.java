package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.unionkit.model.ContractKind;
import org.unionkit.model.ContractScope;
import org.unionkit.model.Dataset;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.HardshipStatus;
import org.unionkit.model.Honour;
import org.unionkit.model.Member;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Ownership;
import org.unionkit.model.ProgrammeKind;
import org.unionkit.model.Quantity;
import org.unionkit.model.Sex;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.Tally;
import org.unionkit.testkit.UnionGenerators;

/**
 * The JSON Schemas shipped in the jar describe what the writer writes: every generated document and
 * member line validates, and the schemas refuse what the strict reader refuses (unknown fields,
 * fractional counts, missing fields, unknown codes, another major version), at the same JSON Pointer.
 */
class SchemaValidationProperties {

  // ---- properties: what the writer writes validates -----------------------------------------

  @Test
  void everyWrittenDatasetDocumentValidates() {
    qt().withExamples(300).forAll(longs().all(), integers().between(2, 4), integers().between(1, 3),
        integers().between(0, 8)).checkAssert((seed, levels, children, members) -> {
          DatasetDocument document = SchemaSupport.document(seed, levels, children, members);
          JsonNode written = SchemaSupport.tree(SchemaSupport.written(document));
          assertThat(SchemaSupport.errors(SchemaSupport.dataset(), written))
              .as("dataset.schema.json errors in the document of seed %d, %d levels", seed, levels).isEmpty();
        });
  }

  @Test
  void everyWrittenMemberLineValidates() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 12)).checkAssert((seed, members) -> {
      Dataset dataset = UnionGenerators.seeded(seed).dataset(3, 3, members);
      List<String> lines = memberLines(dataset.members());
      assertThat(lines).as("one line per member").hasSize(dataset.members().size());
      for (int i = 0; i < lines.size(); i++) {
        assertThat(SchemaSupport.errors(SchemaSupport.member(), lines.get(i)))
            .as("member.schema.json errors in line %d of seed %d", i + 1, seed).isEmpty();
      }
    });
  }

  @Test
  void everyWrittenQuantityMatchesTheWrittenFigureGrammar() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      UnionGenerators generators = UnionGenerators.seeded(seed);
      for (int i = 0; i < 20; i++) {
        Quantity quantity = generators.quantity();
        assertThat(SchemaSupport.errors(SchemaSupport.definition("Quantity"), TextNode.valueOf(quantity.toString())))
            .as("Quantity errors for %s", quantity).isEmpty();
      }
    });
  }

  @Test
  void everyWrittenScalarMatchesItsDefinition() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      UnionGenerators generators = UnionGenerators.seeded(seed);
      for (int i = 0; i < 10; i++) {
        assertScalar("Region", generators.region().toString());
        assertScalar("Industry", generators.industry().toString());
        assertScalar("ReportingPeriod", generators.period().toString());
        assertScalar("CitizenId", generators.citizenId().unmaskedText());
        assertScalar("Identifier", generators.identifierText());
        assertScalar("Interval", generators.interval().toString());
      }
    });
  }

  @Test
  void writtenRatiosAndTalliesValidate() {
    qt().withExamples(200)
        .forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE), longs().all())
        .checkAssert((numerator, denominator, seed) -> {
          for (Ratio ratio : List.of(Ratio.of(numerator, denominator), Ratio.of(numerator, 0),
              Ratio.of(numerator % 1000, 1 + denominator % 1000))) {
            assertThat(SchemaSupport.errors(SchemaSupport.definition("Ratio"), written(ratio)))
                .as("Ratio errors for %s", ratio).isEmpty();
          }
          Tally tally = Tally.of(UnionGenerators.seeded(seed).dataset(3, 3, 6))
              .with(Measure.EMPLOYEES_IN_SCOPE, numerator).with(Measure.TOTAL_SPENDING, denominator);
          assertThat(SchemaSupport.errors(SchemaSupport.definition("Tally"), written(tally)))
              .as("Tally errors for %s", tally).isEmpty();
        });
  }

  // ---- examples: the schemas refuse what the strict reader refuses -----------------------------

  @Test
  void refusesAnUnknownFieldWhereverItStands() {
    assertRefused("/members/0/x-hr-system-key", doc -> member(doc).put("x-hr-system-key", "A-17"));
    assertRefused("/contracts/0/x-note", doc -> contract(doc).put("x-note", "renewed"));
    assertRefused("/metadata/source/x-page", doc -> ((ObjectNode) doc.get("metadata").get("source")).put("x-page", 4));
    assertRefused("/x-exported-by", doc -> doc.put("x-exported-by", "HR system"));
  }

  @Test
  void refusesAFractionalCount() {
    assertRefused("/contracts/0/coveredEmployees",
        doc -> contract(doc).put("coveredEmployees", new BigDecimal("120.5")));
    assertRefused("/organisations/0/employees", doc -> organisation(doc).put("employees", new BigDecimal("99.9")));
    assertRefused("/members/0/birthYear", doc -> member(doc).put("birthYear", new BigDecimal("1980.5")));
  }

  @Test
  void refusesANegativeCount() {
    assertRefused("/contracts/0/coveredEmployees", doc -> contract(doc).put("coveredEmployees", -1));
  }

  @Test
  void refusesAMissingRequiredField() {
    assertRefused("/members/0/workRelation", doc -> member(doc).remove("workRelation"));
    assertRefused("/contracts/0/validity", doc -> contract(doc).remove("validity"));
    assertRefused("/figures/0/source", doc -> figure(doc).remove("source"));
    assertRefused("/metadata", doc -> doc.remove("metadata"));
  }

  @Test
  void refusesACodeOutsideItsList() {
    assertRefused("/members/0/employmentForm", doc -> member(doc).put("employmentForm", "COURIERS"));
    assertRefused("/members/0/sex", doc -> member(doc).put("sex", "male"));
    assertRefused("/organisations/0/kind", doc -> organisation(doc).put("kind", "FEDERATION"));
    assertRefused("/contracts/0/scope", doc -> contract(doc).put("scope", "NATIONAL"));
  }

  @Test
  void refusesAnotherMajorVersion() {
    ObjectNode document = sample();
    document.put("schemaVersion", "2.0");
    assertThat(SchemaSupport.locations(SchemaSupport.dataset(), document)).as("where the schema refuses 2.0")
        .contains("/schemaVersion");
    assertThatThrownBy(() -> read(document)).as("the reader refuses 2.0")
        .isInstanceOfSatisfying(UnionFormatException.class, e -> {
          assertThat(e.path()).as("path").isEqualTo("/schemaVersion");
          assertThat(e.reason()).as("reason names the versions read").contains("1.x");
        });
    document.put("schemaVersion", "1.7");
    assertThat(SchemaSupport.errors(SchemaSupport.dataset(), document)).as("a later minor version of 1").isEmpty();
  }

  @Test
  void memberSchemaRefusesWhatTheDatasetSchemaRefusesInAMember() {
    ObjectNode line = member(sample()).deepCopy();
    assertThat(SchemaSupport.errors(SchemaSupport.member(), line)).as("a written member").isEmpty();
    line.put("hardship", "POOR");
    assertThat(SchemaSupport.locations(SchemaSupport.member(), line)).as("a bad hardship status").contains("/hardship");
    line.remove("hardship");
    line.put("citizenId", "11010519491231002x");
    assertThat(SchemaSupport.locations(SchemaSupport.member(), line)).as("a lower-case check character")
        .contains("/citizenId");
    line.remove("citizenId");
    line.remove("organisation");
    assertThat(SchemaSupport.errors(SchemaSupport.member(), line)).as("a member without organisation").isNotEmpty();
  }

  @Test
  void contractAndOrganisationRulesAreChecked() {
    assertThat(SchemaSupport.errors(SchemaSupport.definition("CollectiveContract"), SchemaSupport.tree(
        "{\"id\":\"C1\",\"kind\":\"WAGES\",\"scope\":\"ENTERPRISE\",\"union\":\"O1\",\"employer\":\"某公司\","
            + "\"validity\":\"2020\",\"coveredEmployees\":40,\"coveredEnterprises\":2}")))
        .as("an enterprise contract binding two enterprises").isNotEmpty();
    assertThat(SchemaSupport.errors(SchemaSupport.definition("CollectiveContract"), SchemaSupport.tree(
        "{\"id\":\"C1\",\"kind\":\"WAGES\",\"scope\":\"INDUSTRY\",\"union\":\"O1\",\"employer\":\"某协会\","
            + "\"validity\":\"2020\",\"coveredEmployees\":40,\"coveredEnterprises\":2}")))
        .as("an industry contract without industry").isNotEmpty();
    assertThat(SchemaSupport.errors(SchemaSupport.definition("Organisation"), SchemaSupport.tree(
        "{\"id\":\"O1\",\"name\":\"河北省总工会\",\"kind\":\"PROVINCIAL_FEDERATION\",\"ownership\":\"PRIVATE\"}")))
        .as("ownership on a federation").isNotEmpty();
    assertThat(SchemaSupport.errors(SchemaSupport.definition("Programme"), SchemaSupport.tree(
        "{\"id\":\"P1\",\"kind\":\"OTHER\",\"organiser\":\"O1\",\"period\":\"2020\"}")))
        .as("a programme of kind OTHER without name").isNotEmpty();
  }

  @Test
  void quantityPatternAgreesWithTheParser() {
    List<String> read = List.of("14万余人", "6800多万元", "10余万人", "40万+人次", "约5万人", "5万人左右", "近9000人",
        "逾1000人", "超过5万人", "不足100人", "不到100人", "418家", "27.2%", "5.10万份", "3.2万多篇", "1.5万亿元", "7+批次",
        "2744万元", "98名", "12.50元", "90%以上", "1亿人以上", "100人以下", "12宗", "3座以上", "5万吨");
    List<String> refused = List.of("14万余余人", "约5万人左右", "5", "5万", "人", "5人人", "14余万余人",
        ".5万人", "5.万人", "5万+多人", "-5人", "5 人", "约 5万人", "+5人", "5以上", "12,34人", "5ab");
    // The parser reads these too, and writes them in the digits the schema describes.
    for (String lenient : List.of("近万人", "五万人", "十余万人", "１２３人", "12,345人")) {
      String written = Quantity.parse(lenient).toString();
      assertThat(written).as("%s written", lenient).isNotEqualTo(lenient);
      assertThat(SchemaSupport.errors(SchemaSupport.definition("Quantity"), TextNode.valueOf(written)))
          .as("Quantity errors for %s, written for %s", written, lenient).isEmpty();
      assertThat(SchemaSupport.errors(SchemaSupport.definition("Quantity"), TextNode.valueOf(lenient)))
          .as("the schema describes the written form only, not %s", lenient).isNotEmpty();
    }
    for (String text : read) {
      assertThat(Quantity.parse(text).toString()).as("parse and write %s", text).isEqualTo(text);
      assertThat(SchemaSupport.errors(SchemaSupport.definition("Quantity"), TextNode.valueOf(text)))
          .as("Quantity errors for %s", text).isEmpty();
    }
    for (String text : refused) {
      assertThatThrownBy(() -> Quantity.parse(text)).as("the parser refuses %s", text)
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(SchemaSupport.errors(SchemaSupport.definition("Quantity"), TextNode.valueOf(text)))
          .as("Quantity errors for %s", text).isNotEmpty();
    }
  }

  @Test
  void schemaListsEveryConstantOfTheModel() {
    JsonNode defs = SchemaSupport.datasetSchemaTree().get("$defs");
    Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
    enums.put("OrganisationKind", OrganisationKind.class);
    enums.put("Ownership", Ownership.class);
    enums.put("Sex", Sex.class);
    enums.put("WorkRelation", WorkRelation.class);
    enums.put("EmploymentForm", EmploymentForm.class);
    enums.put("SkillLevel", SkillLevel.class);
    enums.put("Honour", Honour.class);
    enums.put("HardshipStatus", HardshipStatus.class);
    enums.put("ContractKind", ContractKind.class);
    enums.put("ContractScope", ContractScope.class);
    enums.put("ProgrammeKind", ProgrammeKind.class);
    for (Map.Entry<String, Class<? extends Enum<?>>> e : enums.entrySet()) {
      assertThat(texts(defs.get(e.getKey()).get("enum"))).as("the values of %s", e.getKey())
          .containsExactlyElementsOf(names(e.getValue()));
    }
    assertThat(texts(defs.get("Tally").get("propertyNames").get("enum"))).as("the measures of a tally")
        .containsExactlyElementsOf(names(Measure.class));
  }

  @Test
  void schemasAreDraft202012WithVersionedIdentifiers() {
    for (String name : List.of("dataset", "member")) {
      JsonNode schema;
      try (var in = UnionJson.schema(name)) {
        schema = SchemaSupport.TREES.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(schema.get("$schema").asText()).as("$schema of %s", name)
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.get("$id").asText()).as("$id of %s", name)
          .isEqualTo(SchemaSupport.BASE + name + ".schema.json");
    }
    assertThat(SchemaSupport.BASE).as("the identifiers carry the major.minor version written")
        .contains("/" + DatasetDocument.SCHEMA_VERSION + "/");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /**
   * Changes a sample document, then checks that the schema refuses it at {@code pointer} (or, for a
   * missing field, at the object that lacks it) and that the strict reader refuses it at {@code pointer}.
   */
  private static void assertRefused(String pointer, Consumer<ObjectNode> change) {
    ObjectNode document = sample();
    change.accept(document);
    String parent = pointer.substring(0, pointer.lastIndexOf('/'));
    assertThat(SchemaSupport.locations(SchemaSupport.dataset(), document)).as("where the schema refuses %s", pointer)
        .containsAnyOf(pointer, parent);
    assertThatThrownBy(() -> read(document)).as("the strict reader refuses %s", pointer)
        .isInstanceOfSatisfying(UnionFormatException.class,
            e -> assertThat(e.path()).as("the reader's path").isEqualTo(pointer));
  }

  /** A written document holding at least one organisation, member, contract, programme and figure. */
  private static ObjectNode sample() {
    for (long seed = 1; ; seed++) {
      DatasetDocument document = SchemaSupport.document(seed, 3, 2, 3);
      Dataset d = document.dataset();
      if (!d.members().isEmpty() && !d.contracts().isEmpty() && !d.figures().isEmpty()) {
        return (ObjectNode) SchemaSupport.tree(SchemaSupport.written(document));
      }
    }
  }

  private static ObjectNode member(JsonNode document) {
    return (ObjectNode) document.get("members").get(0);
  }

  private static ObjectNode contract(JsonNode document) {
    return (ObjectNode) document.get("contracts").get(0);
  }

  private static ObjectNode organisation(JsonNode document) {
    return (ObjectNode) document.get("organisations").get(0);
  }

  private static ObjectNode figure(JsonNode document) {
    return (ObjectNode) document.get("figures").get(0);
  }

  private static DatasetDocument read(JsonNode document) throws IOException {
    byte[] bytes = SchemaSupport.TREES.writeValueAsBytes(document);
    return UnionJson.readDataset(new ByteArrayInputStream(bytes), "sample.json", null);
  }

  private static List<String> memberLines(List<Member> members) {
    StringWriter out = new StringWriter();
    try (RecordWriter<Member> writer = Ndjson.writer(out, Member.class)) {
      for (Member m : members) {
        writer.write(m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().lines().toList();
  }

  private static JsonNode written(Object value) {
    try {
      return SchemaSupport.tree(UnionJson.mapper().writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertScalar(String definition, String text) {
    assertThat(SchemaSupport.errors(SchemaSupport.definition(definition), TextNode.valueOf(text)))
        .as("%s errors for a generated value", definition).isEmpty();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
