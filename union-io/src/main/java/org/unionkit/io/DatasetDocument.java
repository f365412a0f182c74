package org.unionkit.io;

import java.util.Objects;
import org.unionkit.model.Dataset;
import org.unionkit.stats.CountOptions;

/**
 * A dataset document: the format version, metadata and a {@link Dataset}, as {@code docs/FORMAT.md}
 * describes and {@code dataset.schema.json} checks.
 *
 * @param schemaVersion the format version, {@code MAJOR.MINOR}, such as {@code 1.0}; not null
 * @param metadata what the document describes; not null
 * @param dataset the records; not null
 */
public record DatasetDocument(String schemaVersion, Metadata metadata, Dataset dataset) {
  /** The format version this library writes, and whose major version it reads. */
  public static final String SCHEMA_VERSION = "1.3";

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the version is not {@code MAJOR.MINOR}
   */
  public DatasetDocument {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(dataset, "dataset");
    if (!schemaVersion.matches("[0-9]{1,4}\\.[0-9]{1,4}")) {
      throw new IllegalArgumentException("schemaVersion (" + Texts.quote(schemaVersion) + ") must be MAJOR.MINOR, such as 1.0");
    }
  }

  /**
   * A document in the version this library writes.
   *
   * @param metadata what the document describes; not null
   * @param dataset the records; not null
   * @return the document, not null
   */
  public static DatasetDocument of(Metadata metadata, Dataset dataset) {
    return new DatasetDocument(SCHEMA_VERSION, metadata, dataset);
  }

  /**
   * What a roll-up of the document's register counts unless told otherwise: the document's period, with
   * its last day as the register's as-of date (a record dated later is rejected, {@code AFTER_AS_OF}).
   *
   * @return the counting options, not null
   */
  public CountOptions countOptions() {
    return CountOptions.of(metadata.period()).withAsOf(metadata.period().end());
  }
}
