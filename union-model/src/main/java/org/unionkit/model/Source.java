package org.unionkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a published figure comes from, such as the document 河北省总工会2020年工作回顾, section 3.
 */
@Value.Immutable
public abstract class Source implements WithSource {

  Source() {}

  /**
   * A whole document as the source.
   *
   * @param document the document's title or citation; not blank
   * @return the source, not null
   * @throws ValidationException if the title is blank
   */
  public static Source of(String document) {
    return ImmutableSource.builder().document(document).build();
  }

  /**
   * A section of a document, such as {@code Source.of("…review…", "3")}.
   *
   * @param document the document's title or citation; not blank
   * @param section the section, as the document numbers or names it; not blank
   * @return the source, not null
   * @throws ValidationException if either is blank
   */
  public static Source of(String document, String section) {
    return ImmutableSource.builder().document(document).section(section).build();
  }

  /**
   * The document's title or citation.
   *
   * @return the document, not null
   */
  public abstract String document();

  /**
   * The section within the document.
   *
   * @return the section, empty for the whole document; not null
   */
  public abstract Optional<String> section();

  @Value.Check
  void check() {
    Checks.requireName(document(), "document");
    section().ifPresent(s -> Checks.requireName(s, "section"));
  }
}
