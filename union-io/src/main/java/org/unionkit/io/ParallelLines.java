package org.unionkit.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the lines of an NDJSON stream on several threads. The calling thread cuts the input into chunks
 * of whole lines ({@link LineChunks}); each worker hands the lines of its chunks to its own {@link Sink};
 * the sinks' results are combined at the end. The calling thread takes the chunks' outcomes back in input
 * order, so it numbers the lines and hands bad ones to the {@link Rejects} in order, and
 * {@link Rejects#FAIL} stops at the first bad line of the input. What must be judged in input order (a
 * repeated id) a sink leaves to the {@link InOrder} check, which the calling thread runs on each good line's
 * pending value, numbered in the whole input. At most {@code 2 × threads + 1} chunks are held at a time.
 *
 * @param <A> what a sink makes of its lines
 * @param <P> what a good line leaves for the check in input order
 */
final class ParallelLines<A, P> {

  /** What one worker does with its lines. Not thread-safe: one per worker. */
  interface Sink<A, P> {
    /**
     * Takes the line {@code bytes[from, to)}; a bad line leaves the sink as it was.
     *
     * @param line the line's number within its chunk, from 1, for failures
     * @return what the check in input order needs of the line, or null for nothing
     * @throws UnionFormatException if the line is bad, located within the chunk
     */
    @Nullable P take(byte[] bytes, int from, int to, long line) throws UnionFormatException;

    /** What the sink made of the lines taken. */
    A result();
  }

  /** The check of good lines in input order, on the calling thread, a chunk's lines at a time. */
  interface InOrder<P> {
    /**
     * A number the check needs of a pending value, worked out on the worker (where the value is in
     * cache), so that the calling thread reads a plain array.
     */
    long key(P pending);

    /**
     * Checks the pending values of a chunk's good lines, in line order.
     *
     * @param keys each value's {@link #key}
     * @param lines each value's line number in the whole input
     * @return the lines found bad after all, in line order; not null
     */
    List<UnionFormatException> check(List<P> pending, long[] keys, long[] lines);
  }

  /** A chunk to decode, and its outcome once decoded. */
  private record Task<P>(LineChunks.@Nullable Chunk chunk, CompletableFuture<Outcome<P>> outcome) {}

  /**
   * What a chunk held: its lines, those taken, the bad ones, and the good lines' pending values with their
   * lines (all numbered from the chunk's start, in line order).
   */
  private record Outcome<P>(long lines, long accepted, List<UnionFormatException> bad, List<P> pending,
      long[] pendingLines, long[] pendingKeys) {}

  private final Task<P> stopTask = new Task<>(null, new CompletableFuture<>());

  private final LineChunks chunks;
  private final String file;
  private final Supplier<? extends Sink<A, P>> sinks;
  private final InOrder<P> inOrder;
  private final Rejects rejects;
  private final int threads;
  private final ReadLimits limits;
  private final BlockingQueue<Task<P>> queue;
  private volatile boolean cancelled;

  ParallelLines(LineChunks chunks, String file, Supplier<? extends Sink<A, P>> sinks, InOrder<P> inOrder,
      Rejects rejects, int threads, ReadLimits limits) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads (" + threads + ") must be at least 1");
    }
    this.chunks = chunks;
    this.file = file;
    this.sinks = sinks;
    this.inOrder = inOrder;
    this.rejects = rejects;
    this.threads = threads;
    this.limits = limits;
    this.queue = new ArrayBlockingQueue<>(2 * threads);
  }

  /** Reads the input to its end; the sinks' results combined by {@code combine}, and the line counts. */
  Collected<A> run(BinaryOperator<A> combine) throws IOException {
    List<Worker> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      workers.add(new Worker(i));
    }
    ArrayDeque<Task<P>> pending = new ArrayDeque<>();
    long[] counts = new long[3];
    try {
      workers.forEach(Thread::start);
      for (LineChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
        Task<P> task = new Task<>(chunk, new CompletableFuture<>());
        put(task);
        pending.add(task);
        while (!pending.isEmpty() && (pending.size() > 2 * threads || pending.peek().outcome().isDone())) {
          take(pending.poll(), counts);
        }
      }
      while (!pending.isEmpty()) {
        take(pending.poll(), counts);
      }
    } catch (IOException | RuntimeException | Error e) {
      cancelled = true;
      throw e;
    } finally {
      stop(workers);
    }
    A total = workers.get(0).sink.result();
    for (int i = 1; i < workers.size(); i++) {
      total = combine.apply(total, workers.get(i).sink.result());
    }
    return new Collected<>(total, counts[0], counts[1], 0, counts[2]);
  }

  /**
   * Takes a chunk's outcome in input order: numbers its lines after those before, runs the check in input
   * order on its good lines and hands on its bad lines, all in line order.
   */
  private void take(Task<P> task, long[] counts) throws IOException {
    Outcome<P> outcome = await(task);
    long before = counts[0];
    if (before + outcome.lines() > limits.maxRecords()) {
      // The lines up to the limit are still judged; the read then fails at the first line past it.
      counts[0] += outcome.lines();
      handOn(outcome, before, counts);
      throw new UnionFormatException(file, limits.maxRecords() + 1, 0, "", "the input " + limits.tooManyRecords());
    }
    counts[0] += outcome.lines();
    handOn(outcome, before, counts);
  }

  private void handOn(Outcome<P> outcome, long before, long[] counts) throws UnionFormatException {
    counts[1] += outcome.accepted();
    List<P> pending = outcome.pending();
    long[] lines = new long[pending.size()];
    int within = 0;
    while (within < lines.length && before + outcome.pendingLines()[within] <= limits.maxRecords()) {
      lines[within] = before + outcome.pendingLines()[within];
      within++;
    }
    List<UnionFormatException> late = inOrder.check(within == lines.length ? pending : pending.subList(0, within),
        Arrays.copyOf(outcome.pendingKeys(), within), within == lines.length ? lines : Arrays.copyOf(lines, within));
    counts[1] -= late.size();
    // Both lists are in line order: hand the bad lines on merged, in the order of the input.
    List<UnionFormatException> bad = outcome.bad();
    int b = 0;
    int l = 0;
    while (b < bad.size() || l < late.size()) {
      if (l == late.size() || (b < bad.size() && bad.get(b).line() + before < late.get(l).line())) {
        reject(bad.get(b++).shifted(before), counts);
      } else {
        reject(late.get(l++), counts);
      }
    }
  }

  private void reject(UnionFormatException located, long[] counts) throws UnionFormatException {
    if (located.line() > limits.maxRecords()) {
      return;
    }
    counts[2]++;
    located.handTo(rejects);
  }

  private void put(Task<P> task) throws InterruptedIOException {
    try {
      queue.put(task);
    } catch (InterruptedException e) {
      throw interrupted();
    }
  }

  private Outcome<P> await(Task<P> task) throws IOException {
    try {
      return task.outcome().get();
    } catch (InterruptedException e) {
      throw interrupted();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Keeps the thread's interrupt, for its owner to see, and ends the read. */
  private InterruptedIOException interrupted() {
    Thread.currentThread().interrupt();
    return new InterruptedIOException("interrupted while reading " + file);
  }

  /**
   * Ends the workers once the queue is drained; a cancelled run leaves its remaining chunks undecoded. An
   * interrupt meanwhile is kept for the thread's owner: it neither cuts the wait short (the workers would
   * outlive the read) nor hides the read's own outcome.
   */
  private void stop(List<Worker> workers) {
    boolean interrupted = false;
    for (int i = 0; i < workers.size(); i++) {
      while (true) {
        try {
          queue.put(stopTask);
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    for (Worker worker : workers) {
      while (worker.isAlive()) {
        try {
          worker.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands the lines of chunks to its own sink until told to stop. */
  private final class Worker extends Thread {
    final Sink<A, P> sink = sinks.get();

    Worker(int number) {
      super("unionkit-ndjson-" + number);
      setDaemon(true);
    }

    @Override
    public void run() {
      while (true) {
        Task<P> task;
        try {
          task = queue.take();
        } catch (InterruptedException e) {
          return;
        }
        if (task == stopTask) {
          return;
        }
        try {
          task.outcome().complete(cancelled ? new Outcome<>(0, 0, List.of(), List.of(), new long[0], new long[0])
              : decode(task.chunk()));
        } catch (RuntimeException | Error e) {
          task.outcome().completeExceptionally(e);
        }
      }
    }

    private Outcome<P> decode(LineChunks.Chunk chunk) {
      byte[] bytes = chunk.bytes();
      int length = chunk.length();
      long lines = 0;
      long accepted = 0;
      List<UnionFormatException> bad = new ArrayList<>(0);
      List<P> pending = new ArrayList<>();
      long[] pendingLines = new long[64];
      long[] pendingKeys = new long[64];
      for (int start = 0; start < length; ) {
        int end = ByteScan.lineEnd(bytes, start, length);
        lines++;
        try {
          P value = sink.take(bytes, start, end, lines);
          accepted++;
          if (value != null) {
            if (pending.size() == pendingLines.length) {
              pendingLines = Arrays.copyOf(pendingLines, pendingLines.length * 2);
              pendingKeys = Arrays.copyOf(pendingKeys, pendingKeys.length * 2);
            }
            pendingLines[pending.size()] = lines;
            pendingKeys[pending.size()] = inOrder.key(value);
            pending.add(value);
          }
        } catch (UnionFormatException e) {
          bad.add(e);
          if (rejects == Rejects.FAIL) {
            break;
          }
        }
        start = LineChunks.nextLineStart(bytes, end, length);
      }
      return new Outcome<>(lines, accepted, bad, pending, pendingLines, pendingKeys);
    }
  }
}
