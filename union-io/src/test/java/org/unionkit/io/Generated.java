package org.unionkit.io;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.unionkit.model.Dataset;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;
import org.unionkit.testkit.UnionGenerators;

/** QuickTheories sources over the test kit's generators. */
final class Generated {
  private Generated() {}

  static <T> Gen<T> by(Function<UnionGenerators, T> make) {
    return longs().all().map(seed -> make.apply(UnionGenerators.seeded(seed)));
  }

  static Gen<Dataset> datasets() {
    return integers().between(2, 4).zip(longs().all(),
        (levels, seed) -> UnionGenerators.seeded(seed).dataset(levels, 3, 8));
  }

  static Gen<DatasetDocument> documents() {
    return datasets().map(Generated::document);
  }

  /** The dataset in a document of fixed metadata. */
  static DatasetDocument document(Dataset d) {
    return DatasetDocument.of(new Metadata("河北省工会 2020", Source.of("河北省总工会2020年工作回顾", "4"),
        ReportingPeriod.ofYear(2020), Optional.of(Region.parse("130000"))), d);
  }
}
