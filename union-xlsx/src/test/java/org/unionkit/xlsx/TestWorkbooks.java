package org.unionkit.xlsx;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written as their XML, cell by cell, so that tests hold every kind of cell a person or a program
 * leaves (dates in either date system, numbers stored as text, formulas with and without a computed value,
 * errors), as Excel and WPS store them: a sheet's rows in {@code sheetData}, text inline, styles giving
 * date formats.
 */
final class TestWorkbooks {
  /** Style indexes of {@link #STYLES}: general, built-in date 14, a Chinese date format, text. */
  static final int GENERAL = 0;
  static final int DATE = 1;
  static final int CHINESE_DATE = 2;
  static final int TEXT = 3;

  private static final String STYLES = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
      <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
      <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
      <borders count="1"><border/></borders>
      <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
      <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
      <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
      <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
      <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
      </styleSheet>
      """;

  /** Writes a part's content (a sheet's XML, streamed: it may be larger than memory holds). */
  @FunctionalInterface
  interface PartContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Map<String, StringBuilder> sheets = new LinkedHashMap<>();
  private final Map<String, List<String>> merges = new LinkedHashMap<>();
  private boolean date1904;
  private StringBuilder current;
  private List<String> currentMerges;
  private int row;
  private int column;

  /** A workbook whose first sheet is {@code name}. */
  static TestWorkbooks sheet(String name) {
    return new TestWorkbooks().andSheet(name);
  }

  @CanIgnoreReturnValue
  TestWorkbooks andSheet(String name) {
    current = new StringBuilder();
    sheets.put(name, current);
    currentMerges = new ArrayList<>();
    merges.put(name, currentMerges);
    row = 0;
    return this;
  }

  @CanIgnoreReturnValue
  TestWorkbooks date1904() {
    date1904 = true;
    return this;
  }

  /** Merges a range of the current sheet, such as {@code A1:B1}: its first cell shows the value, the others none. */
  @CanIgnoreReturnValue
  TestWorkbooks merge(String range) {
    currentMerges.add(range);
    return this;
  }

  /** Starts the next row, or the row {@code number} (skipping rows leaves them empty). */
  @CanIgnoreReturnValue
  TestWorkbooks row() {
    return row(row + 1);
  }

  @CanIgnoreReturnValue
  TestWorkbooks row(int number) {
    closeRow();
    row = number;
    column = 0;
    current.append("<row r=\"").append(row).append("\">");
    return this;
  }

  /** A row of text cells. */
  @CanIgnoreReturnValue
  TestWorkbooks texts(String... texts) {
    row();
    for (String t : texts) {
      if (t.isEmpty()) {
        skip();
      } else {
        text(t);
      }
    }
    return this;
  }

  @CanIgnoreReturnValue
  TestWorkbooks skip() {
    column++;
    return this;
  }

  @CanIgnoreReturnValue
  TestWorkbooks text(String text) {
    return cell("t=\"inlineStr\"", "<is><t>" + escape(text) + "</t></is>");
  }

  @CanIgnoreReturnValue
  TestWorkbooks number(String value) {
    return number(value, GENERAL);
  }

  @CanIgnoreReturnValue
  TestWorkbooks number(String value, int style) {
    return cell("s=\"" + style + "\"", "<v>" + value + "</v>");
  }

  @CanIgnoreReturnValue
  TestWorkbooks formula(String formula, String cachedNumber) {
    return cell("", "<f>" + escape(formula) + "</f>" + (cachedNumber == null ? "" : "<v>" + cachedNumber + "</v>"));
  }

  @CanIgnoreReturnValue
  TestWorkbooks textFormula(String formula, String cachedText) {
    return cell("t=\"str\"", "<f>" + escape(formula) + "</f><v>" + escape(cachedText) + "</v>");
  }

  @CanIgnoreReturnValue
  TestWorkbooks error(String code) {
    return cell("t=\"e\"", "<v>" + escape(code) + "</v>");
  }

  @CanIgnoreReturnValue
  TestWorkbooks bool(boolean value) {
    return cell("t=\"b\"", "<v>" + (value ? 1 : 0) + "</v>");
  }

  @CanIgnoreReturnValue
  private TestWorkbooks cell(String attributes, String content) {
    column++;
    current.append("<c r=\"").append(letters(column)).append(row).append("\" ").append(attributes).append('>')
        .append(content).append("</c>");
    return this;
  }

  private void closeRow() {
    if (row > 0 && current.length() > 0 && !current.toString().endsWith("</row>")) {
      current.append("</row>");
    }
  }

  static String letters(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Writes the workbook. */
  Path write(Path file) throws IOException {
    closeRow();
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      List<String> names = new ArrayList<>(sheets.keySet());
      StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
          + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
          + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
          + "\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
      StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
          + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships\">" + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>");
      StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
          + "http://schemas.openxmlformats.org/package/2006/relationships\">");
      for (int i = 1; i <= names.size(); i++) {
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        workbook.append("<sheet name=\"").append(escape(names.get(i - 1))).append("\" sheetId=\"").append(i)
            .append("\" r:id=\"rId").append(i).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
      }
      rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships/styles\" Target=\"styles.xml\"/></Relationships>");
      put(zip, "[Content_Types].xml", types.append("</Types>").toString());
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
          + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
      put(zip, "xl/styles.xml", STYLES);
      for (int i = 1; i <= names.size(); i++) {
        List<String> ranges = merges.get(names.get(i - 1));
        put(zip, "xl/worksheets/sheet" + i + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheets.get(names.get(i - 1))
            + "</sheetData>" + (ranges.isEmpty() ? "" : "<mergeCells count=\"" + ranges.size() + "\">"
            + ranges.stream().map(r -> "<mergeCell ref=\"" + r + "\"/>").collect(Collectors.joining())
            + "</mergeCells>") + "</worksheet>");
      }
    }
    return file;
  }

  /**
   * Replaces a part of a written workbook, such as {@code xl/worksheets/sheet1.xml}, by content streamed into
   * the archive (deflated, so a part of 100 MB of repeated bytes takes a few hundred kB on disk).
   */
  static Path replacePart(Path file, String part, PartContent content) throws IOException {
    Path copy = Files.createTempFile(file.getParent(), "part", ".xlsx");
    try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(part)) {
          content.writeTo(zip);
        } else {
          try (InputStream old = in.getInputStream(entry)) {
            old.transferTo(zip);
          }
        }
        zip.closeEntry();
      }
    }
    return Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
