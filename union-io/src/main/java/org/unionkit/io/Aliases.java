package org.unionkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.unionkit.model.Labelled;

/**
 * The names and spellings of registers as federations write them, for CSV and XLSX (never JSON, whose
 * format is the field and constant names alone), from one table, {@code aliases.properties}: Chinese
 * column names read as fields ({@code 入会日期} is {@code joined}), columns of personal data the model does
 * not keep ({@code 姓名}, {@code 手机号}: dropped), and each code value's Chinese and English labels and
 * usual spellings ({@code 在职} and {@code 在职职工} are {@code EMPLOYEE}). A header or cell is matched after
 * its ends are trimmed of white space (the ideographic space too); a header also after a required mark
 * ({@code *}) and a trailing unit in brackets ({@code 职工人数（人）}) are set aside.
 */
final class Aliases {
  private static final Pattern HEADER_MARKS = Pattern.compile("^[*＊\\s\u3000]+|[*＊\\s\u3000]+$");
  private static final Pattern TRAILING_UNIT = Pattern.compile("\\s*[（(][^（()）]*[)）]$");
  private static final Properties TABLE = load();
  private static final Set<String> PERSONAL = Set.copyOf(List.of(TABLE.getProperty("personal").split(",")));
  /** Each code type's constants by every spelling: name, labels and aliases. */
  private static final ClassValue<Map<String, Enum<?>>> SPELLINGS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> spellings = new HashMap<>();
      for (Object o : type.getEnumConstants()) {
        Enum<?> constant = (Enum<?>) o;
        put(spellings, constant.name(), constant);
        if (constant instanceof Labelled labelled) {
          put(spellings, labelled.chinese(), constant);
          put(spellings, labelled.english(), constant);
        }
        String more = TABLE.getProperty(type.getSimpleName() + "." + constant.name());
        if (more != null) {
          for (String alias : more.split(",")) {
            put(spellings, alias, constant);
          }
        }
      }
      return Map.copyOf(spellings);
    }
  };

  private Aliases() {}

  private static Properties load() {
    Properties table = new Properties();
    try (InputStream in = Aliases.class.getResourceAsStream("aliases.properties")) {
      if (in == null) {
        throw new IllegalStateException("aliases.properties is missing from org.unionkit.io");
      }
      table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  /** Adds a spelling; one spelling naming two constants of a type is a fault of the table. */
  private static void put(Map<String, Enum<?>> spellings, String spelling, Enum<?> constant) {
    Enum<?> before = spellings.putIfAbsent(spelling, constant);
    if (before != null && before != constant) {
      throw new IllegalStateException("aliases.properties: " + spelling + " names both " + before + " and " + constant);
    }
  }

  /**
   * The columns of a kind of record by every header text that names them: the field names, then the
   * aliases of {@code records} ({@code member}, {@code organisation}).
   *
   * @throws IllegalStateException if an alias names two fields
   */
  static Map<String, String> columns(String records, List<String> fields) {
    Map<String, String> byHeader = new LinkedHashMap<>();
    fields.forEach(field -> byHeader.put(field, field));
    for (String field : fields) {
      for (String alias : chinese(records, field)) {
        if (byHeader.putIfAbsent(alias, field) != null) {
          throw new IllegalStateException("aliases.properties: " + alias + " names two " + records + " fields");
        }
      }
    }
    return Map.copyOf(byHeader);
  }

  /** The Chinese names of a field, the first being the one messages show; none when the table has none. */
  static List<String> chinese(String records, String field) {
    String names = TABLE.getProperty(records + "." + field);
    return names == null ? List.of() : List.of(names.split(","));
  }

  /** A header as it is matched: trimmed of marks, white space and a trailing unit in brackets. */
  static String header(String text) {
    String trimmed = HEADER_MARKS.matcher(text).replaceAll("");
    String bare = TRAILING_UNIT.matcher(trimmed).replaceAll("");
    return bare.isEmpty() ? trimmed : bare;
  }

  /** Whether a header names a column of personal data the model does not keep. */
  static boolean personal(String header) {
    return PERSONAL.contains(header);
  }

  /**
   * The constant a register spells {@code text}: its name, a label or an alias.
   *
   * @throws IllegalArgumentException naming the constants, if none is spelt so
   */
  static <E extends Enum<E>> E constantOf(Class<E> type, String text) {
    Enum<?> constant = SPELLINGS.get(type).get(text.strip());
    if (constant == null) {
      List<String> labels = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        if (e instanceof Labelled labelled) {
          labels.add(labelled.chinese());
        }
      }
      // The names' message first, as JSON's reader words it; then what registers may write instead.
      throw new IllegalArgumentException(Texts.quote(text) + " is not one of " + String.join(", ",
          Texts.names(type)) + (labels.isEmpty() ? "" : ", nor a label or alias of them (" + String.join(", ", labels)
          + ", ...)"));
    }
    return type.cast(constant);
  }
}
