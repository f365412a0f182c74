package org.unionkit.bench;

import java.io.IOException;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** W2 (roll-up of members in memory) under JMH: unionkit against DuckDB's ROLLUP, in milliseconds. */
public class RollUpBenchmark extends JmhSettings {
  @Param("1000000")
  public long members;
  @Param("0")
  public int threads;

  private Hierarchy w2;

  @Setup
  public void setUp() throws IOException, SQLException {
    Province province = Province.of(members, dir(), System.err);
    w2 = new Hierarchy(province.document().dataset().tree(), province.readMembers(), cores(threads));
  }

  @TearDown
  public void tearDown() throws SQLException {
    w2.close();
  }

  @Benchmark
  public long[] unionkit() {
    return w2.unionkit();
  }

  @Benchmark
  public long[] unionkitObjects() {
    return w2.unionkitObjects();
  }

  @Benchmark
  public long[] duckdb() throws SQLException {
    return w2.duckdb();
  }
}
