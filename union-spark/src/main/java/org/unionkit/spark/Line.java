package org.unionkit.spark;

import java.io.Serializable;

/**
 * One member record as the executors decode it: a line of an NDJSON file, or a table's row written as
 * one (Spark's {@code to_json}), with where it came from.
 *
 * @param file the file it was read from, or empty if the source has none
 * @param position the line's first byte in its file (NDJSON), or the row's id (a table)
 * @param bytes the record as UTF-8, without its line break
 */
record Line(String file, long position, byte[] bytes) implements Serializable {
  private static final long serialVersionUID = 1;

  /** Where the line is, to name it in a reject and to find it again. */
  Place place() {
    return new Place(file, position);
  }

  /** A line's place: file, then position, which orders a source's lines as they were read. */
  record Place(String file, long position) implements Serializable, Comparable<Place> {
    private static final long serialVersionUID = 1;

    @Override
    public int compareTo(Place other) {
      int byFile = file.compareTo(other.file);
      return byFile != 0 ? byFile : Long.compare(position, other.position);
    }
  }
}
