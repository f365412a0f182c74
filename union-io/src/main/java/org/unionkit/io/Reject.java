package org.unionkit.io;

/**
 * A bad line of an NDJSON stream or row of a CSV file: where and why, never its content (which may hold
 * personal data).
 *
 * @param line the line number, from 1
 * @param column the column in the line, from 1, or 0 if unknown
 * @param path the JSON Pointer (NDJSON) or column header (CSV) at fault, empty for the whole line or row
 * @param reason what is wrong
 */
public record Reject(long line, long column, String path, String reason) {}
