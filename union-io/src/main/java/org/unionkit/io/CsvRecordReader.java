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
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  /** How much of the header line is looked at for its separator. */
  private static final int SEPARATOR_PEEK = 64 * 1024;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static <T> RecordReader<T> open(InputStream in, String file, ReadOptions options, CsvLayout<T> layout,
      RowCheck<T> check) throws IOException {
    ReadLimits limits = options.limits();
    CsvMapper mapper = limits.equals(ReadLimits.defaults()) ? CsvCells.MAPPER : CsvCells.mapper(limits);
    PushbackReader text = new PushbackReader(decode(in, file, options.charset()), SEPARATOR_PEEK);
    CsvParser parser;
    try {
      char separator = separator(text);
      parser = mapper.getFactory().createParser(text);
      parser.setSchema(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator));
    } catch (IOException | RuntimeException e) {
      text.close();
      throw e;
    }
    boolean taken = false;
    try {
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
      TableHeader names = TableHeader.of(header, "the first line names none of the", layout, options.unknownColumns(), false,
          (position, path, reason) -> new UnionFormatException(file, HEADER_LINE, 0, path, reason));
      RecordReader<T> reader = new CsvRecordReader<>(parser, file, new ReadCounts(file, options.rejects(), limits),
          layout, check, names, first, parser.currentLocation().getLineNr());
      taken = true;
      return reader;
    } finally {
      if (!taken) {
        parser.close();
      }
    }
  }

  /**
   * The stream decoded strictly: UTF-16 when it starts with a UTF-16 byte order mark (Excel's "Unicode
   * text"), else the charset given, refusing a UTF-8 byte order mark on a file read as another encoding.
   */
  private static Reader decode(InputStream in, String file, Charset charset) throws IOException {
    PushbackInputStream bytes = new PushbackInputStream(in, UTF8_BOM.length);
    Charset read = charset;
    try {
      byte[] head = bytes.readNBytes(UTF8_BOM.length);
      if (Arrays.equals(head, UTF8_BOM) && !charset.equals(StandardCharsets.UTF_8)) {
        throw new UnionFormatException(file, HEADER_LINE, 1, "", "starts with a UTF-8 byte order mark but is read as "
            + charset.name() + ": read it as UTF-8");
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        read = StandardCharsets.UTF_16LE;
      } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        read = StandardCharsets.UTF_16BE;
      }
      bytes.unread(head);
    } catch (IOException e) {
      bytes.close();
      throw e;
    }
    return new StrictText(bytes, read, file, read.equals(StandardCharsets.UTF_8)
        ? ": Chinese editions of Excel and WPS save CSV as GBK; read such files with Charset.forName(\"GB18030\"), "
            + "which holds GBK and the rare characters of names"
        : ": read the file in the encoding it was saved in");
  }

  /**
   * The header line's separator: a tab when the line holds a tab and no comma (tab-separated text, as
   * Excel saves "Unicode text"), else a comma. The line is peeked, not consumed.
   */
  private static char separator(PushbackReader text) throws IOException {
    char[] peek = new char[SEPARATOR_PEEK];
    int n = 0;
    int c;
    while (n < peek.length && (c = text.read()) != -1) {
      peek[n++] = (char) c;
      if (c == '\n') {
        break;
      }
    }
    text.unread(peek, 0, n);
    boolean tab = false;
    for (int i = 0; i < n; i++) {
      if (peek[i] == ',') {
        return ',';
      }
      tab |= peek[i] == '\t';
    }
    return tab ? '\t' : ',';
  }

  private final CsvParser parser;
  private final String file;
  private final CsvLayout<T> layout;
  private final RowCheck<T> check;
  private final TableHeader names;
  private @Nullable JsonToken pending;
  private long rowLine;

  // The row being read: each cell's text and where it starts, how many cells, what broke it.
  private final String[] cells;
  private final long[] cellLines;
  private final long[] cellColumns;
  private int count;
  private @Nullable UnionFormatException malformed;

  private CsvRecordReader(CsvParser parser, String file, ReadCounts counts, CsvLayout<T> layout,
      RowCheck<T> check, TableHeader names, @Nullable JsonToken first, long firstLine) {
    super(file, counts, names.dropped());
    this.check = check;
    this.parser = parser;
    this.file = file;
    this.layout = layout;
    this.names = names;
    this.pending = first;
    this.rowLine = firstLine;
    this.cells = new String[names.size()];
    this.cellLines = new long[names.size()];
    this.cellColumns = new long[names.size()];
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
      for (int i = 0; i < names.size(); i++) {
        String name = names.field(i);
        if (name != null) {
          row.put(name, new CsvRow.Cell(CsvCells.restore(cells[i]), cellLines[i], cellColumns[i]));
        }
      }
      T record;
      CsvRow read = new CsvRow(file, null, rowLine, row);
      try {
        record = layout.reader().read(read);
      } catch (UnionFormatException e) {
        counts.reject(shown(e));
        return null;
      }
      UnionFormatException refused = check.check(record, read);
      if (refused == null) {
        counts.accept();
        return record;
      }
      bad = refused;
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
