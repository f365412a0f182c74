package org.unionkit.io;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Text as every reader's messages show it, and code values read by their names. */
final class Texts {
  /** Each code list's constants by name, made once a type. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new LinkedHashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
      }
      return byName;
    }
  };

  private Texts() {}

  /** Text for a message, JSON-escaped and cut after 100 characters. */
  static String quote(String text) {
    String shown = text.length() > 100 ? text.substring(0, 100) : text;
    return TextNode.valueOf(shown) + (shown.length() < text.length() ? "…" : "");
  }

  /** The constant named exactly {@code text}, as its code list spells it. */
  static <E extends Enum<E>> E constantOf(Class<E> type, String text) {
    Enum<?> constant = CONSTANTS.get(type).get(text);
    if (constant == null) {
      throw new IllegalArgumentException(quote(text) + " is not one of " + String.join(", ", names(type)));
    }
    return type.cast(constant);
  }

  /** A code list's constant names, in order. */
  static Set<String> names(Class<? extends Enum<?>> type) {
    return CONSTANTS.get(type).keySet();
  }
}
