package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * CSV cells as {@link Csv} writes and reads them: the CSV mapper within limits, rows written in a charset
 * (a byte order mark before UTF-8, text the charset cannot hold refused, CRLF line ends), and formulas
 * neutralised on the way out and restored on the way in, by the rule {@link Csv} states.
 */
final class CsvCells {
  static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final String LINE_END = "\r\n";
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?%?");

  /** The mapper within the default limits. */
  static final CsvMapper MAPPER = mapper(ReadLimits.defaults());

  private CsvCells() {}

  /** A CSV mapper reading within the limits. */
  static CsvMapper mapper(ReadLimits limits) {
    return new CsvMapper(CsvFactory.builder().streamReadConstraints(limits.constraints())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build());
  }

  /** A writer of records as rows of the generator, each record's cells made by {@code cells}. */
  static <T> RecordWriter<T> rows(JsonGenerator generator, Function<T, List<String>> cells) {
    return new RecordWriter<>(new RecordWriter.Format<T>() {
      @Override
      public void write(T record) throws IOException {
        CsvCells.write(generator, cells.apply(record));
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

  /**
   * A generator writing rows of strings in the charset, refusing unencodable text, the header written; UTF-8
   * starts with a byte order mark, by which Excel knows it.
   */
  static JsonGenerator generator(OutputStream out, Charset charset, List<String> header, boolean closeOut)
      throws IOException {
    return generator(out, charset, header, closeOut, charset.equals(StandardCharsets.UTF_8));
  }

  /** A generator as above, with a byte order mark or without (for a file whose rows will be appended to another). */
  static JsonGenerator generator(OutputStream out, Charset charset, List<String> header, boolean closeOut,
      boolean byteOrderMark) throws IOException {
    Writer text = new OutputStreamWriter(out, charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    if (byteOrderMark) {
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
  static void write(JsonGenerator generator, List<String> cells) throws IOException {
    generator.writeStartArray();
    for (String cell : cells) {
      generator.writeString(neutralise(cell));
    }
    generator.writeEndArray();
  }

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
