package org.unionkit.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The shipped dictionary of note codes ({@code notes.properties}): what a note type and a note say. */
final class ObservationNotes {
  private static final Properties DICTIONARY = load();

  private ObservationNotes() {}

  private static Properties load() {
    Properties dictionary = new Properties();
    try (InputStream in = ObservationNotes.class.getResourceAsStream("notes.properties")) {
      if (in == null) {
        throw new IllegalStateException("notes.properties is missing from union-stats");
      }
      dictionary.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dictionary;
  }

  /**
   * What note {@code type:id} says: the dictionary's text for it, else the type's meaning and the id, else
   * that the type is not in the dictionary.
   */
  static String text(String type, String id) {
    String text = DICTIONARY.getProperty(type + ":" + id);
    if (text != null) {
      return text;
    }
    String meaning = DICTIONARY.getProperty(type);
    return meaning != null ? meaning + ": " + id : "note of type " + type + " (not in the shipped dictionary): " + id;
  }
}
