package org.unionkit.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads one record per CSV row, as {@link Csv} describes: the header checked against the layout's columns,
 * each row's cells with where they start, a bad row a located reject. Not thread-safe.
 *
 * @param <T> the record type
 */
final class CsvRecordReader<T> extends RecordReader<T> {
  /** The header's line, which header errors name. */
  private static final long HEADER_LINE = 1;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static <T> RecordReader<T> open(InputStream in, String file, ReadOptions options, CsvLayout<T> layout,
      @Nullable FirstIds<T> ids)
      throws IOException {
    ReadLimits limits = options.limits();
    Charset charset = options.charset();
    Csv.UnknownColumns unknown = options.unknownColumns();
    Rejects rejects = options.rejects();
    CsvMapper mapper = limits.equals(ReadLimits.defaults()) ? CsvCells.MAPPER : CsvCells.mapper(limits);
    CsvParser parser = mapper.getFactory().createParser(decode(in, file, charset));
    boolean taken = false;
    try {
      parser.setSchema(CsvSchema.emptySchema().withHeader());
      JsonToken first;
      try {
        first = parser.nextToken();
      } catch (JsonProcessingException e) {
        throw new UnionFormatException(file, HEADER_LINE, 0, "", "no header: the first line must name the "
            + layout.records() + " columns (" + String.join(", ", layout.columns()) + ")");
      }
      List<String> header = new ArrayList<>();
      parser.getSchema().forEach(column -> header.add(column.getName()));
      if (!header.isEmpty() && !header.get(0).isEmpty() && header.get(0).charAt(0) == CsvCells.BYTE_ORDER_MARK) {
        header.set(0, header.get(0).substring(1));
      }
      @Nullable String[] names = columns(header, layout, unknown, file);
      RecordReader<T> reader = new CsvRecordReader<>(parser, file, new ReadCounts(file, rejects, limits), layout,
          ids, names, first, parser.currentLocation().getLineNr());
      taken = true;
      return reader;
    } finally {
      if (!taken) {
        parser.close();
      }
    }
  }

  /** The stream decoded strictly, refusing a UTF-8 byte order mark on a file read as another encoding. */
  private static Reader decode(InputStream in, String file, Charset charset) throws IOException {
    PushbackInputStream bytes = new PushbackInputStream(in, UTF8_BOM.length);
    try {
      byte[] head = bytes.readNBytes(UTF8_BOM.length);
      if (Arrays.equals(head, UTF8_BOM) && !charset.equals(StandardCharsets.UTF_8)) {
        throw new UnionFormatException(file, HEADER_LINE, 1, "", "starts with a UTF-8 byte order mark but is read as "
            + charset.name() + ": read it as UTF-8");
      }
      bytes.unread(head);
    } catch (IOException e) {
      bytes.close();
      throw e;
    }
    return new StrictText(bytes, charset, file, charset.equals(StandardCharsets.UTF_8)
        ? ": Chinese editions of Excel and WPS save CSV as GBK; read such files with Charset.forName(\"GBK\")"
        : ": read the file in the encoding it was saved in");
  }

  /**
   * Which record column each header position holds, null for a skipped one.
   *
   * @throws UnionFormatException if a column is repeated, missing or (unless skipped) unknown
   */
  private static @Nullable String[] columns(List<String> header, CsvLayout<?> layout, Csv.UnknownColumns unknown,
      String file) throws UnionFormatException {
    @Nullable String[] names = new String[header.size()];
    Map<String, Integer> positions = new HashMap<>();
    List<String> unknownColumns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (!layout.columns().contains(name)) {
        unknownColumns.add(name);
        continue;
      }
      Integer before = positions.putIfAbsent(name, i);
      if (before != null) {
        throw new UnionFormatException(file, HEADER_LINE, 0, name, "appears twice in the header (columns "
            + (before + 1) + " and " + (i + 1) + ")");
      }
      names[i] = name;
    }
    if (positions.isEmpty()) {
      // No cell is a column name: the first line is likely a record, which a message must not quote.
      throw new UnionFormatException(file, HEADER_LINE, 0, "", "the first line names none of the " + layout.records()
          + " columns (" + String.join(", ", layout.columns()) + "): a header line must come first");
    }
    List<String> missing = layout.columns().stream()
        .filter(c -> layout.required().contains(c) && !positions.containsKey(c)).toList();
    List<String> problems = new ArrayList<>();
    if (unknown == Csv.UnknownColumns.FAIL && !unknownColumns.isEmpty()) {
      problems.add("unknown column" + (unknownColumns.size() == 1 ? " " : "s ")
          + unknownColumns.stream().map(Texts::quote).collect(Collectors.joining(", ")) + " (the " + layout.records()
          + " columns are " + String.join(", ", layout.columns())
          + "; read with ReadOptions.withUnknownColumns(Csv.UnknownColumns.IGNORE) to skip others)");
    }
    if (!missing.isEmpty()) {
      problems.add("missing required column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
    }
    if (!problems.isEmpty()) {
      String path = unknown == Csv.UnknownColumns.FAIL && !unknownColumns.isEmpty()
          ? unknownColumns.get(0) : missing.get(0);
      throw new UnionFormatException(file, HEADER_LINE, 0, path, String.join("; ", problems));
    }
    return names;
  }

  private final CsvParser parser;
  private final String file;
  private final CsvLayout<T> layout;
  private final @Nullable FirstIds<T> ids;
  private final @Nullable String[] names;
  private @Nullable JsonToken pending;
  private long rowLine;

  // The row being read: each cell's text and where it starts, how many cells, what broke it.
  private final String[] cells;
  private final long[] cellLines;
  private final long[] cellColumns;
  private int count;
  private @Nullable UnionFormatException malformed;

  private CsvRecordReader(CsvParser parser, String file, ReadCounts counts, CsvLayout<T> layout,
      @Nullable FirstIds<T> ids, @Nullable String[] names, @Nullable JsonToken first, long firstLine) {
    super(file, counts);
    this.ids = ids;
    this.parser = parser;
    this.file = file;
    this.layout = layout;
    this.names = names;
    this.pending = first;
    this.rowLine = firstLine;
    this.cells = new String[names.length];
    this.cellLines = new long[names.length];
    this.cellColumns = new long[names.length];
  }

  @Override
  @Nullable T read() throws IOException {
    while (readRow()) {
      counts.next(rowLine);
      T record = parse();
      if (record != null) {
        return record;
      }
    }
    return null;
  }

  /** Reads the next row's cells; false at the end of the input. */
  private boolean readRow() throws IOException {
    JsonToken start = pending;
    pending = null;
    if (start == null) {
      try {
        start = token();
      } catch (JsonProcessingException e) {
        throw shown(new UnionFormatException(file, rowLine, 0, "", "malformed CSV: " + e.getOriginalMessage()));
      }
      rowLine = parser.currentLocation().getLineNr();
    }
    if (start == null) {
      return false;
    }
    count = 0;
    malformed = null;
    long failedAt = -1;
    while (true) {
      JsonToken t;
      try {
        t = token();
      } catch (JsonProcessingException e) {
        long at = parser.currentLocation().getCharOffset();
        if (at == failedAt) {
          throw shown(new UnionFormatException(file, rowLine, 0, "", "malformed CSV the parser cannot read past: "
              + e.getOriginalMessage()));
        }
        failedAt = at;
        if (malformed == null) {
          malformed = malformed(e);
        }
        continue;
      }
      if (t == null || t == JsonToken.END_OBJECT) {
        return true;
      }
      if (t == JsonToken.VALUE_STRING) {
        if (count < cells.length) {
          JsonLocation at = parser.currentTokenLocation();
          cells[count] = parser.getText();
          cellLines[count] = at.getLineNr();
          cellColumns[count] = at.getColumnNr();
        }
        count++;
      }
    }
  }

  /** The next token; undecodable bytes are fatal, and so is a read that fails, saying where. */
  private @Nullable JsonToken token() throws IOException {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException | UnionFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException("reading " + file + " failed at line " + rowLine + ": " + e.getMessage(), e);
    }
  }

  /** Broken quoting or too many cells, located at the row (and at the column, when on the row's line). */
  private UnionFormatException malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    long column = at != null && at.getLineNr() == rowLine && at.getColumnNr() > 0 ? at.getColumnNr() : 0;
    String reason = e instanceof CsvReadException && String.valueOf(e.getOriginalMessage()).startsWith("Too many")
        ? "has more cells than the header's " + cells.length + " columns"
        : "malformed CSV: " + e.getOriginalMessage();
    return new UnionFormatException(file, rowLine, column, "", reason);
  }

  /** The row's record, or null when the row is bad (and handed to the rejects). */
  private @Nullable T parse() throws UnionFormatException {
    UnionFormatException bad;
    if (malformed != null) {
      bad = malformed;
    } else if (count == 1 && cells[0].isEmpty()) {
      bad = new UnionFormatException(file, rowLine, 0, "", "empty line: every line after the header must hold one "
          + layout.records());
    } else if (count != cells.length) {
      bad = new UnionFormatException(file, rowLine, 0, "", "has " + count + (count == 1 ? " cell" : " cells")
          + " but the header " + cells.length + " columns");
    } else {
      Map<String, CsvRow.Cell> row = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        String name = names[i];
        if (name != null) {
          row.put(name, new CsvRow.Cell(CsvCells.restore(cells[i]), cellLines[i], cellColumns[i]));
        }
      }
      T record;
      try {
        record = layout.reader().read(new CsvRow(file, rowLine, row));
      } catch (UnionFormatException e) {
        counts.reject(shown(e));
        return null;
      }
      UnionFormatException repeat = ids == null ? null : ids.check(record, rowLine);
      if (repeat == null) {
        counts.accept();
        return record;
      }
      bad = repeat;
    }
    counts.reject(shown(bad));
    return null;
  }

  /** The failure as a message may show it: without a person's values. */
  private UnionFormatException shown(UnionFormatException bad) {
    return layout.personal() ? bad.hidingValues() : bad;
  }

  /** Closes the parser and the stream. */
  @Override
  public void close() throws IOException {
    parser.close();
  }
}
