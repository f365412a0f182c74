package org.unionkit.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** A written workbook read back with fastexcel's reader, cells with their formats, and its sheets' XML. */
final class ReadBack {
  private static final Pattern COLUMN = Pattern.compile("<col min=\"(\\d+)\" max=\"(\\d+)\" width=\"([0-9.]+)\"");

  private final byte[] bytes;

  private ReadBack(byte[] bytes) {
    this.bytes = bytes;
  }

  static ReadBack of(XlsxWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.writeTo(out);
    return new ReadBack(out.toByteArray());
  }

  static ReadBack of(Path file) throws IOException {
    return new ReadBack(Files.readAllBytes(file));
  }

  /** The sheets' names, in the order of the tabs. */
  List<String> sheets() throws IOException {
    try (ReadableWorkbook workbook = open()) {
      return workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
    }
  }

  /** Every row of a sheet, header rows included. */
  List<Row> rows(String sheet) throws IOException {
    try (ReadableWorkbook workbook = open()) {
      return workbook.findSheet(sheet).orElseThrow().read();
    }
  }

  /**
   * The XML of the sheet at a position from 1.
   */
  String xml(int position) throws IOException {
    return part("xl/worksheets/sheet" + position + ".xml");
  }

  /**
   * A part of the package, such as {@code xl/styles.xml}, read through the zip's central directory (the
   * entries are streamed with their sizes after the data, which {@code ZipInputStream} does not read).
   */
  String part(String name) throws IOException {
    Path file = Files.createTempFile("read-back", ".xlsx");
    try {
      Files.write(file, bytes);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = zip.getInputStream(entry)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } finally {
      Files.delete(file);
    }
  }

  /** The widths the sheet at a position sets, by column from 0. */
  Map<Integer, Double> widths(int position) throws IOException {
    Map<Integer, Double> widths = new LinkedHashMap<>();
    Matcher m = COLUMN.matcher(xml(position));
    while (m.find()) {
      for (int c = Integer.parseInt(m.group(1)); c <= Integer.parseInt(m.group(2)); c++) {
        widths.put(c - 1, Double.parseDouble(m.group(3)));
      }
    }
    return widths;
  }

  /** The texts of a row's cells from column 0 to {@code columns}, as {@link #text(Optional)} reads them. */
  static List<String> texts(Row row, int columns) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      texts.add(text(row.getOptionalCell(c)));
    }
    return texts;
  }

  /**
   * A cell as text the way a person reads it: a text as it is, a date cell as {@code yyyy-mm-dd}, another
   * number in plain digits, an empty cell as empty.
   */
  static String text(Optional<Cell> cell) {
    if (cell.isEmpty()) {
      return "";
    }
    Cell c = cell.get();
    return switch (c.getType()) {
      case STRING -> c.asString();
      case NUMBER -> Grid.DATE.equals(c.getDataFormatString()) ? c.asDate().toLocalDate().toString()
          : c.asNumber().toPlainString();
      case EMPTY -> "";
      case FORMULA, ERROR, BOOLEAN -> throw new AssertionError("a " + c.getType() + " cell at " + c.getAddress());
    };
  }

  /** Asserts a cell's type and number format, as the reader gives it for a number cell. */
  static Cell typed(Row row, int column, CellType type, String format) {
    Cell cell = typed(row, column, type);
    assertThat(cell.getDataFormatString()).as("the format of %s", cell.getAddress()).isEqualTo(format);
    return cell;
  }

  /** Asserts a cell's type. */
  static Cell typed(Row row, int column, CellType type) {
    Cell cell = row.getCell(column);
    assertThat(cell.getType()).as("the type of %s", cell.getAddress()).isEqualTo(type);
    return cell;
  }

  /**
   * The number format of a cell, such as {@code K2}, of the sheet at a position from 1, read from the XML:
   * the reader gives none for text cells.
   */
  String format(int position, String cell) throws IOException {
    Matcher style = Pattern.compile("<c r=\"" + cell + "\" s=\"(\\d+)\"").matcher(xml(position));
    assertThat(style.find()).as("cell %s has a style", cell).isTrue();
    String styles = part("xl/styles.xml");
    String cellFormats = styles.substring(styles.indexOf("<cellXfs"));
    Matcher xf = Pattern.compile("<xf numFmtId=\"(\\d+)\"").matcher(cellFormats);
    for (int i = 0; i <= Integer.parseInt(style.group(1)); i++) {
      assertThat(xf.find()).as("cell format %s", i).isTrue();
    }
    Matcher format = Pattern.compile("<numFmt numFmtId=\"" + xf.group(1) + "\" formatCode=\"([^\"]*)\"")
        .matcher(styles);
    assertThat(format.find()).as("number format %s", xf.group(1)).isTrue();
    return format.group(1);
  }

  private ReadableWorkbook open() throws IOException {
    InputStream in = new ByteArrayInputStream(bytes);
    return new ReadableWorkbook(in, new ReadingOptions(true, false));
  }
}
