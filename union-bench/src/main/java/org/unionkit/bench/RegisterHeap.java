package org.unionkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.unionkit.io.Csv;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordReader;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.xlsx.SheetChoice;
import org.unionkit.xlsx.Xlsx;

/**
 * W5's memory: the register of {@link Registers} read in a small heap, {@code rounds} times, printing each
 * time the speed and the heap in use (after a full collection) where it is largest.
 *
 * <ul>
 *   <li>{@code budget}: every member read from the workbook ({@link Xlsx#members}) and from CSV
 *       ({@link Csv#members}), the heap taken at the last member with the reader open, its table of the ids
 *       read held; then each rolled up, the heap taken after it (the tree held, the roll-up let go). Run in
 *       FlatHeap's heap: 64 MB a million members (the tree) and {@value FlatHeap#ID_BYTES} bytes a member
 *       for the repeated-id check, which every member reader makes.
 *   <li>{@code plain}: what needs no tree, in a plain 64 MB, nothing of the province held: the member
 *       workbook's rows through fastexcel's reader alone, a workbook of as many organisations through
 *       {@link Xlsx#organisations} (organisations are not checked for repeated ids), and the members read
 *       as above, their ids checked, which may not fit: a read that runs out of the heap says so.
 * </ul>
 *
 * {@code RegisterHeap budget|plain [MEMBERS [ROUNDS [DIR]]]}, by default 1,000,000, 3 and
 * {@code target/bench-data}. The registers are written by the first run that needs them; in a small heap
 * that is slow, so let the harness write them ({@code Bench --workloads W5}).
 */
public final class RegisterHeap {
  private RegisterHeap() {}

  /** A read to measure: the rows it read. */
  @FunctionalInterface
  interface Read {
    long run() throws IOException;
  }

  public static void main(String[] args) throws IOException {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), args);
  }

  /** Runs as {@link #main} does, printing to {@code out}. */
  static void run(PrintStream out, String... args) throws IOException {
    boolean budget = switch (args.length > 0 ? args[0] : "") {
      case "budget" -> true;
      case "plain" -> false;
      default -> throw new IllegalArgumentException("usage: RegisterHeap budget|plain [MEMBERS [ROUNDS [DIR]]]");
    };
    long members = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dir = args.length > 3 ? Path.of(args[3]) : Province.DEFAULT_DIR;
    out.printf(Locale.ROOT, "heap limit %,d MB; %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    if (budget) {
      Registers registers = Registers.of(Province.of(members, dir, out), out);
      for (int round = 1; round <= rounds; round++) {
        memberReads(round, registers.xlsx(), registers.csv(), out);
        measure(round, "members rolled up, Xlsx.rollUp", out, () -> registers.xlsxRolledUp().rowsRead());
        measure(round, "members rolled up, Csv.rollUp", out, () -> registers.csvRolledUp().rowsRead());
      }
    } else {
      List<Path> files = files(members, dir, out);
      for (int round = 1; round <= rounds; round++) {
        measure(round, "rows of the member workbook, fastexcel-reader alone", out,
            () -> Registers.fastexcelRows(files.get(0))[0]);
        measure(round, "organisations, Xlsx.organisations", out, () -> organisations(files.get(2), out));
        memberReads(round, files.get(0), files.get(1), out);
      }
    }
  }

  private static void memberReads(int round, Path xlsx, Path csv, PrintStream out) throws IOException {
    measure(round, "members, Xlsx.members", out, () -> held(Xlsx.members(xlsx, SheetChoice.named(Registers.SHEET),
        ReadOptions.defaults()), out));
    measure(round, "members, Csv.members", out, () -> held(Csv.members(Files.newInputStream(csv), csv.toString(),
        ReadOptions.defaults()), out));
  }

  /** The member workbook, the CSV file and a workbook of organisations, written if need be; nothing else held. */
  private static List<Path> files(long members, Path dir, PrintStream out) throws IOException {
    Province province = Province.of(members, dir, out);
    Registers registers = Registers.of(province, out);
    return List.of(registers.xlsx(), registers.csv(), Registers.organisationsWorkbook(province, out));
  }

  /** Reads every member, then takes the heap with the reader still open: its ids held. */
  private static long held(RecordReader<Member> members, PrintStream out) throws IOException {
    try (members) {
      long rows = Registers.count(members)[0];
      printHeap("at the last member, reader open", out);
      return rows;
    }
  }

  private static long organisations(Path file, PrintStream out) throws IOException {
    try (RecordReader<Organisation> organisations = Xlsx.organisations(file, SheetChoice.first(),
        ReadOptions.defaults())) {
      organisations.forEachRemaining(organisation -> { });
      printHeap("at the last organisation, reader open", out);
      return organisations.rowsRead();
    }
  }

  private static void measure(int round, String what, PrintStream out, Read read) throws IOException {
    long start = System.nanoTime();
    long rows;
    try {
      rows = read.run();
    } catch (OutOfMemoryError e) {
      // Whether a read fits is what is measured: say it did not, and go on with the next.
      out.printf(Locale.ROOT, "round %d: %-48s ran out of the heap after %.2f s (%s)%n", round, what,
          (System.nanoTime() - start) / 1e9, e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "");
      return;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "round %d: %-48s %,12d in %6.2f s (%,.0f a second); heap in use after: %,d MB%n", round,
        what, rows, seconds, rows / seconds, heapInUse() >> 20);
  }

  private static void printHeap(String where, PrintStream out) {
    out.printf(Locale.ROOT, "  heap in use %s: %,d MB%n", where, heapInUse() >> 20);
  }

  /** The heap in use after a full collection. */
  private static long heapInUse() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
