package org.unionkit.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one record per row of a {@link TableSource}, as {@link Tables} describes: the header found among the
 * first rows, each later row's cells read by the field their column holds, an empty row inside the data and
 * every bad row a located reject. Not thread-safe.
 *
 * @param <T> the record type
 */
final class TableRecordReader<T> extends RecordReader<T> {
  /** How many rows holding a value are searched for the header. */
  static final int HEADER_SEARCH = 20;

  private final TableSource source;
  private final String file;
  private final String sheet;
  private final CsvLayout<T> layout;
  private final RowCheck<T> check;
  private final TableHeader header;
  private final boolean skipUnknown;
  private final int maxCellChars;
  /** Rows read ahead of the header's search, not yet taken. */
  private final List<TableSource.Row> ahead;
  /** The failure of the source met while reading ahead, thrown once the rows before it are taken. */
  private final @Nullable UnionFormatException damaged;
  private long lastRow;
  /** The empty rows seen since the last row with a value: rejected when another such row follows. */
  private long emptyFrom;

  private TableRecordReader(TableSource source, String file, String sheet, ReadCounts counts, CsvLayout<T> layout,
      RowCheck<T> check, TableHeader header, boolean skipUnknown, int maxCellChars, List<TableSource.Row> ahead,
      @Nullable UnionFormatException damaged, long lastRow) {
    super(file, counts, header.dropped());
    this.source = source;
    this.file = file;
    this.sheet = sheet;
    this.layout = layout;
    this.check = check;
    this.header = header;
    this.skipUnknown = skipUnknown;
    this.maxCellChars = maxCellChars;
    this.ahead = ahead;
    this.damaged = damaged;
    this.lastRow = lastRow;
    this.emptyFrom = lastRow + 1;
  }

  static <T> RecordReader<T> open(TableSource source, String file, String sheet, ReadOptions options,
      CsvLayout<T> layout, RowCheck<T> check) throws IOException {
    boolean taken = false;
    try {
      List<TableSource.Row> first = new ArrayList<>();
      // A table damaged below the header fails where it is damaged, after the rows above are read.
      UnionFormatException damaged = null;
      try {
        for (TableSource.Row row; first.size() < HEADER_SEARCH && (row = source.next()) != null; ) {
          first.add(row);
        }
      } catch (UnionFormatException e) {
        damaged = e;
      }
      int best = -1;
      int recognised = 0;
      for (int i = 0; i < first.size(); i++) {
        int n = TableHeader.recognised(texts(first.get(i)), layout);
        if (n > recognised) {
          best = i;
          recognised = n;
        }
      }
      if (damaged != null && best < 0) {
        throw damaged;
      }
      List<String> texts = best < 0 ? List.of() : headerTexts(first.subList(0, best + 1), layout);
      long headerRow = best < 0 ? 0 : first.get(best).number();
      TableHeader header = TableHeader.of(texts, "no row of the first " + HEADER_SEARCH + " names one of the",
          layout, options.unknownColumns(), true, (position, path, reason) -> new UnionFormatException(file, sheet,
              headerRow, position + 1, path, reason));
      RecordReader<T> reader = new TableRecordReader<>(source, file, sheet,
          new ReadCounts(file, options.rejects(), options.limits()), layout, check, header,
          options.unknownColumns() == Csv.UnknownColumns.IGNORE, options.limits().maxStringLength(),
          new ArrayList<>(first.subList(best + 1, first.size())), damaged, headerRow);
      taken = true;
      return reader;
    } finally {
      if (!taken) {
        source.close();
      }
    }
  }

  /** A row's texts by position (column - 1), empty where it has no cell or one merged with a cell above. */
  private static List<String> texts(TableSource.Row row) {
    List<String> texts = new ArrayList<>();
    for (TableCell cell : row.cells()) {
      while (texts.size() < cell.column() - 1) {
        texts.add("");
      }
      texts.add(cell.kind() == TableCell.Kind.MERGED ? "" : cell.text());
    }
    return texts;
  }

  /**
   * The header's text of each column over the rows down to the header row: the lowest text that names a
   * field, else the header row's own. So a name in a cell merged down over two header rows (written in the
   * upper one), or under a title or a group heading merged across columns, is found.
   */
  private static List<String> headerTexts(List<TableSource.Row> rows, CsvLayout<?> layout) {
    List<List<String>> texts = rows.stream().map(TableRecordReader::texts).toList();
    List<String> own = texts.get(texts.size() - 1);
    int width = own.size();
    List<String> header = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      String name = own.get(c);
      for (int r = texts.size() - 1; r >= 0; r--) {
        String text = c < texts.get(r).size() ? texts.get(r).get(c) : "";
        if (layout.headers().containsKey(Aliases.header(text))) {
          name = text;
          break;
        }
      }
      header.add(name);
    }
    return header;
  }

  @Override
  @Nullable T read() throws IOException {
    for (TableSource.Row row; (row = nextRow()) != null; ) {
      for (long empty = emptyFrom; empty < row.number(); empty++) {
        counts.next(empty);
        counts.reject(new UnionFormatException(file, sheet, empty, 0, "", "empty row inside the data: every row "
            + "after the header must hold one " + layout.records()));
      }
      lastRow = row.number();
      emptyFrom = lastRow + 1;
      counts.next(lastRow);
      T record = parse(row);
      if (record != null) {
        return record;
      }
    }
    return null;
  }

  private TableSource.@Nullable Row nextRow() throws IOException {
    if (!ahead.isEmpty()) {
      return ahead.remove(0);
    }
    if (damaged != null) {
      throw damaged;
    }
    TableSource.Row row = source.next();
    if (row != null && row.number() <= lastRow) {
      throw new UnionFormatException(file, sheet, row.number(), 0, "", "row " + row.number() + " comes after row "
          + lastRow + ": the sheet is damaged");
    }
    return row;
  }

  /** The row's record, or null when the row is bad (and handed to the rejects). */
  private @Nullable T parse(TableSource.Row row) throws UnionFormatException {
    Map<String, CsvRow.Cell> cells = new LinkedHashMap<>();
    UnionFormatException bad = null;
    for (TableCell cell : row.cells()) {
      int position = cell.column() - 1;
      String field = header.field(position);
      if (field == null) {
        if (header.isNamed(position) && (skipUnknown || header.isDropped(position))) {
          continue;
        }
        bad = new UnionFormatException(file, sheet, row.number(), cell.column(), "", "has a value in a column the "
            + "header does not name");
        break;
      }
      if (cell.text().length() > maxCellChars) {
        bad = new UnionFormatException(file, sheet, row.number(), cell.column(), field, "holds more than "
            + maxCellChars + " characters");
        break;
      }
      cells.put(field, new CsvRow.Cell(cell.text(), row.number(), cell.column(), cell.kind()));
    }
    if (bad == null) {
      CsvRow read = new CsvRow(file, sheet, row.number(), cells);
      try {
        T record = layout.reader().read(read);
        bad = check.check(record, read);
        if (bad == null) {
          counts.accept();
          return record;
        }
      } catch (UnionFormatException e) {
        bad = e;
      }
    }
    counts.reject(layout.personal() ? bad.hidingValues() : bad);
    return null;
  }

  /** Closes the source. */
  @Override
  public void close() throws IOException {
    source.close();
  }
}
