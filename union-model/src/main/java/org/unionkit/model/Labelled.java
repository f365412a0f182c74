package org.unionkit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A code with a Chinese and an English label, such as {@code SkillLevel.SENIOR_WORKER}: 高级工, senior
 * worker. Every enum of the model implements it; the labels live in one table ({@code labels.properties}).
 */
public interface Labelled {

  /**
   * The constant's name, such as {@code SENIOR_WORKER}; supplied by every enum.
   *
   * @return the code, not null
   */
  String name();

  /**
   * The Chinese label, such as 高级工.
   *
   * @return the label, not null
   */
  default String chinese() {
    return LabelTable.label(this, "zh");
  }

  /**
   * The English label, such as {@code senior worker}.
   *
   * @return the label, not null
   */
  default String english() {
    return LabelTable.label(this, "en");
  }
}

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
