package org.unionkit.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.unionkit.io.TableCell;
import org.unionkit.io.UnionFormatException;

/**
 * The cells of a sheet merged down over more than one row, such as {@code E3:E4}: the sheet holds the value
 * shown in the first row only, so each lower row's cell is a {@link TableCell.Kind#MERGED} cell rather than an
 * empty one (which would read the row as if the value were absent). Merges within one row (a title or group
 * heading across columns) leave no row without its value and are not kept. A sheet lists its merges after
 * its rows, so they are scanned from the sheet's part before the rows are streamed.
 */
final class MergedCells {
  /** No real register merges this many ranges; a sheet that does is refused rather than held in memory. */
  static final int MAX_RANGES = 100_000;

  private static final byte[] TAG = "mergeCell".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_ATTRIBUTES = 1024;
  private static final Pattern REF = Pattern.compile(
      "\\bref\\s*=\\s*[\"']\\$?([A-Z]{1,3})\\$?([0-9]{1,7})(?::\\$?([A-Z]{1,3})\\$?([0-9]{1,7}))?[\"']");

  /** A merge over rows {@code firstRow} to {@code lastRow}, whose first cell is {@code first} (such as E3). */
  private record Range(int column, long firstRow, long lastRow, String first) {}

  /** The ranges by first row. */
  private final List<Range> ranges;
  /** The ranges begun above the last row asked for and not yet ended. */
  private final List<Range> active = new ArrayList<>();
  private int next;

  private MergedCells(List<Range> ranges) {
    this.ranges = ranges;
  }

  /** No merges. */
  static MergedCells none() {
    return new MergedCells(List.of());
  }

  /**
   * The merges a sheet's part lists ({@code <mergeCell ref="E3:E4"/>}), read without holding the part, and
   * the part's size counted as it is read.
   *
   * @param file the workbook's name, for the failure
   * @param tooLarge the failure of a part past {@code maxBytes}, given the part's name
   * @throws UnionFormatException if the sheet merges more than {@link #MAX_RANGES} ranges, or unpacks to more
   *     than {@code maxBytes}
   */
  static MergedCells scan(InputStream part, String file, long maxBytes, LongFunction<UnionFormatException> tooLarge)
      throws IOException {
    Bytes bytes = new Bytes(part, maxBytes, tooLarge);
    List<Range> ranges = new ArrayList<>();
    int matched = 0;
    int previous = -1;
    int before = -1;
    for (int b; (b = bytes.read()) != -1; previous = b) {
      if (matched == TAG.length) {
        matched = 0;
        // The element itself (after '<' or a prefix's ':'), not mergeCells or a name that ends alike.
        if ((before == '<' || before == ':') && (Character.isWhitespace(b) || b == '/')) {
          Range range = range(attributes(bytes));
          if (range != null && ranges.size() == MAX_RANGES) {
            throw UnionFormatException.of(file, String.format(Locale.ROOT, "its sheet merges more than %,d ranges of "
                + "cells", MAX_RANGES));
          }
          if (range != null) {
            ranges.add(range);
          }
          continue;
        }
      }
      if (b == TAG[matched]) {
        before = matched == 0 ? previous : before;
        matched++;
      } else if (b == TAG[0]) {
        before = previous;
        matched = 1;
      } else {
        matched = 0;
      }
    }
    ranges.sort(Comparator.comparingLong(Range::firstRow));
    return new MergedCells(ranges);
  }

  /**
   * A part's bytes one at a time from a buffer of its own, counted: a sheet's part is hundreds of megabytes,
   * and a stream's own {@code read()} per byte (locked, and through the inflater) costs seconds of them.
   */
  private static final class Bytes {
    private final InputStream in;
    private final long most;
    private final LongFunction<UnionFormatException> tooLarge;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long count;

    Bytes(InputStream in, long most, LongFunction<UnionFormatException> tooLarge) {
      this.in = in;
      this.most = most;
      this.tooLarge = tooLarge;
    }

    int read() throws IOException {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
        count += limit;
        if (count > most) {
          throw tooLarge.apply(most);
        }
      }
      return buffer[position++] & 0xFF;
    }
  }

  /** The element's text up to its '>', at most {@value #MAX_ATTRIBUTES} bytes. */
  private static String attributes(Bytes part) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int b; text.length() < MAX_ATTRIBUTES && (b = part.read()) != -1 && b != '>'; ) {
      text.append((char) b);
    }
    return text.toString();
  }

  /** The range a {@code ref} names from its first cell, or null for one within a row or none at all. */
  private static @Nullable Range range(String attributes) {
    Matcher m = REF.matcher(attributes);
    if (!m.find() || m.group(3) == null) {
      return null;
    }
    long firstRow = Long.parseLong(m.group(2));
    long lastRow = Long.parseLong(m.group(4));
    return lastRow <= firstRow ? null : new Range(column(m.group(1)), firstRow, lastRow, m.group(1) + m.group(2));
  }

  /** A column's number from its letters: A is 1, Z 26, AA 27. */
  private static int column(String letters) {
    int column = 0;
    for (int i = 0; i < letters.length(); i++) {
      column = column * 26 + letters.charAt(i) - 'A' + 1;
    }
    return column;
  }

  /**
   * The merged cells of a row below the first row of their merges, in the merges' first columns; asked for
   * rows in increasing order.
   *
   * @param row the row, from 1
   * @return the cells, by the merges' first rows (columns may repeat where merges overlap), not null
   */
  List<TableCell> below(long row) {
    for (; next < ranges.size() && ranges.get(next).firstRow() < row; next++) {
      active.add(ranges.get(next));
    }
    active.removeIf(r -> r.lastRow() < row);
    return active.stream().map(r -> new TableCell(r.column(), TableCell.Kind.MERGED, r.first())).toList();
  }
}
