package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pointers in messages are Jackson's own, computed without building a JsonPointer: at every token alike. */
class PointerProperties {

  @Test
  void theMessagePointerIsJacksonsPointerAtEveryToken() {
    qt().withExamples(200).forAll(Generated.documents()).checkAssert(doc -> {
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnionJson.writeDataset(doc, out, null);
        // Names with the characters a pointer escapes, and an empty array, beside the document's own fields.
        String text = out.toString(StandardCharsets.UTF_8)
            .replaceFirst("\\{", "{\"a/b~c\": [[], {\"\": [1, {\"x\": null}]}], ");
        try (JsonParser p = new JsonFactory().createParser(text)) {
          while (p.nextToken() != null) {
            assertThat(Fields.pointer(p.getParsingContext())).as("at %s", p.currentToken())
                .isEqualTo(p.getParsingContext().pathAsPointer().toString());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
