package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad documents fail with a UnionFormatException naming the file, line, column and JSON path. */
class ErrorLocationTest {
  /** A valid head: the version on line 1, metadata on line 2; the tested content starts on line 3. */
  private static final String HEAD = "{\"schemaVersion\": \"1.0\",\n"
      + "\"metadata\": {\"title\": \"t\", \"source\": {\"document\": \"d\"}, \"period\": \"2020\"},\n";
  private static final String UNION = "{\"id\": \"U1\", \"name\": \"工会\", \"kind\": \"GRASSROOTS_UNION\"}";

  private static UnionFormatException failure(String json) {
    return failure(json, null);
  }

  private static UnionFormatException failure(String json, @Nullable UnknownFields lenient) {
    return catchThrowableOfType(UnionFormatException.class, () -> UnionJson.readDataset(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json", lenient));
  }

  /**
   * Each row: the content of line 3, the text whose first character the failure must point at (its
   * column counted in characters, from 1), the path and part of the reason.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown field          | "organisations": [{"id": "U1", "name": "工会", "kind": "GRASSROOTS_UNION", "colour": "red"}]}     | "red"      | /organisations/0/colour    | is not a field of this object
      null value             | "organisations": [{"id": "U1", "name": null, "kind": "GRASSROOTS_UNION"}]}                      | null       | /organisations/0/name      | must not be null
      fractional count       | "organisations": [{"id": "U1", "name": "工会", "kind": "GRASSROOTS_UNION", "employees": 12.5}]} | 12.5       | /organisations/0/employees | must be a whole number
      exponent count         | "organisations": [{"id": "U1", "name": "工会", "kind": "GRASSROOTS_UNION", "employees": 1e3}]}  | 1e3        | /organisations/0/employees | must be a whole number
      negative count         | "organisations": [{"id": "U1", "name": "工会", "kind": "GRASSROOTS_UNION", "employees": -3}]}   | -3         | /organisations/0/employees | must be a count from 0
      bad enum               | "organisations": [{"id": "U1", "name": "工会", "kind": "UNION"}]}                               | "UNION"    | /organisations/0/kind      | "UNION" is not one of
      missing required field | "organisations": [{"id": "U1", "name": "工会"}]}                                                | {          | /organisations/0/kind      | is required
      model rule             | "organisations": [{"id": "U1", "name": "工会", "kind": "NATIONAL_FEDERATION", "parent": "X"}]}  | "X"        | /organisations/0/parent    | must be empty for the national federation
      bad region code        | "organisations": [{"id": "U1", "name": "工会", "kind": "GRASSROOTS_UNION", "region": "990000"}]} | "990000"  | /organisations/0/region    | does not start with a GB/T 2260 province code
      duplicate field        | "organisations": [{"id": "U1", "id": "U2", "name": "工会", "kind": "GRASSROOTS_UNION"}]}        | "U2"       | /organisations/0/id        | appears twice
      array expected         | "organisations": {"id": "U1"}}                                                                  | {          | /organisations             | must be an array
      unknown top-level      | "extra": 1}                                                                                     | 1          | /extra                     | is not a field of a dataset
      duplicate top-level    | "figures": [], "figures": []}                                                                   | "figures": [] } | /figures              | appears twice in the document
      """)
  void failureNamesLineColumnAndPath(String what, String content, String at, String path, String reason) {
    long column = at.endsWith("}") ? content.lastIndexOf(at.substring(0, at.length() - 2)) + 1
        : content.indexOf(at) + 1;
    UnionFormatException e = failure(HEAD + content);
    assertThat(e).as(what).isNotNull();
    assertThat(e.file()).as("file").contains("bad.json");
    assertThat(e.path()).as("path").isEqualTo(path);
    assertThat(e.line()).as("line").isEqualTo(3);
    assertThat(e.column()).as("column of %s", at).isEqualTo(column);
    assertThat(e.reason()).as("reason").contains(reason);
    assertThat(e.getMessage()).as("message").startsWith("bad.json:3:" + column + ": " + path + ": ");
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    UnionFormatException e = failure(HEAD + "\"organisations\": [" + UNION + ",, ]}");
    assertThat(e.line()).as("line").isEqualTo(3);
    assertThat(e.reason()).as("reason").startsWith("malformed JSON");
  }

  @Test
  void documentMustStartWithItsVersionAndAnotherMajorIsRefused() {
    assertThat(failure("{\"metadata\": {}}").reason()).as("version first").contains("must start with \"schemaVersion\"");
    UnionFormatException newer = failure("{\"schemaVersion\": \"2.0\", \"metadata\": {}}");
    assertThat(newer.reason()).as("newer major").contains("this library reads 1.x").contains("upgrade unionkit");
    assertThat(newer.path()).as("path").isEqualTo("/schemaVersion");
  }

  @Test
  void referencesAcrossTheDocumentAreChecked() {
    UnionFormatException e = failure(HEAD + "\"organisations\": [" + UNION + "],\n"
        + "\"members\": [{\"id\": \"M1\", \"organisation\": \"NOWHERE\", \"workRelation\": \"EMPLOYEE\", "
        + "\"employmentForm\": \"STANDARD\"}]}");
    assertThat(e.reason()).as("reason").contains("NOWHERE").contains("member M1");
  }

  @Test
  void citizenIdNumbersNeverAppearInMessages() {
    String id = "11010519491231002X";
    String member = "{\"id\": \"M1\", \"organisation\": \"U1\", \"workRelation\": \"EMPLOYEE\", "
        + "\"employmentForm\": \"STANDARD\", \"sex\": \"MALE\", \"citizenId\": \"" + id + "\"}";
    UnionFormatException mismatch = failure(HEAD + "\"organisations\": [" + UNION + "], \"members\": [" + member + "]}");
    assertThat(mismatch.getMessage()).as("sex mismatch message").contains("citizenId").doesNotContain(id)
        .doesNotContain("19491231");
    UnionFormatException broken = failure(HEAD + "\"organisations\": [" + UNION + "], \"members\": ["
        + member.replace(id, "110105194912310021") + "]}");
    assertThat(broken.getMessage()).as("check-digit message").contains("check character").doesNotContain("110105194912310021");
    UnionFormatException year = failure(HEAD + "\"organisations\": [" + UNION + "], \"members\": ["
        + member.replace("\"sex\": \"MALE\", \"citizenId\": \"" + id + "\"", "\"birthYear\": 1980.5") + "]}");
    assertThat(year.getMessage()).as("birth-year message").contains("/members/0/birthYear").doesNotContain("1980");
    UnionFormatException malformed = failure(HEAD + "\"x\": " + id.replace("X", "1") + "1 ]");
    assertThat(malformed.getMessage()).as("parser message").doesNotContain(id.replace("X", "1"));
  }

  @Test
  void readLimitsStopHostileInput() {
    String deep = "[".repeat(100) + "]".repeat(100);
    assertThat(failure(HEAD + "\"organisations\": [" + UNION + "], \"x\": " + deep + "}", new UnknownFields()).reason())
        .as("nesting, read leniently so that the value is read").containsIgnoringCase("depth");
    String longNumber = "1".repeat(100);
    assertThat(failure(HEAD + "\"organisations\": [{\"id\": \"U1\", \"name\": \"工会\", \"kind\": \"GRASSROOTS_UNION\", "
        + "\"employees\": " + longNumber + "}]}").reason()).as("number length").containsIgnoringCase("length");
  }
}
