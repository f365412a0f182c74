package org.unionkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionkit.model.CitizenId;
import org.unionkit.model.ContractId;
import org.unionkit.model.FigureId;
import org.unionkit.model.Industry;
import org.unionkit.model.Interval;
import org.unionkit.model.MemberId;
import org.unionkit.model.Money;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.ProgrammeId;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;

/** Every scalar type that prints reads its own text back as an equal value. */
class ScalarRoundTripProperties {

  private record Scalar<T>(String name, Function<UnionGenerators, T> make, Function<String, T> parse) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> scalars() {
    return Stream.of(
        new Scalar<>("OrganisationId", UnionGenerators::organisationId, OrganisationId::parse),
        new Scalar<>("MemberId", UnionGenerators::memberId, MemberId::parse),
        new Scalar<>("ContractId", UnionGenerators::contractId, ContractId::parse),
        new Scalar<>("ProgrammeId", UnionGenerators::programmeId, ProgrammeId::parse),
        new Scalar<>("FigureId", UnionGenerators::figureId, FigureId::parse),
        new Scalar<>("Region", UnionGenerators::region, Region::parse),
        new Scalar<>("Industry", UnionGenerators::industry, Industry::parse),
        new Scalar<>("Quantity", UnionGenerators::quantity, Quantity::parse),
        new Scalar<>("Money", UnionGenerators::money, Money::parse),
        new Scalar<>("Interval", UnionGenerators::interval, Interval::parse),
        new Scalar<>("ReportingPeriod", UnionGenerators::period, ReportingPeriod::parse))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scalars")
  <T> void parseInvertsToString(Scalar<T> scalar) {
    qt().withExamples(500).forAll(Generated.by(scalar.make())).checkAssert(value -> {
      T read = scalar.parse().apply(value.toString());
      assertThat(read).as("%s read back from \"%s\"", scalar.name(), value).isEqualTo(value);
      assertThat(read.toString()).as("text of the value read back").isEqualTo(value.toString());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scalars")
  <T> void equalValuesHaveEqualHashCodes(Scalar<T> scalar) {
    qt().withExamples(200).forAll(Generated.by(scalar.make())).checkAssert(value ->
        assertThat(scalar.parse().apply(value.toString()).hashCode()).as("hash of %s", value)
            .isEqualTo(value.hashCode()));
  }

  @org.junit.jupiter.api.Test
  void citizenIdReadsBackFromItsUnmaskedText() {
    qt().forAll(Generated.by(UnionGenerators::citizenId)).checkAssert(id ->
        assertThat(CitizenId.parse(id.unmaskedText())).as("citizen ID read back").isEqualTo(id));
  }
}
