package org.unionkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.unionkit.io.Collected;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.stats.RollUp;

/**
 * W1's memory: rolls up a province's member file once, then the same file read {@code repeats} times over
 * as one stream, and prints the heap still in use after each (a full collection, with the roll-up held).
 * Run in a small heap ({@code -Xmx64m}): the roll-up holds the tree and a tally per organisation, never the
 * members, so ten times the members take no more heap. {@code FlatHeap [MEMBERS [REPEATS [DIR]]]}, by default 1,000,000, 10 and {@code target/bench-data}.
 */
public final class FlatHeap {
  private FlatHeap() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long members = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Province province = Province.of(members, args.length > 2 ? Path.of(args[2]) : Province.DEFAULT_DIR, out);
    out.printf(Locale.ROOT, "heap limit %,d MB; %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    for (int times : new int[] {1, repeats}) {
      long start = System.nanoTime();
      Collected<RollUp> rolled;
      try (InputStream in = repeated(province.membersFile(), times)) {
        rolled = Ndjson.rollUp(in, province.membersFile().toString(), province.document().dataset().tree(),
            province.document().dataset().contracts(),
                ReadOptions.defaults().withThreads(Runtime.getRuntime().availableProcessors()));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      out.printf(Locale.ROOT, "%,12d lines rolled up in %6.2f s (%,.0f members/s); heap in use after: %,d MB%n",
          rolled.rowsRead(), seconds, rolled.rowsRead() / seconds, used >> 20);
    }
  }

  /** The file's bytes {@code times} over, as one stream. */
  private static InputStream repeated(Path file, int times) throws IOException {
    List<InputStream> parts = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      parts.add(Files.newInputStream(file));
    }
    return new SequenceInputStream(Collections.enumeration(parts));
  }
}
