package org.unionkit.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A union programme and what it produced, such as the province's legal aid in 2020: 486 cases
 * ({@code cases = 486件}) and 2744万元 recovered ({@code moneyRecovered = 2744万元}).
 *
 * <p>Each output is a {@link Quantity} keyed by what it counts, in lower camel case ({@code participants},
 * {@code sessions}, {@code moneyRecovered}). The unit keeps persons (人), person-times (人次), events,
 * cases, households, enterprises and money apart. A programme of kind {@code OTHER} must have a name.
 */
@Value.Immutable
public abstract class Programme implements WithProgramme {

  Programme() {}

  /**
   * A builder; {@code id}, {@code kind}, {@code organiser} and {@code period} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Programme}; each attribute may be set once, outputs one key at a time. */
  public static class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }

  /**
   * The identifier.
   *
   * @return the identifier, not null
   */
  public abstract ProgrammeId id();

  /**
   * The kind, from the catalogue.
   *
   * @return the kind, not null
   */
  public abstract ProgrammeKind kind();

  /**
   * The programme's own name, such as “大学习”云课堂.
   *
   * @return the name, empty if the kind says enough; not null
   */
  public abstract Optional<String> name();

  /**
   * The organisation that runs the programme; its figures cover its subtree.
   *
   * @return the organiser's identifier, not null
   */
  public abstract OrganisationId organiser();

  /**
   * The period the outputs cover.
   *
   * @return the period, not null
   */
  public abstract ReportingPeriod period();

  /**
   * The outputs, keyed by what they count, such as {@code participants -> 819万人次}.
   *
   * @return the outputs in insertion order, possibly empty; not null
   */
  public abstract Map<String, Quantity> outputs();

  @Value.Check
  void check() {
    name().ifPresent(n -> Checks.requireName(n, "name"));
    Checks.require(kind() != ProgrammeKind.OTHER || name().isPresent(), "name", "", "is required for kind OTHER");
    outputs().keySet().forEach(key -> Checks.require(key.matches("[a-z][A-Za-z0-9]{0,63}"), "outputs", key,
        "must be a key in lower camel case, such as moneyRecovered"));
  }
}
