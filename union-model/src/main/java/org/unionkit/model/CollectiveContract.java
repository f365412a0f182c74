package org.unionkit.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A collective contract (集体合同), such as a regional wage agreement covering 1,200 employees in 35
 * enterprises of one county, signed by the county federation.
 *
 * <p>Rules checked at construction: an enterprise contract covers exactly one enterprise, others at least
 * one; counts are not negative; a recorded signing day is not after the end of validity; an industry contract names its industry and a regional contract its
 * region; the employer party is named. Validity is not limited: the usual term of one to three years
 * (集体合同规定, art. 38) is a norm, not a constraint on recorded data.
 */
@Value.Immutable
public abstract class CollectiveContract implements WithCollectiveContract {

  CollectiveContract() {}

  /**
   * A builder; {@code id}, {@code kind}, {@code scope}, {@code union}, {@code employer}, {@code validity},
   * {@code coveredEmployees} and {@code coveredEnterprises} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CollectiveContract}; each attribute may be set once. */
  public static class Builder extends ImmutableCollectiveContract.Builder {
    Builder() {}
  }

  /**
   * The identifier.
   *
   * @return the identifier, not null
   */
  public abstract ContractId id();

  /**
   * Comprehensive or a special subject such as wages.
   *
   * @return the kind, not null
   */
  public abstract ContractKind kind();

  /**
   * Enterprise, industry or regional.
   *
   * @return the scope, not null
   */
  public abstract ContractScope scope();

  /**
   * The union that signed for the workers.
   *
   * @return the union's identifier, not null
   */
  public abstract OrganisationId union();

  /**
   * The employer party: the enterprise, or the employers' association of an industry or area.
   *
   * @return the name, not null
   */
  public abstract String employer();

  /**
   * The days the contract is in force.
   *
   * @return the validity period, not null
   */
  public abstract ReportingPeriod validity();

  /**
   * The day the contract was signed (签订日期), when the register records it.
   *
   * @return the date, empty if not recorded; not null
   */
  public abstract Optional<LocalDate> signed();

  /**
   * The day the contract counts as signed: {@link #signed()} when recorded, else the first day of its
   * {@link #validity()}. A contract signed in a period is a flow of that period.
   *
   * @return the date, not null
   */
  public LocalDate signingDate() {
    return signed().orElse(validity().start());
  }

  /**
   * The employees whose pay or conditions the contract sets.
   *
   * @return the count in persons, not negative
   */
  public abstract long coveredEmployees();

  /**
   * The enterprises the contract binds.
   *
   * @return the count, 1 for an enterprise contract
   */
  public abstract long coveredEnterprises();

  /**
   * The area of a regional or industry contract.
   *
   * @return the region, empty if none applies; not null
   */
  public abstract Optional<Region> region();

  /**
   * The industry of an industry contract.
   *
   * @return the industry, empty if none applies; not null
   */
  public abstract Optional<Industry> industry();

  @Value.Check
  void check() {
    Checks.requireName(employer(), "employer");
    signed().ifPresent(day -> Checks.require(!day.isAfter(validity().end()), "signed", day,
        "must not be after the end of validity (" + validity().end() + ")"));
    Checks.requireNonNegative(coveredEmployees(), "coveredEmployees");
    if (scope() == ContractScope.ENTERPRISE) {
      Checks.require(coveredEnterprises() == 1, "coveredEnterprises", coveredEnterprises(),
          "must be 1 for an enterprise contract");
    } else {
      Checks.require(coveredEnterprises() >= 1, "coveredEnterprises", coveredEnterprises(),
          "must be at least 1 for a " + scope() + " contract");
    }
    Checks.require(scope() != ContractScope.INDUSTRY || industry().isPresent(), "industry", "",
        "is required for an INDUSTRY contract");
    Checks.require(scope() != ContractScope.REGIONAL || region().isPresent(), "region", "",
        "is required for a REGIONAL contract");
  }
}
