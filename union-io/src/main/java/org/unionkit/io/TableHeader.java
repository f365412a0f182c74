package org.unionkit.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A header row of a CSV file or a sheet read against a record layout: the field each position holds
 * (by its name or a Chinese alias, {@link Aliases}), and the columns of personal data dropped. A header
 * that names none of the fields, repeats one, lacks a required one or has an unknown column (unless
 * unknown columns are skipped) fails, listing the fields in both languages.
 */
final class TableHeader {

  /** Where a header failure is located: at a position from 0, or at the header as a whole (-1). */
  @FunctionalInterface
  interface Failure {
    UnionFormatException at(int position, String path, String reason);
  }

  private final @Nullable String[] fields;
  private final List<String> dropped;
  /** The positions of dropped columns, and of blank headers where those name no column. */
  private final Set<Integer> droppedAt;
  private final Set<Integer> unnamedAt;

  private TableHeader(@Nullable String[] fields, List<String> dropped, Set<Integer> droppedAt,
      Set<Integer> unnamedAt) {
    this.fields = fields;
    this.dropped = dropped;
    this.droppedAt = droppedAt;
    this.unnamedAt = unnamedAt;
  }

  /** How many of the texts name a field of the layout: a sheet's header row is the one that names most. */
  static int recognised(List<String> texts, CsvLayout<?> layout) {
    int count = 0;
    for (String text : texts) {
      if (layout.headers().containsKey(Aliases.header(text))) {
        count++;
      }
    }
    return count;
  }

  /**
   * Reads a header.
   *
   * @param texts the header's cells in order, empty for a position without one
   * @param where what names no column, for the message: {@code the first line names none of the}
   * @param blanksUnnamed whether a blank header names no column (a sheet's empty cell) rather than an
   *     unknown one (a CSV file's empty name)
   * @throws UnionFormatException as the class description says
   */
  static TableHeader of(List<String> texts, String where, CsvLayout<?> layout, Csv.UnknownColumns unknown,
      boolean blanksUnnamed, Failure failure) throws UnionFormatException {
    @Nullable String[] fields = new String[texts.size()];
    Map<String, Integer> positions = new HashMap<>();
    List<String> unknownColumns = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    Set<Integer> droppedAt = new HashSet<>();
    Set<Integer> unnamedAt = new HashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      String header = Aliases.header(texts.get(i));
      String field = layout.headers().get(header);
      if (field == null) {
        if (Aliases.personal(header)) {
          dropped.add(header);
          droppedAt.add(i);
        } else if (blanksUnnamed && header.isBlank()) {
          unnamedAt.add(i);
        } else {
          unknownColumns.add(texts.get(i));
        }
        continue;
      }
      Integer before = positions.putIfAbsent(field, i);
      if (before != null) {
        throw failure.at(i, field, "appears twice in the header (columns " + (before + 1) + " and " + (i + 1) + ")");
      }
      fields[i] = field;
    }
    if (positions.isEmpty()) {
      // No cell is a column name: the first line is likely a record, which a message must not quote.
      throw failure.at(-1, "", where + " " + layout.records() + " columns (" + expected(layout)
          + "): a header must come first");
    }
    List<String> missing = layout.columns().stream()
        .filter(c -> layout.required().contains(c) && !positions.containsKey(c)).toList();
    List<String> problems = new ArrayList<>();
    if (unknown == Csv.UnknownColumns.FAIL && !unknownColumns.isEmpty()) {
      problems.add("unknown column" + (unknownColumns.size() == 1 ? " " : "s ")
          + unknownColumns.stream().map(Texts::quote).collect(Collectors.joining(", ")) + " (the " + layout.records()
          + " columns are " + expected(layout)
          + "; read with ReadOptions.withUnknownColumns(Csv.UnknownColumns.IGNORE) to skip others)");
    }
    if (!missing.isEmpty()) {
      problems.add("missing required column" + (missing.size() == 1 ? " " : "s ") + missing.stream()
          .map(c -> named(layout, c)).collect(Collectors.joining(", ")));
    }
    if (!problems.isEmpty()) {
      boolean atUnknown = unknown == Csv.UnknownColumns.FAIL && !unknownColumns.isEmpty();
      throw failure.at(atUnknown ? texts.indexOf(unknownColumns.get(0)) : -1,
          atUnknown ? unknownColumns.get(0) : missing.get(0), String.join("; ", problems));
    }
    return new TableHeader(fields, List.copyOf(dropped), Set.copyOf(droppedAt), Set.copyOf(unnamedAt));
  }

  /** The layout's columns in both languages: {@code id 编号, organisation 所在工会, ...}. */
  private static String expected(CsvLayout<?> layout) {
    return layout.columns().stream().map(c -> named(layout, c)).collect(Collectors.joining(", "));
  }

  private static String named(CsvLayout<?> layout, String field) {
    List<String> chinese = Aliases.chinese(layout.records(), field);
    return chinese.isEmpty() ? field : field + " " + chinese.get(0);
  }

  /** The field at a position, null for a column skipped or dropped, or past the header's end. */
  @Nullable String field(int position) {
    return position < fields.length ? fields[position] : null;
  }

  /** Whether the header names the position's column (a field, a dropped or an unknown column). */
  boolean isNamed(int position) {
    return position < fields.length && !unnamedAt.contains(position);
  }

  /** Whether the position's column is one of personal data, dropped. */
  boolean isDropped(int position) {
    return droppedAt.contains(position);
  }

  /** How many positions the header has. */
  int size() {
    return fields.length;
  }

  /** The columns of personal data dropped, as the header names them (trimmed). */
  List<String> dropped() {
    return dropped;
  }
}
