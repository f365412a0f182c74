package org.unionkit.model;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where a published figure comes from, such as the document 河北省总工会2020年工作回顾, section 3, or
 * characters 2113 to 2119 on line 71 of a text the figure was extracted from.
 *
 * <p>Rules checked at construction: line, start and end are given all three or none; offsets are not
 * negative and the end is not before the start; a line counts from 1.
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
   * The same source narrowed to where a figure stands in the text it was read from, such as
   * {@code Source.of("hebei-2020.txt").withSpan(71, 2113, 2119)}.
   *
   * @param line the line, from 1
   * @param start the first offset, from 0 ({@link #start()})
   * @param end the offset after the last, not before {@code start}
   * @return the source, not null
   * @throws ValidationException if a rule above is broken
   */
  public Source withSpan(long line, long start, long end) {
    ImmutableSource.Builder builder = ImmutableSource.builder().document(document());
    section().ifPresent(builder::section);
    return builder.line(line).start(start).end(end).build();
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

  /**
   * The line of the text the figure was read from, counting from 1, such as 71.
   *
   * @return the line, empty when not extracted from a text; not null
   */
  public abstract OptionalLong line();

  /**
   * Where the figure starts in the text it was read from, in UTF-16 code units from the text's start (as
   * Java's {@code String} counts; the same as characters for text of the basic plane), such as 2113.
   *
   * @return the offset, empty when not extracted from a text; not null
   */
  public abstract OptionalLong start();

  /**
   * Where the figure ends in the text it was read from, exclusive, in the units of {@link #start()}.
   *
   * @return the offset, empty when not extracted from a text; not null
   */
  public abstract OptionalLong end();

  @Value.Check
  void check() {
    Checks.requireName(document(), "document");
    section().ifPresent(s -> Checks.requireName(s, "section"));
    boolean spanned = line().isPresent();
    Checks.require(start().isPresent() == spanned && end().isPresent() == spanned, "line",
        spanned ? line().getAsLong() : "absent", "start and end must be given all three or none");
    if (spanned) {
      Checks.require(line().getAsLong() >= 1, "line", line().getAsLong(), "must be 1 or more");
      Checks.requireNonNegative(start().getAsLong(), "start");
      Checks.require(end().getAsLong() >= start().getAsLong(), "end", end().getAsLong(),
          "must not be before start (" + start().getAsLong() + ")");
    }
  }
}
