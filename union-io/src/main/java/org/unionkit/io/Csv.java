package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.IndicatorUnit;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.RoundingRule;

/**
 * Comma-separated values for spreadsheets, such as
 * {@code Csv.members(Files.newInputStream(path), "members.csv", ReadOptions.defaults())}: members and
 * organisations read and written under their JSON field names, and indicator tables written for reports.
 *
 * <h2>Reading</h2>
 *
 * <p>The first line, the header, names the columns, in any order, with the JSON field names:
 * <ul>
 *   <li>members: {@code id, organisation, sex, birthYear, joined, workRelation, employmentForm, skillLevel,
 *       honours, hardship, citizenId, entry, transferredFrom, left, leaveReason, transferredTo,
 *       underageExemption}, of which {@code id, organisation, workRelation, employmentForm} are
 *       required columns;</li>
 *   <li>organisations: {@code id, name, englishName, kind, parent, region, industry, ownership, employees,
 *       founded}, of which {@code id, name, kind} are required columns.</li>
 * </ul>
 * A header that is empty, repeats a column, lacks a required column or has a column not listed (unless
 * the options say {@link UnknownColumns#IGNORE}) fails at once, naming the columns.
 *
 * <p>Each further row is one record; readers hold one row at a time. Cells hold what the JSON format's
 * strings hold: identifiers and codes as their {@code parse} methods read them, constants by name
 * ({@code FEMALE}), dates as {@code 2020-05-01}, honours as names separated by {@code ;}
 * ({@code NATIONAL_MODEL_WORKER;CRAFTSMAN}). The counts ({@code birthYear}, {@code employees}) are plain
 * digits: {@code 12.5}, {@code 1e3}, {@code +3} and {@code 1,000} are refused, never truncated. An empty
 * cell is an absent attribute ({@code hardship} then is {@code NONE}). Cells are read as they are, not
 * trimmed; an apostrophe this class put before a formula character (see below) is removed.
 *
 * <p>Each bad row (a bad cell, a model rule broken, more or fewer cells than the header, an empty line,
 * broken quoting) is either fatal ({@link Rejects#FAIL}: the iterator throws an
 * {@link UncheckedIOException} whose cause is the {@link UnionFormatException}) or passed to the caller's
 * handler as a {@link Reject} whose path is the column's header (empty for the row as a whole);
 * either way {@code accepted() + rejected() == rowsRead()}. Lines are physical lines from 1, the header
 * being line 1, so a quoted line break inside a cell counts; a bad cell is located where it starts, a bad
 * row where the row starts. Messages never hold a citizen ID number or a birth year.
 *
 * <p>The caller names the encoding: UTF-8 (the default), with or without a byte order mark, or GBK
 * ({@code Charset.forName("GBK")}), which Chinese editions of Excel and WPS write when saving as CSV. Bytes
 * that are not text in the encoding are fatal, and so is a UTF-8 byte order mark on a file read as
 * another encoding: garbled names are never read.
 *
 * <h2>Writing</h2>
 *
 * <p>Member and organisation files have the columns above in that order, a header line first, so that
 * writing then reading gives equal records. Lines end in CRLF, as RFC 4180 has them; cells are quoted
 * where it needs and, by the CSV library's cautious rule, where they hold some other punctuation
 * (spreadsheets read a quoted {@code "27.2%"} as a number all the same). UTF-8 output starts with a byte
 * order mark, without which Excel reads UTF-8 as the local code page; a text the encoding cannot hold (a
 * rare character in GBK) fails, rather than being written as {@code ?}. Member files hold citizen ID
 * numbers in full: they are personal data.
 *
 * <p>Formulas are neutralised, as OWASP advises against CSV injection: a cell written that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it ({@code =SUM(A1)} is written {@code '=SUM(A1)},
 * {@code @cmd} as {@code '@cmd}). Plain numbers are left alone, since a spreadsheet reads them as numbers
 * and runs nothing: an optional sign, digits, an optional decimal fraction and an optional percent sign,
 * such as {@code -3}, {@code +1} or {@code -10.0%}. A text of apostrophes followed by a formula character
 * gets one more, so that reading removes exactly the apostrophe added.
 *
 * <p>{@link #writeTable(IndicatorTable, OutputStream, Charset, Names) Indicator tables} are written with
 * a {@code 名称} (or {@code name}) column of row labels, then one column per indicator, headed by its
 * Chinese (or English) name, followed by the unit for units other than percent, such as
 * {@code 平均每份合同覆盖职工数（人/份）}. Each value is the one the indicator displays, rounded half-up at
 * the unit's decimals, as a number a spreadsheet computes with: {@code 27.2%} for a percentage,
 * {@code 103.1} for other units; an undefined ratio (zero denominator) is an empty cell. The exact counts
 * are not written: keep the {@link IndicatorTable}, or its {@link Ratio}s in JSON, for those.
 *
 * <p>Readers and writers are not thread-safe; the static methods are.
 */
public final class Csv {
  /** The header's line, which header errors name. */
  private static final long HEADER_LINE = 1;
  private static final String LINE_END = "\r\n";
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?%?");

  private static final CsvMapper MAPPER = mapper(ReadLimits.defaults());

  private static final Layout<Member> MEMBERS = new Layout<>("member", CsvRow.MEMBER_COLUMNS,
      CsvRow.MEMBER_REQUIRED, MemberField::read, CsvRow::cells, true);
  private static final Layout<Organisation> ORGANISATIONS = new Layout<>("organisation",
      CsvRow.ORGANISATION_COLUMNS, CsvRow.ORGANISATION_REQUIRED, OrganisationField::read, CsvRow::cells, false);

  private Csv() {}

  /** What a reader does with a header column that is not one of the record's. */
  public enum UnknownColumns {
    /** The header fails, naming the column. */
    FAIL,
    /** The column is skipped, in every row. */
    IGNORE
  }

  /** The names that head an indicator table's columns. */
  public enum Names {
    /** Chinese names, such as 高技能人才占比. */
    CHINESE,
    /** English names, such as {@code high-skill ratio}. */
    ENGLISH
  }

  /** Reads one row into a record, or fails with the row's location. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(CsvRow row) throws UnionFormatException;
  }

  /**
   * The columns of a kind of record and how its rows are read and written; {@code personal} when a row is
   * a person's, whose values a message must not show.
   */
  private record Layout<T>(String records, List<String> columns, Set<String> required, RowReader<T> reader,
      Function<T, List<String>> cells, boolean personal) {}

  // ---- reading ----------------------------------------------------------------------------------------

  /**
   * Reads members from CSV in the options' encoding (UTF-8 unless given, with or without a byte order
   * mark), such as {@code Csv.members(in, "会员.csv", ReadOptions.defaults().withCharset(Charset.forName("GBK"))
   * .withUnknownColumns(UnknownColumns.IGNORE).withRejects(rejects::add))}.
   *
   * @param in the bytes; closed by {@link RecordReader#close()}, or by this method when it throws; not null
   * @param file the file name for messages; not null
   * @param options the encoding, unknown columns, rejects and limits; not null
   * @return the reader, positioned after the header; not null
   * @throws UnionFormatException if the header is empty or has a repeated, missing or (unless ignored)
   *     unknown column, or the start of the file is not text in the encoding
   * @throws IOException if the stream cannot be read
   */
  public static RecordReader<Member> members(InputStream in, String file, ReadOptions options) throws IOException {
    return open(in, file, options, MEMBERS);
  }

  /**
   * Reads organisations from CSV in the options' encoding (UTF-8 unless given, with or without a byte
   * order mark), such as {@code Csv.organisations(in, "基层工会.csv", ReadOptions.defaults())}.
   *
   * @param in the bytes; closed by {@link RecordReader#close()}, or by this method when it throws; not null
   * @param file the file name for messages; not null
   * @param options the encoding, unknown columns, rejects and limits; not null
   * @return the reader, positioned after the header; not null
   * @throws UnionFormatException if the header is empty or has a repeated, missing or (unless ignored)
   *     unknown column, or the start of the file is not text in the encoding
   * @throws IOException if the stream cannot be read
   */
  public static RecordReader<Organisation> organisations(InputStream in, String file, ReadOptions options)
      throws IOException {
    return open(in, file, options, ORGANISATIONS);
  }

  /** A writer of records as rows of the generator, each record's cells made by {@code cells}. */
  private static <T> RecordWriter<T> rows(JsonGenerator generator, Function<T, List<String>> cells) {
    return new RecordWriter<>(new RecordWriter.Format<T>() {
      @Override
      public void write(T record) throws IOException {
        Csv.write(generator, cells.apply(record));
      }

      @Override
      public void flush() throws IOException {
        generator.flush();
      }

      @Override
      public void close() throws IOException {
        generator.close();
      }
    });
  }

  /** A CSV mapper reading within the limits. */
  private static CsvMapper mapper(ReadLimits limits) {
    return new CsvMapper(CsvFactory.builder().streamReadConstraints(limits.constraints())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build());
  }

  private static <T> RecordReader<T> open(InputStream in, String file, ReadOptions options, Layout<T> layout)
      throws IOException {
    ReadLimits limits = options.limits();
    Charset charset = options.charset();
    UnknownColumns unknown = options.unknownColumns();
    Rejects rejects = options.rejects();
    CsvMapper mapper = limits.equals(ReadLimits.defaults()) ? MAPPER : mapper(limits);
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
      if (!header.isEmpty() && !header.get(0).isEmpty() && header.get(0).charAt(0) == BYTE_ORDER_MARK) {
        header.set(0, header.get(0).substring(1));
      }
      @Nullable String[] names = columns(header, layout, unknown, file);
      RecordReader<T> reader = new CsvRecordReader<>(parser, file, rejects, limits, layout, names, first,
          parser.currentLocation().getLineNr());
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
  private static @Nullable String[] columns(List<String> header, Layout<?> layout, UnknownColumns unknown,
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
    if (unknown == UnknownColumns.FAIL && !unknownColumns.isEmpty()) {
      problems.add("unknown column" + (unknownColumns.size() == 1 ? " " : "s ")
          + unknownColumns.stream().map(Fields::quote).collect(Collectors.joining(", ")) + " (the " + layout.records()
          + " columns are " + String.join(", ", layout.columns())
          + "; read with ReadOptions.withUnknownColumns(UnknownColumns.IGNORE) to skip others)");
    }
    if (!missing.isEmpty()) {
      problems.add("missing required column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
    }
    if (!problems.isEmpty()) {
      String path = unknown == UnknownColumns.FAIL && !unknownColumns.isEmpty()
          ? unknownColumns.get(0) : missing.get(0);
      throw new UnionFormatException(file, HEADER_LINE, 0, path, String.join("; ", problems));
    }
    return names;
  }

  /** Reads one record per row. */
  private static final class CsvRecordReader<T> extends RecordReader<T> {
    private final CsvParser parser;
    private final String file;
    private final Layout<T> layout;
    private final @Nullable String[] names;
    private @Nullable JsonToken pending;
    private long rowLine;

    // The row being read: each cell's text and where it starts, how many cells, what broke it.
    private final String[] cells;
    private final long[] cellLines;
    private final long[] cellColumns;
    private int count;
    private @Nullable UnionFormatException malformed;

    CsvRecordReader(CsvParser parser, String file, Rejects rejects, ReadLimits limits,
        Layout<T> layout, @Nullable String[] names, @Nullable JsonToken first, long firstLine) {
      super(file, rejects, limits);
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
    boolean advance() throws IOException {
      if (!readRow()) {
        return false;
      }
      count(rowLine);
      parse();
      return true;
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

    private void parse() throws UnionFormatException {
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
            row.put(name, new CsvRow.Cell(restore(cells[i]), cellLines[i], cellColumns[i]));
          }
        }
        T record;
        try {
          record = layout.reader().read(new CsvRow(file, rowLine, row));
        } catch (UnionFormatException e) {
          reject(shown(e));
          return;
        }
        accept(record, rowLine, "id");
        return;
      }
      reject(shown(bad));
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

  // ---- writing ----------------------------------------------------------------------------------------

  /**
   * Writes members, such as {@code Csv.memberWriter(Files.newOutputStream(path), StandardCharsets.UTF_8)},
   * starting with the header.
   *
   * @param out the destination, flushed and closed by {@link RecordWriter#close()}; not null
   * @param charset the encoding, such as UTF-8 (written with a byte order mark) or GBK; not null
   * @return the writer, not null
   * @throws IOException if the header cannot be written
   */
  public static RecordWriter<Member> memberWriter(OutputStream out, Charset charset) throws IOException {
    return rows(generator(out, charset, MEMBERS.columns(), true), MEMBERS.cells());
  }

  /**
   * Writes organisations, such as
   * {@code Csv.organisationWriter(Files.newOutputStream(path), Charset.forName("GBK"))}, starting with the
   * header.
   *
   * @param out the destination, flushed and closed by {@link RecordWriter#close()}; not null
   * @param charset the encoding, such as UTF-8 (written with a byte order mark) or GBK; not null
   * @return the writer, not null
   * @throws IOException if the header cannot be written
   */
  public static RecordWriter<Organisation> organisationWriter(OutputStream out, Charset charset)
      throws IOException {
    return rows(generator(out, charset, ORGANISATIONS.columns(), true), ORGANISATIONS.cells());
  }

  /**
   * Writes an indicator table, such as
   * {@code Csv.writeTable(table, out, StandardCharsets.UTF_8, Csv.Names.CHINESE)}: a header of names, then
   * one row per table row with the values the indicators display, as the class description sets out.
   *
   * @param table the table; not null
   * @param out the destination, flushed and left open; not null
   * @param charset the encoding, such as UTF-8 (written with a byte order mark) or GBK; not null
   * @param names the names heading the columns; not null
   * @throws IOException if writing fails, or a row label cannot be encoded in the charset
   */
  public static void writeTable(IndicatorTable table, OutputStream out, Charset charset, Names names)
      throws IOException {
    List<String> header = new ArrayList<>();
    header.add(names == Names.CHINESE ? "名称" : "name");
    table.columns().forEach(i -> header.add(heading(i, names)));
    try (JsonGenerator generator = generator(out, charset, header, false)) {
      for (int r = 0; r < table.rows().size(); r++) {
        List<String> row = new ArrayList<>();
        row.add(table.rows().get(r));
        for (int c = 0; c < table.columns().size(); c++) {
          row.add(value(table.columns().get(c), table.cell(r, c)));
        }
        write(generator, row);
      }
    }
  }

  /** An indicator's name, with the unit unless it is percent (whose values carry a % sign). */
  private static String heading(Indicator indicator, Names names) {
    IndicatorUnit unit = indicator.unit();
    boolean percent = unit == IndicatorUnit.PERCENT;
    return switch (names) {
      case CHINESE -> indicator.chinese() + (percent ? "" : "（" + unit.symbol() + "）");
      case ENGLISH -> indicator.english() + (percent ? "" : " (" + unit.english() + ")");
    };
  }

  /** The displayed value as a spreadsheet number: {@code 27.2%}, {@code 103.1}; empty when undefined. */
  private static String value(Indicator indicator, Ratio ratio) {
    return indicator.value(ratio, RoundingRule.HALF_UP)
        .map(v -> v.toPlainString() + (indicator.unit() == IndicatorUnit.PERCENT ? "%" : ""))
        .orElse("");
  }

  /** A generator writing rows of strings in the charset, refusing unencodable text, the header written. */
  private static JsonGenerator generator(OutputStream out, Charset charset, List<String> header, boolean closeOut)
      throws IOException {
    Writer text = new OutputStreamWriter(out, charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    if (charset.equals(StandardCharsets.UTF_8)) {
      text.write(BYTE_ORDER_MARK);
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator(LINE_END);
    for (int i = 0; i < header.size(); i++) {
      schema.addColumn("c" + i);
    }
    JsonGenerator generator = MAPPER.getFactory().createGenerator(text);
    generator.setSchema(schema.build());
    if (!closeOut) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
    write(generator, header);
    return generator;
  }

  /** Writes one row, each cell neutralised. */
  private static void write(JsonGenerator generator, List<String> cells) throws IOException {
    generator.writeStartArray();
    for (String cell : cells) {
      generator.writeString(neutralise(cell));
    }
    generator.writeEndArray();
  }

  // ---- formulas ---------------------------------------------------------------------------------------

  /** The cell as written: with a leading apostrophe if a spreadsheet would run it as a formula. */
  static String neutralise(String cell) {
    return isFormula(cell) ? "'" + cell : cell;
  }

  /** The cell as read: without the apostrophe {@link #neutralise(String)} adds. */
  static String restore(String cell) {
    return cell.startsWith("'") && isFormula(cell.substring(1)) ? cell.substring(1) : cell;
  }

  /**
   * Whether the text, after any leading apostrophes, begins with a formula character and is not a plain
   * number. Counting the apostrophes in makes {@link #restore(String)} undo {@link #neutralise(String)}
   * for every text.
   */
  private static boolean isFormula(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0
        && !PLAIN_NUMBER.matcher(cell.substring(i)).matches();
  }
}
