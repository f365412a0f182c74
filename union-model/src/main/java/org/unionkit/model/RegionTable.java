package org.unionkit.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names and status of GB/T 2260 codes in one vintage, such as {@code RegionTable.builtIn().name(
 * Region.parse("130100"))} giving 石家庄市.
 *
 * <p>The built-in table (vintage 2020, after the Ministry of Civil Affairs' code list for that year)
 * holds the 34 provincial divisions (with their ISO 3166-2:CN codes), the prefectures of Hebei, and Hebei codes retired between 2014
 * and 2020 with their successors. It is a reference sample, not the whole standard: codes it does
 * not hold are {@link RegionStatus#UNLISTED} and remain valid. Immutable and thread-safe.
 */
public final class RegionTable {
  private static final RegionTable BUILT_IN = load("regions-2020.tsv", "2020");

  private final String vintage;
  private final Map<Region, Entry> entries;

  private record Entry(String name, RegionStatus status, Optional<Region> successor, Optional<String> iso) {}

  private RegionTable(String vintage, Map<Region, Entry> entries) {
    this.vintage = vintage;
    this.entries = Map.copyOf(entries);
  }

  /**
   * The built-in 2020 table.
   *
   * @return the table, not null
   */
  public static RegionTable builtIn() {
    return BUILT_IN;
  }

  /**
   * The year of the code list, such as {@code 2020}.
   *
   * @return the vintage, not null
   */
  public String vintage() {
    return vintage;
  }

  /**
   * The Chinese name, such as 石家庄市 for 130100.
   *
   * @param region the region; not null
   * @return the name, empty if unlisted; not null
   */
  public Optional<String> name(Region region) {
    return Optional.ofNullable(entries.get(region)).map(Entry::name);
  }

  /**
   * Whether the vintage lists the code as current or retired.
   *
   * @param region the region; not null
   * @return the status, not null
   */
  public RegionStatus status(Region region) {
    Entry entry = entries.get(region);
    return entry == null ? RegionStatus.UNLISTED : entry.status();
  }

  /**
   * The code that replaced a retired one, such as 130607 (满城区) for 130621 (满城县).
   *
   * @param region the region; not null
   * @return the successor, empty unless the code is retired with a known successor; not null
   */
  public Optional<Region> successor(Region region) {
    return Optional.ofNullable(entries.get(region)).flatMap(Entry::successor);
  }

  /**
   * The ISO 3166-2:CN code of a provincial division, such as {@code CN-HE} for 130000 (河北省): the letter
   * codes ISO has used since 2017-11-23, for the 34 divisions (Hong Kong CN-HK 810000, Macao CN-MO 820000).
   *
   * @param region the region; not null
   * @return the code, empty for a region below the provincial level or unlisted; not null
   */
  public Optional<String> iso3166(Region region) {
    return Optional.ofNullable(entries.get(region)).flatMap(Entry::iso);
  }

  private static RegionTable load(String resource, String vintage) {
    Map<Region, Entry> entries = new HashMap<>();
    try (InputStream in = RegionTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from org.unionkit.model");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Optional<Region> successor = cells[3].isEmpty() ? Optional.empty() : Optional.of(Region.parse(cells[3]));
        Optional<String> iso = cells.length > 4 && !cells[4].isEmpty() ? Optional.of(cells[4]) : Optional.empty();
        entries.put(Region.parse(cells[0]), new Entry(cells[1], RegionStatus.valueOf(cells[2]), successor, iso));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RegionTable(vintage, entries);
  }
}
