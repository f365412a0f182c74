package org.unionkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure as a report publishes it, such as 909万人 skilled workers in Hebei, 2020, from section 4
 * of the provincial federation's review: the quantity as written, what it measures in Chinese and
 * English, the period, the region it describes and its source.
 */
@Value.Immutable
public abstract class ReportedFigure implements WithReportedFigure {

  ReportedFigure() {}

  /**
   * A builder; {@code id}, {@code quantity}, {@code measure}, {@code englishMeasure}, {@code period}
   * and {@code source} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportedFigure}; each attribute may be set once. */
  public static class Builder extends ImmutableReportedFigure.Builder {
    Builder() {}
  }

  /**
   * The figure's key within its dataset, such as {@code skilled-workers}.
   *
   * @return the key, not null
   */
  public abstract FigureId id();

  /**
   * The figure as written, such as 909万人.
   *
   * @return the quantity, not null
   */
  public abstract Quantity quantity();

  /**
   * What the figure measures, in Chinese, such as 全省技能人才.
   *
   * @return the description, not null
   */
  public abstract String measure();

  /**
   * What the figure measures, in English, such as {@code skilled workers in the province}.
   *
   * @return the description, not null
   */
  public abstract String englishMeasure();

  /**
   * The period the figure covers, or the one-day period of a stock's date.
   *
   * @return the period, not null
   */
  public abstract ReportingPeriod period();

  /**
   * The region the figure describes, such as 130000 for Hebei.
   *
   * @return the region, empty when the report does not tie it to one; not null
   */
  public abstract Optional<Region> region();

  /**
   * Where the figure is published.
   *
   * @return the source, not null
   */
  public abstract Source source();

  @Value.Check
  void check() {
    Checks.requireName(measure(), "measure");
    Checks.requireName(englishMeasure(), "englishMeasure");
  }
}
