package org.unionkit.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.unionkit.stats.RecordRule;

/**
 * A later line of a member id read before: rejected, naming the line that keeps the id, the first in
 * (file, position) order, as the first line keeps it on one machine.
 *
 * @param place the later line
 * @param first the line that keeps the id
 */
record Repeat(Line.Place place, Line.Place first) implements Serializable {
  private static final long serialVersionUID = 1;

  /** The later lines among every line that holds one id; none if the id is read once. */
  static List<Repeat> of(Iterable<Line.Place> places) {
    List<Line.Place> sorted = new ArrayList<>();
    places.forEach(sorted::add);
    sorted.sort(null);
    List<Repeat> repeats = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      repeats.add(new Repeat(sorted.get(i), sorted.get(0)));
    }
    return repeats;
  }

  /**
   * The reject, in {@link SparkRollUp#REJECTS}' columns.
   *
   * @param unit what a position counts: {@code byte} (a line's first byte) or {@code row}
   */
  Row row(String unit) {
    String where = unit + " " + first.position() + (first.file().isEmpty() ? "" : " of " + first.file());
    return RowFactory.create(place.file(), place.position(), 0L, "/id", RecordRule.DUPLICATE_ID.code()
        + ": repeats the member id of the line at " + where + ", which is counted instead");
  }
}
