package org.unionkit.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every JMH benchmark of unionkit shares (JMH's annotations are inherited): milliseconds
 * per workload, 3 warm-up and 5 measured iterations, one fork with a 4 GB heap touched in advance, so that
 * no workload pays for the first touch of fresh heap pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public abstract class JmhSettings {
  /** The provinces' folder: the system property {@code unionkit.bench.dir}, or {@code target/bench-data}. */
  static Path dir() {
    String dir = System.getProperty("unionkit.bench.dir");
    return dir == null ? Province.DEFAULT_DIR : Path.of(dir);
  }

  /** The threads to use: the parameter, or every core for 0. */
  static int cores(int threads) {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
