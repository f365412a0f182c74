package org.unionkit.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** W3 (document round trip) under JMH: unionkit against databind of plain records, in milliseconds. */
public class RoundTripBenchmark extends JmhSettings {
  @Param("100000")
  public long members;

  private RoundTrip w3;

  @Setup
  public void setUp() throws IOException {
    Province province = Province.of(members, dir(), System.err);
    w3 = new RoundTrip(province.documentWith(province.readMembers()));
  }

  @Benchmark
  public long[] unionkit() throws IOException {
    return w3.unionkit();
  }

  @Benchmark
  public long[] databind() throws IOException {
    return w3.databind();
  }
}
