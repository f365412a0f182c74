package org.unionkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.unionkit.io.Collected;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.stats.RollUp;

/**
 * W1's memory: rolls up a province's member file as W1 does ({@link Ingest}), {@code rounds} times, and
 * prints each time the speed and the heap still in use after it (a full collection, with the roll-up
 * held). Run in a small heap: the roll-up holds the tree, a tally per organisation and the ids read for
 * the repeated-id check, never the members. The {@code run} script gives it 64 MB a million members (the
 * generated province's tree and contracts grow with its members: 30 MB at 10^6, 288 MB at 10^7) and
 * {@value #ID_BYTES} bytes a member, what the id check takes at its peak, while its table grows.
 * {@code FlatHeap [MEMBERS [ROUNDS [DIR]]]}, by default 1,000,000, 3 and {@code target/bench-data}.
 */
public final class FlatHeap {
  /** The heap a member's id may take on top of 64 MB (see {@code MemberIdSet}: 20-28 bytes, more while it grows). */
  static final int ID_BYTES = 40;

  private FlatHeap() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long members = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Province province = Province.of(members, args.length > 2 ? Path.of(args[2]) : Province.DEFAULT_DIR, out);
    out.printf(Locale.ROOT, "heap limit %,d MB; %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      Collected<RollUp> rolled;
      try (InputStream in = Files.newInputStream(province.membersFile())) {
        rolled = Ndjson.rollUp(in, province.membersFile().toString(), province.document().dataset().tree(),
            province.document().dataset().contracts(),
            ReadOptions.defaults().withThreads(Runtime.getRuntime().availableProcessors()));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      out.printf(Locale.ROOT, "round %d: %,12d lines rolled up in %6.2f s (%,.0f members/s); heap in use after: %,d MB%n",
          round, rolled.rowsRead(), seconds, rolled.rowsRead() / seconds, used >> 20);
    }
  }
}
