package org.unionkit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The label table, loaded once. */
final class LabelTable {
  private static final Properties LABELS = load();

  private LabelTable() {}

  static String label(Labelled code, String language) {
    Class<?> type = code instanceof Enum<?> e ? e.getDeclaringClass() : code.getClass();
    String key = type.getSimpleName() + "." + code.name() + "." + language;
    String label = LABELS.getProperty(key);
    if (label == null) {
      throw new IllegalStateException("no label " + key + " in labels.properties");
    }
    return label;
  }

  private static Properties load() {
    Properties labels = new Properties();
    try (InputStream in = LabelTable.class.getResourceAsStream("labels.properties")) {
      if (in == null) {
        throw new IllegalStateException("labels.properties is missing from org.unionkit.model");
      }
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return labels;
  }
}
