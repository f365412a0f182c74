package org.unionkit.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.unionkit.io.Collected;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordReader;
import org.unionkit.io.TableSource;
import org.unionkit.io.Tables;
import org.unionkit.io.UnionFormatException;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.RollUp;

/**
 * Registers read from a workbook's sheet (.xlsx, as Excel and WPS save them), such as
 * {@code Xlsx.members(Path.of("会员.xlsx"), SheetChoice.named("会员"), ReadOptions.defaults()
 * .withRejects(rejects::add))}: the columns, Chinese names, code spellings and dropped personal columns of
 * {@code Csv}, the header found below titles and group headings, each cell read by the kind of value typed
 * in it, as {@link Tables} sets out. Every bad cell is a located reject: {@code 会员.xlsx: 会员!C5: joined:
 * ...}.
 *
 * <p>The sheet is streamed (fastexcel's reader): memory does not grow with its rows, but for the workbook's
 * table of shared strings, which a reader must hold to read any cell that uses it (BENCHMARKS.md measures
 * a 10<sup>6</sup>-row register).
 *
 * <p>A file that is not a workbook fails with one {@link UnionFormatException} saying what it is instead: an
 * Excel 97-2003 .xls or a password-protected workbook (both OLE2 compound files, which only the application
 * that wrote them can open), a ZIP archive without a workbook, or something else.
 */
public final class Xlsx {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  /** The workbook part's flag of the 1904 date system, which comes before its sheets. */
  private static final Pattern DATE_1904 = Pattern.compile("<(?:\\w+:)?workbookPr\\b[^>]*\\bdate1904\\s*=\\s*[\"'](?:1|true)[\"']");
  private static final int WORKBOOK_HEAD = 64 * 1024;
  /** A relationship of the workbook's part to another, such as a sheet's, and its id and target. */
  private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\b([^>]*)>");
  private static final Pattern RELATIONSHIP_ID = Pattern.compile("\\bId\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern RELATIONSHIP_TARGET = Pattern.compile("\\bTarget\\s*=\\s*[\"']([^\"']*)[\"']");

  private Xlsx() {}

  /**
   * Whether a file's first bytes are those of a workbook: a ZIP archive, as every .xlsx is, or an OLE2
   * compound file (an .xls, or a workbook with a password), which the readers refuse with a clear message.
   *
   * @param file the file; not null
   * @return whether it looks like a workbook
   * @throws IOException if the file cannot be read
   */
  public static boolean isWorkbook(Path file) throws IOException {
    byte[] head = head(file);
    return startsWith(head, ZIP) || startsWith(head, OLE2);
  }

  /**
   * The names of a workbook's sheets, in the order of their tabs.
   *
   * @param file the workbook; not null
   * @return the names, not null
   * @throws UnionFormatException if the file is not a readable workbook
   * @throws IOException if it cannot be read
   */
  public static List<String> sheets(Path file) throws IOException {
    try (ReadableWorkbook workbook = open(file)) {
      return workbook.getSheets().map(Sheet::getName).toList();
    } catch (RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Reads members from a sheet, under the columns of {@code Csv}; a member whose id an earlier row held is a
   * bad row ({@code duplicate-id}).
   *
   * @param file the workbook; not null
   * @param sheet which sheet; not null
   * @param options unknown columns, rejects and limits; not null
   * @return the reader, positioned after the header; not null
   * @throws UnionFormatException if the file is not a readable workbook, has no such sheet, or the sheet's
   *     header is bad ({@link Tables#members})
   * @throws IOException if the file cannot be read
   */
  public static RecordReader<Member> members(Path file, SheetChoice sheet, ReadOptions options) throws IOException {
    Opened opened = open(file, sheet, options);
    return Tables.members(opened.source(), file.toString(), opened.name(), options);
  }

  /**
   * Reads organisations from a sheet, under the columns of {@code Csv}.
   *
   * @param file the workbook; not null
   * @param sheet which sheet; not null
   * @param options unknown columns, rejects and limits; not null
   * @return the reader, positioned after the header; not null
   * @throws UnionFormatException as {@link #members} does
   * @throws IOException if the file cannot be read
   */
  public static RecordReader<Organisation> organisations(Path file, SheetChoice sheet, ReadOptions options)
      throws IOException {
    Opened opened = open(file, sheet, options);
    return Tables.organisations(opened.source(), file.toString(), opened.name(), options);
  }

  /**
   * Rolls up the members of a sheet over a tree, row by row: the same roll-up and counts as
   * {@code Ndjson.rollUp} gives for the same members written as lines ({@link Tables#rollUp}).
   *
   * @param file the workbook; not null
   * @param sheet which sheet; not null
   * @param tree the organisations; not null
   * @param contracts the contracts; not null
   * @param options unknown columns, counting, rejects and limits; not null
   * @return the roll-up and the row counts, not null
   * @throws UnionFormatException as {@link #members} does, and at the first bad row with
   *     {@code Rejects.FAIL}
   * @throws IOException if the file cannot be read
   */
  public static Collected<RollUp> rollUp(Path file, SheetChoice sheet, OrganisationTree tree,
      Iterable<CollectiveContract> contracts, ReadOptions options) throws IOException {
    Opened opened = open(file, sheet, options);
    return Tables.rollUp(opened.source(), file.toString(), opened.name(), tree, contracts, options);
  }

  /** A sheet opened for reading, with its name for messages. */
  private record Opened(TableSource source, String name) {}

  private static Opened open(Path file, SheetChoice choice, ReadOptions options) throws IOException {
    ReadableWorkbook workbook = open(file);
    boolean taken = false;
    try {
      Sheet sheet = sheet(workbook, file, choice);
      Stream<Row> rows;
      try {
        rows = sheet.openStream();
      } catch (IOException | RuntimeException e) {
        // fastexcel's reader wraps a sheet part that is no XML (cut short, damaged) in a plain IOException.
        throw unreadable(file, e);
      }
      // Outside the catches of fastexcel's failures: a failure of ours stays what it is.
      Parts parts = parts(file, sheet.getId(), options.limits().maxDocumentChars());
      TableSource source = new SheetSource(workbook, rows, parts.date1904(), parts.merged(), (row, reason) ->
          UnionFormatException.atCell(file.toString(), sheet.getName(), row, 0, "", reason));
      taken = true;
      return new Opened(source, sheet.getName());
    } finally {
      if (!taken) {
        workbook.close();
      }
    }
  }

  /** The sheet chosen, or a failure naming the workbook's sheets. */
  private static Sheet sheet(ReadableWorkbook workbook, Path file, SheetChoice choice) throws UnionFormatException {
    try {
      Optional<Sheet> found = choice.name().isPresent() ? workbook.findSheet(choice.name().get())
          : workbook.getSheet(choice.position().getAsInt() - 1);
      if (found.isPresent()) {
        return found.get();
      }
      List<String> names = workbook.getSheets().map(Sheet::getName).toList();
      throw UnionFormatException.of(file.toString(), "has no sheet "
          + (choice.name().isPresent() ? "named " + choice : "at position " + choice) + " (its sheets: "
          + String.join(", ", names) + ")");
    } catch (RuntimeException e) {
      throw unreadable(file, e);
    }
  }


  /** Opens a workbook, telling an .xls or password-protected file and a non-workbook apart. */
  private static ReadableWorkbook open(Path file) throws IOException {
    byte[] head = head(file);
    if (startsWith(head, OLE2)) {
      throw UnionFormatException.of(file.toString(), "is an OLE2 compound file: a workbook with a "
          + "password, or an Excel 97-2003 .xls; save it as an .xlsx workbook without a password");
    }
    if (!startsWith(head, ZIP)) {
      throw UnionFormatException.of(file.toString(), "is not an .xlsx workbook (not a ZIP archive)");
    }
    try {
      return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, e);
    }
  }

  /** What this class reads of a workbook's parts itself: the date system, and the sheet's merges. */
  private record Parts(boolean date1904, MergedCells merged) {}

  /**
   * Checks each part of the workbook against the limit of a document's size, before any is read: a
   * workbook is a ZIP archive, and a small file may unpack to a sheet or a table of strings of gigabytes.
   * Then tells whether the workbook counts dates from 1904: its {@code workbookPr date1904} is {@code 1} or
   * {@code true}. Read here because fastexcel 0.19's reader takes only {@code true}, while Excel writes
   * {@code 1}, which would put every date four years and a day early. And scans the sheet's part for its
   * merged cells, which fastexcel's reader passes over.
   *
   * @param sheetId the sheet's relationship id in the workbook, such as {@code rId1}
   * @throws UnionFormatException naming a part past the limit, or if the archive is damaged
   */
  private static Parts parts(Path file, String sheetId, long maxBytes) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry sheet = sheetPart(zip, sheetId);
      for (ZipEntry entry : Collections.list(zip.entries())) {
        // The archive's own record of the size may understate it: the part is unpacked and counted too (the
        // sheet's part as it is scanned below).
        boolean counted = entry.getSize() > maxBytes || sheet != null && entry.getName().equals(sheet.getName());
        long size = counted ? entry.getSize() : unpacked(zip, entry, maxBytes + 1);
        if (size > maxBytes) {
          throw tooLarge(file, entry, size, maxBytes);
        }
      }
      MergedCells merged = MergedCells.none();
      if (sheet != null) {
        try (InputStream in = zip.getInputStream(sheet)) {
          merged = MergedCells.scan(in, file.toString(), maxBytes, most -> tooLarge(file, sheet, most + 1, most));
        }
      }
      ZipEntry entry = zip.getEntry("xl/workbook.xml");
      if (entry == null) {
        return new Parts(false, merged);
      }
      try (InputStream in = zip.getInputStream(entry)) {
        String head = new String(in.readNBytes(WORKBOOK_HEAD), StandardCharsets.UTF_8);
        return new Parts(DATE_1904.matcher(head).find(), merged);
      }
    } catch (ZipException e) {
      throw unreadable(file, e);
    }
  }

  /** A part past the limit: {@code size} bytes, or more when it is one past the limit (counted, not declared). */
  private static UnionFormatException tooLarge(Path file, ZipEntry entry, long size, long maxBytes) {
    boolean declared = size == entry.getSize();
    return UnionFormatException.of(file.toString(), String.format(Locale.ROOT, "its part %s unpacks to %s%,d "
        + "bytes, past the limit of %,d (ReadLimits.maxDocumentChars)", entry.getName(), declared ? "" : "more than ",
        declared ? size : maxBytes, maxBytes));
  }

  /** The part of the sheet the workbook's relationship {@code id} names, or null if none. */
  private static @Nullable ZipEntry sheetPart(ZipFile zip, String id) throws IOException {
    ZipEntry relationships = zip.getEntry("xl/_rels/workbook.xml.rels");
    if (relationships == null) {
      return null;
    }
    String text;
    try (InputStream in = zip.getInputStream(relationships)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher relationship = RELATIONSHIP.matcher(text);
    while (relationship.find()) {
      Matcher named = RELATIONSHIP_ID.matcher(relationship.group(1));
      Matcher target = RELATIONSHIP_TARGET.matcher(relationship.group(1));
      if (named.find() && named.group(1).equals(id) && target.find()) {
        // A target is relative to the workbook's folder, or from the archive's root when it starts with '/'.
        String path = target.group(1);
        return zip.getEntry(path.startsWith("/") ? path.substring(1) : "xl/" + path);
      }
    }
    return null;
  }

  /** How many bytes a part unpacks to, counted up to {@code most}; nothing is kept. */
  private static long unpacked(ZipFile zip, ZipEntry entry, long most) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long count = 0;
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n; count < most && (n = in.read(buffer, 0, (int) Math.min(buffer.length, most - count))) > 0; ) {
        count += n;
      }
    }
    return count;
  }

  private static UnionFormatException unreadable(Path file, Exception e) {
    return UnionFormatException.of(file.toString(), "is not a readable .xlsx workbook: " + failure(e));
  }

  /**
   * What fastexcel's reader says of a workbook it fails on: its message, or the kind of a failure it does not
   * describe (on a damaged part it may fail with a bare NullPointerException or NumberFormatException).
   */
  static String failure(Exception e) {
    return e instanceof ExcelReaderException || e instanceof IOException ? String.valueOf(e.getMessage())
        : "its reader failed with " + e.getClass().getSimpleName();
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(OLE2.length);
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
