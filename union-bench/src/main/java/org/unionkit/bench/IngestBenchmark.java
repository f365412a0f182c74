package org.unionkit.bench;

import java.io.IOException;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * W1 (ingest) under JMH: unionkit's {@code Ndjson.rollUp} and its peers on one generated member file, in
 * milliseconds per file. The data lie under the system property {@code unionkit.bench.dir} (by default
 * {@code target/bench-data}); {@code threads} 0 means every core.
 */
public class IngestBenchmark extends JmhSettings {
  @Param("1000000")
  public long members;
  @Param("0")
  public int threads;
  /** {@code compact}: the writer's lines; {@code other}: the same members as other writers write them. */
  @Param("compact")
  public String lines;

  private Ingest w1;
  private int cores;

  @Setup
  public void setUp() throws IOException {
    Province province = Province.of(members, dir(), System.err);
    w1 = new Ingest(province, lines.equals("other") ? province.otherWritersFile(System.err) : province.membersFile());
    cores = cores(threads);
  }

  @Benchmark
  public long[] unionkit() throws IOException {
    return w1.unionkit(cores);
  }

  @Benchmark
  public long[] unionkitOneThread() throws IOException {
    return w1.unionkit(1);
  }

  @Benchmark
  public long[] duckdb() throws SQLException {
    return w1.duckdb(cores);
  }

  @Benchmark
  public long[] jacksonTokenScan() throws IOException {
    return w1.tokenScan();
  }

  @Benchmark
  public long[] jacksonDatabind() throws IOException {
    return w1.databind();
  }
}
