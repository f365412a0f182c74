package org.unionkit.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.unionkit.stats.Observation;

/**
 * What {@link Series#read} made of a file: its layout, every observation, and the values that are none,
 * counted by reason, so that nothing is dropped unsaid: {@code observations + missing = rows × valuesPerRow}
 * (one value a row in ILOSTAT's and SDMX's layouts; in ICTWSS's, one a column of UD, AdjCov, UnadjCov and
 * Level present). Immutable and thread-safe.
 *
 * @param file the file as the caller named it; not null
 * @param layout the layout the header showed; not null
 * @param observations the observations, in file order; not null
 * @param rows the data rows read (the header not counted)
 * @param valuesPerRow the values each row holds
 * @param missing values that are no observation, by reason, such as {@code UD: -88 (ICTWSS: no information)}
 *     or {@code obs_value empty}; not null
 * @param ignoredColumns header columns the layout does not read (label twins, other ICTWSS variables), in
 *     header order; not null
 */
public record SeriesFile(String file, Series.Layout layout, List<Observation> observations, long rows,
    int valuesPerRow, Map<String, Long> missing, List<String> ignoredColumns) {
  /** Copies the lists and the map. */
  public SeriesFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(layout, "layout");
    observations = List.copyOf(observations);
    missing = Map.copyOf(missing);
    ignoredColumns = List.copyOf(ignoredColumns);
  }

  /**
   * One line such as {@code ilostat.csv (ILOSTAT bulk CSV): 18 rows, 18 observations, 0 missing}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    long none = missing.values().stream().mapToLong(Long::longValue).sum();
    return file + " (" + layout.english() + "): " + rows + " rows, " + observations.size() + " observations, " + none
        + " values missing" + (missing.isEmpty() ? "" : " " + missing);
  }
}
