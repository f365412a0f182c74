package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A lenient read keeps unknown fields at every level and writing puts them back unchanged. */
class LenientModeTest {
  private static final String DOCUMENT = """
      {"schemaVersion": "1.3",
       "metadata": {"title": "t", "source": {"document": "d", "x-archive": "A-7"}, "period": "2020", "x-owner": {"team": "HR"}},
       "organisations": [{"id": "U1", "name": "工会", "kind": "GRASSROOTS_UNION", "x-erp-key": [1, 2.50, "三"]}],
       "members": [{"id": "M1", "organisation": "U1", "workRelation": "EMPLOYEE", "employmentForm": "STANDARD",
                    "x-badge": null, "x-score": 12345678901234567890.000}],
       "figures": [{"id": "f1", "quantity": "14万余人", "measure": "慰问", "englishMeasure": "visited", "period": "2020",
                    "source": {"document": "d", "x-page": 7}}],
       "x-exported-by": "hr-system 4.2"}
      """;

  @Test
  void unknownFieldsSurviveAReadWriteCycleWithTheirValues() throws IOException {
    UnknownFields unknown = new UnknownFields();
    DatasetDocument doc = UnionJson.readDataset(
        new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)), "newer.json", unknown);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnionJson.writeDataset(doc, out, unknown);

    // Compared as exact decimals: 2.50 must come back as 2.50, not 2.5.
    ObjectMapper plain = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    JsonNode original = plain.readTree(DOCUMENT);
    JsonNode written = plain.readTree(out.toByteArray());
    for (String pointer : new String[] {"/x-exported-by", "/metadata/x-owner", "/metadata/source/x-archive",
        "/organisations/0/x-erp-key", "/members/0/x-badge", "/members/0/x-score", "/figures/0/source/x-page"}) {
      assertThat(written.at(pointer)).as("%s written back", pointer).isEqualTo(original.at(pointer));
    }
    assertThat(written.at("/members/0/x-score").decimalValue().toPlainString()).as("a long decimal keeps every digit")
        .isEqualTo("12345678901234567890.000");
    assertThat(written.at("/organisations/0/x-erp-key/1").decimalValue().toPlainString()).as("2.50 keeps its zero")
        .isEqualTo("2.50");
    assertThat(written.at("/schemaVersion").asText()).as("the version read is kept, since its fields are")
        .isEqualTo("1.3");
    assertThat(unknown.of(doc.dataset().organisations().get(0))).as("kept for the organisation").containsKey("x-erp-key");
  }

  @Test
  void theSameDocumentFailsAStrictRead() {
    assertThatThrownBy(() -> UnionJson.readDataset(
        new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)), "newer.json", null))
        .as("strict read of a newer minor version's fields")
        .isInstanceOf(UnionFormatException.class)
        .hasMessageContaining("/metadata/source/x-archive")
        .hasMessageContaining("read leniently");
  }
}
