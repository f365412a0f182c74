package org.unionkit.io;

import java.util.Objects;
import java.util.Optional;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;

/**
 * What a dataset document describes, such as the 2020 review of the Hebei federation: a title, the
 * source, the period and, optionally, the region.
 *
 * @param title a short title, not blank; not null
 * @param source where the data come from; not null
 * @param period the period the data cover; not null
 * @param region the region the data describe, if one; not null
 */
public record Metadata(String title, Source source, ReportingPeriod period, Optional<Region> region) {
  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the title is blank
   */
  public Metadata {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(region, "region");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
  }
}
