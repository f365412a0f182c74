package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A source narrowed to a figure's place in a text: line and offsets together, ordered. */
class SourceTest {
  @Test
  void keepsTheDocumentAndSectionWithTheSpan() {
    Source source = Source.of("hebei-2020.txt", "4").withSpan(95, 2113, 2119);
    assertThat(source.section()).as("section").hasValue("4");
    assertThat(source.line()).as("line").hasValue(95);
    assertThat(source.start()).as("start").hasValue(2113);
    assertThat(source.end()).as("end").hasValue(2119);
  }

  @Test
  void refusesASpanOutOfOrder() {
    assertThatThrownBy(() -> Source.of("t").withSpan(0, 1, 2)).as("line 0").isInstanceOf(ValidationException.class)
        .hasMessage("line (0) must be 1 or more");
    assertThatThrownBy(() -> Source.of("t").withSpan(1, -1, 2)).as("negative start")
        .hasMessage("start (-1) must not be negative");
    assertThatThrownBy(() -> Source.of("t").withSpan(1, 5, 4)).as("end before start")
        .hasMessage("end (4) must not be before start (5)");
  }
}
