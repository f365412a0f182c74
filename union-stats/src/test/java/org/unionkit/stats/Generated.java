package org.unionkit.stats;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.unionkit.model.Dataset;
import org.unionkit.testkit.UnionGenerators;

/** QuickTheories sources over the test kit's generators. */
final class Generated {
  private Generated() {}

  /** Values made by {@code make} from generators seeded by QuickTheories. */
  static <T> Gen<T> by(Function<UnionGenerators, T> make) {
    return longs().all().map(seed -> make.apply(UnionGenerators.seeded(seed)));
  }

  /** Small province-shaped datasets: 2 to 4 levels, up to 3 children, up to 12 members per union. */
  static Gen<Dataset> datasets() {
    return integers().between(2, 4).zip(longs().all(),
        (levels, seed) -> UnionGenerators.seeded(seed).dataset(levels, 3, 12));
  }

  /** Tallies of generated datasets, with every supplied measure set to a random count. */
  static Gen<Tally> tallies() {
    return datasets().zip(longs().between(0, 1_000_000_000L), (dataset, supplied) -> {
      Tally tally = Tally.of(dataset);
      long next = supplied;
      for (Measure m : Measure.values()) {
        if (m.origin() == Measure.Origin.SUPPLIED) {
          next = (next * 6364136223846793005L + 1442695040888963407L) >>> 34;
          tally = tally.with(m, next);
        }
      }
      return tally;
    });
  }
}
