package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.unionkit.model.CitizenId;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.ContractId;
import org.unionkit.model.Dataset;
import org.unionkit.model.FigureId;
import org.unionkit.model.Industry;
import org.unionkit.model.Interval;
import org.unionkit.model.Member;
import org.unionkit.model.MemberId;
import org.unionkit.model.Money;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.Programme;
import org.unionkit.model.ProgrammeId;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.Measure;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.Tally;
import org.unionkit.testkit.UnionGenerators;

/** Every type written with the mapper reads back equal, alone and inside whole generated datasets. */
class JsonRoundTripProperties {
  private static final ObjectMapper MAPPER = UnionJson.mapper();

  private record Case<T>(Class<T> type, Gen<T> values) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  private static <T> Arguments of(Class<T> type, Function<UnionGenerators, T> make) {
    return Arguments.of(new Case<>(type, Generated.by(make)));
  }

  static Stream<Arguments> types() {
    return Stream.of(
        of(OrganisationId.class, UnionGenerators::organisationId),
        of(MemberId.class, UnionGenerators::memberId),
        of(ContractId.class, UnionGenerators::contractId),
        of(ProgrammeId.class, UnionGenerators::programmeId),
        of(FigureId.class, UnionGenerators::figureId),
        of(Region.class, UnionGenerators::region),
        of(Industry.class, UnionGenerators::industry),
        of(Quantity.class, UnionGenerators::quantity),
        of(Interval.class, UnionGenerators::interval),
        of(ReportingPeriod.class, UnionGenerators::period),
        of(CitizenId.class, UnionGenerators::citizenId),
        of(Money.class, UnionGenerators::money),
        of(Organisation.class, g -> g.tree(3, 3).get(2)),
        of(Member.class, g -> g.member(g.organisationId())),
        of(CollectiveContract.class, g -> g.contract(g.tree(2, 1).get(1))),
        of(Programme.class, g -> g.programme(g.organisationId())),
        of(ReportedFigure.class, UnionGenerators::figure),
        of(Dataset.class, g -> g.dataset(3, 2, 5)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  <T> void writeThenReadGivesAnEqualValue(Case<T> c) {
    qt().withExamples(200).forAll(c.values()).checkAssert(value -> {
      String json = write(value);
      assertThat(read(json, c.type())).as("%s read back from %s", c, json).isEqualTo(value);
    });
  }

  @Test
  void ratiosTalliesAndIndicatorsRoundTrip() {
    qt().forAll(longs().between(-1_000_000_000L, Long.MAX_VALUE / 2), longs().between(0, Long.MAX_VALUE / 2))
        .checkAssert((a, b) -> {
      Ratio ratio = Ratio.of(a, b);
      assertThat(read(write(ratio), Ratio.class)).as("ratio %s", ratio).isEqualTo(ratio);
    });
    qt().forAll(Generated.datasets()).checkAssert(d -> {
      Tally tally = Tally.of(d);
      assertThat(read(write(tally), Tally.class)).as("tally").isEqualTo(tally);
    });
    // Any tally the API builds either round-trips or, if its counts contradict each other, is not written.
    Measure[] measures = Measure.values();
    qt().forAll(Generated.datasets(), integers().between(0, measures.length - 1), longs().between(0, 1_000_000))
        .checkAssert((d, m, count) -> {
      Tally tally = Tally.of(d).with(measures[m], count);
      if (tally.contradiction().isEmpty()) {
        assertThat(read(write(tally), Tally.class)).as("tally with %s = %s", measures[m], count).isEqualTo(tally);
      } else {
        assertThatThrownBy(() -> MAPPER.writeValueAsString(tally)).isInstanceOf(JsonMappingException.class)
            .hasMessageContaining("contradict each other: " + tally.contradiction().get());
      }
    });
    for (Indicator indicator : Indicators.all()) {
      assertThat(read(write(indicator), Indicator.class)).as("indicator %s", indicator.id()).isEqualTo(indicator);
    }
  }

  @Test
  void wholeDocumentsRoundTripThroughFiles() {
    qt().withExamples(100).forAll(Generated.documents()).checkAssert(doc -> {
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnionJson.writeDataset(doc, out, null);
        DatasetDocument back = UnionJson.readDataset(new ByteArrayInputStream(out.toByteArray()), "doc.json", null);
        assertThat(back).as("document read back").isEqualTo(doc);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
