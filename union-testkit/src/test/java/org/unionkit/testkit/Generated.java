package org.unionkit.testkit;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.function.Function;
import org.quicktheories.core.Gen;

/** QuickTheories sources that drive {@link UnionGenerators} from the engine's seed. */
final class Generated {
  private Generated() {}

  /** Values made by {@code make} from generators seeded by QuickTheories. */
  static <T> Gen<T> by(Function<UnionGenerators, T> make) {
    return longs().all().map(seed -> make.apply(UnionGenerators.seeded(seed)));
  }
}
