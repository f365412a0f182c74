package org.unionkit.io;

import java.util.Optional;

/**
 * A bad line of an NDJSON stream, row of a CSV file or row of a workbook's sheet: where and why, never its
 * content (which may hold personal data).
 *
 * @param line the line number (in a sheet, the row number), from 1
 * @param column the column in the line (in a sheet, the column from 1 for A), or 0 if unknown
 * @param path the JSON Pointer (NDJSON) or field (CSV, sheet) at fault, empty for the whole line or row
 * @param reason what is wrong
 * @param sheet the sheet, for a row of a workbook; empty otherwise
 */
public record Reject(long line, long column, String path, String reason, Optional<String> sheet) {

  /**
   * A bad line or row of a file that has no sheets.
   *
   * @param line the line number, from 1
   * @param column the column in the line, from 1, or 0 if unknown
   * @param path the JSON Pointer or CSV field at fault, empty for the whole line or row
   * @param reason what is wrong
   */
  public Reject(long line, long column, String path, String reason) {
    this(line, column, path, reason, Optional.empty());
  }

  /**
   * Where in {@code file} the bad line or row is: {@code members.ndjson:3:52}, or for a sheet
   * {@code 会员.xlsx: 会员!C5}.
   *
   * @param file the file's name; not null
   * @return the place, not null
   */
  public String where(String file) {
    return sheet.map(s -> file + ": " + UnionFormatException.cell(s, line, column))
        .orElseGet(() -> file + ":" + line + (column > 0 ? ":" + column : ""));
  }
}
