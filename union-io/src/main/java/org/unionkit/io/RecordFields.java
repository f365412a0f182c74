package org.unionkit.io;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.unionkit.model.ValidationException;

/**
 * The named values of one record being read, strictly: a JSON object's fields ({@link Fields}) or a CSV
 * row's cells ({@link CsvRow}), so that one reader per record type ({@link RecordField#read}) serves both formats.
 * Each failure is an {@code X} located at the value at fault.
 *
 * @param <X> the located failure of the format
 */
interface RecordFields<X extends IOException> {

  /** The value's text, empty when absent. */
  Optional<String> optionalText(String name) throws X;

  /** A whole count from 0; {@code personal} keeps the written value out of messages (birth years). */
  OptionalLong optionalCount(String name, boolean personal) throws X;

  /** A required whole count from 0. */
  default long count(String name) throws X {
    OptionalLong count = optionalCount(name, false);
    if (count.isEmpty()) {
      throw failure(name, "is required");
    }
    return count.getAsLong();
  }

  /** A list of texts, each read by {@code parse}; absent is empty. */
  <T> List<T> list(String name, Function<String, T> parse) throws X;

  /** A failure located at the value (or at the record when the value is absent). */
  X failure(String name, String reason);

  /** A required value's text. */
  default String text(String name) throws X {
    Optional<String> text = optionalText(name);
    if (text.isEmpty()) {
      throw failure(name, "is required");
    }
    return text.get();
  }

  /** A required value read by a model parser, whose rejection becomes a located failure. */
  default <T> T parsed(String name, Function<String, T> parse) throws X {
    return parse(name, text(name), parse);
  }

  default <T> Optional<T> optionalParsed(String name, Function<String, T> parse) throws X {
    Optional<String> text = optionalText(name);
    return text.isEmpty() ? Optional.empty() : Optional.of(parse(name, text.get(), parse));
  }

  /** Reads a text with a model parser; the model's messages never hold personal data. */
  default <T> T parse(String name, String text, Function<String, T> parse) throws X {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw failure(name, e.getMessage() == null ? "is not valid" : e.getMessage());
    }
  }

  /** A required enum constant, written as its name. */
  default <E extends Enum<E>> E constant(String name, Class<E> type) throws X {
    return parsed(name, s -> Texts.constantOf(type, s));
  }

  default <E extends Enum<E>> Optional<E> optionalConstant(String name, Class<E> type) throws X {
    return optionalParsed(name, s -> Texts.constantOf(type, s));
  }

  /** A day, written {@code 2020-05-01}; absent is empty. */
  default Optional<LocalDate> optionalDate(String name) throws X {
    return optionalParsed(name, IsoDates::parse);
  }

  /** A year from 0 (a birth year), in plain digits; personal data, left out of messages. */
  default OptionalLong optionalYear(String name) throws X {
    return optionalCount(name, true);
  }

  /** A list of enum constants, each written as its name; absent is empty. */
  default <E extends Enum<E>> List<E> constants(String name, Class<E> type) throws X {
    return list(name, s -> Texts.constantOf(type, s));
  }

  /** A model rule broken by the values read, located at the field the model names. */
  default X invalid(ValidationException e) {
    return failure(e.field(), e.getMessage() == null ? "is not valid" : e.getMessage());
  }
}
