package org.unionkit.io;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The CSV columns of a kind of record, derived from its {@link RecordField}s, and how its rows are read and
 * written.
 *
 * @param <T> the record type
 * @param records what a row holds, for messages: {@code member}, {@code organisation}
 * @param columns the columns in the order written
 * @param required the columns a header must have
 * @param headers the field each header text names: the field names and their Chinese aliases ({@link Aliases})
 * @param reader reads a row into a record
 * @param cells a record's cells, in column order
 * @param personal whether a row is a person's, whose values a message must not show
 */
record CsvLayout<T>(String records, List<String> columns, Set<String> required, Map<String, String> headers,
    RowReader<T> reader, Function<T, List<String>> cells, boolean personal) {

  CsvLayout(String records, List<String> columns, Set<String> required, RowReader<T> reader,
      Function<T, List<String>> cells, boolean personal) {
    this(records, columns, required, Aliases.columns(records, columns), reader, cells, personal);
  }

  /** Reads one row into a record, or fails with the row's location. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(CsvRow row) throws UnionFormatException;
  }
}
