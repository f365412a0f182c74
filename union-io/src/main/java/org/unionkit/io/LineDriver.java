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
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one driver of NDJSON lines, for every reader: the calling thread cuts the input into chunks of whole
 * lines ({@link LineChunks}); each chunk's lines are handed to a {@link Sink}, on the calling thread
 * ({@link #onCallingThread}, the sequential readers) or on worker threads, each with its own sink
 * ({@link #onWorkers}, the roll-up). Either way the calling thread takes the chunks' outcomes back in input
 * order, so it numbers the lines, runs the {@link InOrder} check (a repeated id) on the good lines'
 * values, and takes the lines one by one, in order, into the {@link ReadCounts} ({@link #next()}): rejects
 * are handed on in line order, {@link Rejects#FAIL} stops at the first bad line of the input, the record
 * limit at the first line past it, whatever the threads. At most {@code 2 × threads + 1} chunks are held
 * at a time.
 *
 * @param <S> the sinks
 * @param <P> what a good line leaves: for the check in input order, and for the caller
 */
final class LineDriver<S extends LineDriver.Sink<P>, P> implements AutoCloseable {

  /** What is done with lines: one sink per thread, not thread-safe. */
  interface Sink<P> {
    /**
     * Takes the line {@code bytes[from, to)}; a bad line leaves the sink as it was.
     *
     * @param line the line's number within its chunk, from 1, for failures
     * @return what the line leaves for the check in input order and the caller; not null
     * @throws UnionFormatException if the line is bad, located within the chunk
     */
    P take(byte[] bytes, int from, int to, long line) throws UnionFormatException;
  }

  /** The check of good lines in input order, on the calling thread, a chunk's lines at a time. */
  interface InOrder<P> {
    /** No check, for records without an id to repeat. */
    static <P> InOrder<P> none() {
      return new InOrder<>() {
        @Override
        public long key(P value) {
          return 0;
        }

        @Override
        public List<UnionFormatException> check(List<P> values, long[] keys, long[] lines) {
          return List.of();
        }
      };
    }

    /**
     * A number the check needs of a value, worked out where the line was decoded (where the value is in
     * cache), so that the calling thread reads a plain array.
     */
    long key(P value);

    /**
     * Checks the values of a chunk's good lines, in line order.
     *
     * @param keys each value's {@link #key}
     * @param lines each value's line number in the whole input
     * @return the lines found bad after all, in line order; not null
     */
    List<UnionFormatException> check(List<P> values, long[] keys, long[] lines);
  }

  /** A chunk to decode, and its outcome once decoded. */
  private record Task<P>(LineChunks.@Nullable Chunk chunk, CompletableFuture<Outcome<P>> outcome) {}

  /**
   * What a chunk held: its bad lines, and its good lines' values with their lines and keys (all numbered
   * from the chunk's start, in line order).
   */
  private record Outcome<P>(List<UnionFormatException> bad, List<P> values, long[] valueLines, long[] keys) {}

  private final Task<P> stopTask = new Task<>(null, new CompletableFuture<>());

  private final LineChunks chunks;
  private final List<S> sinks = new ArrayList<>();
  private final InOrder<P> inOrder;
  private final ReadCounts counts;
  private final List<Worker> workers = new ArrayList<>();
  private final ArrayDeque<Task<P>> pending = new ArrayDeque<>();
  private final @Nullable BlockingQueue<Task<P>> queue;
  private final String file;
  private boolean atEnd;
  private volatile boolean cancelled;

  // The chunk being taken: its good lines' values and their lines in the whole input, those the check in
  // input order found bad after all, its bad lines, and how far each list is taken.
  private List<P> values = List.of();
  private long[] lines = new long[0];
  private List<UnionFormatException> late = List.of();
  private List<UnionFormatException> bad = List.of();
  private int v;
  private int b;
  private int l;

  private LineDriver(LineChunks chunks, String file, Supplier<S> sinks, int threads, InOrder<P> inOrder,
      ReadCounts counts) {
    this.chunks = chunks;
    this.file = file;
    this.inOrder = inOrder;
    this.counts = counts;
    if (threads == 0) {
      this.sinks.add(sinks.get());
      this.queue = null;
    } else {
      this.queue = new ArrayBlockingQueue<>(2 * threads);
      for (int i = 0; i < threads; i++) {
        Worker worker = new Worker(i, sinks.get());
        workers.add(worker);
        this.sinks.add(worker.sink);
      }
    }
  }

  /** A driver that decodes each chunk on the calling thread, when it is asked for the chunk's lines. */
  static <S extends Sink<P>, P> LineDriver<S, P> onCallingThread(LineChunks chunks, String file, S sink,
      InOrder<P> inOrder, ReadCounts counts) {
    return new LineDriver<>(chunks, file, () -> sink, 0, inOrder, counts);
  }

  /**
   * A driver that decodes chunks ahead on {@code threads} workers, each with a sink of its own; the
   * workers start at once and end with {@link #close()}.
   */
  static <S extends Sink<P>, P> LineDriver<S, P> onWorkers(LineChunks chunks, String file, Supplier<S> sinks,
      int threads, InOrder<P> inOrder, ReadCounts counts) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads (" + threads + ") must be at least 1");
    }
    LineDriver<S, P> driver = new LineDriver<>(chunks, file, sinks, threads, inOrder, counts);
    driver.workers.forEach(Thread::start);
    return driver;
  }

  /** The sinks, one per thread, for their results once the input is read. */
  List<S> sinks() {
    return sinks;
  }

  /**
   * Takes lines in input order up to the next good one: counts each, hands each bad one to the rejects.
   *
   * @return the good line's value, or null at the end of the input
   * @throws UnionFormatException at a bad line with {@link Rejects#FAIL}, or past the record limit
   */
  @Nullable P next() throws IOException {
    try {
      while (true) {
        if (v == values.size() && b == bad.size()) {
          if (!load()) {
            return null;
          }
          continue;
        }
        long nextBad = b < bad.size() ? bad.get(b).line() : Long.MAX_VALUE;
        if (v < values.size() && lines[v] < nextBad) {
          long line = lines[v];
          counts.next(line);
          P value = values.get(v++);
          if (l < late.size() && late.get(l).line() == line) {
            counts.reject(late.get(l++));
          } else {
            counts.accept();
            return value;
          }
        } else {
          counts.next(nextBad);
          counts.reject(bad.get(b++));
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      cancelled = true;
      throw e;
    }
  }

  /** Takes every line to the end of the input, for the sinks' results alone. */
  void drain() throws IOException {
    while (next() != null) {
      // each line is counted, and each bad one handed on, by next
    }
  }

  /**
   * Makes the next chunk's outcome the one taken: numbers its lines after those before and runs the check
   * in input order on its good lines.
   *
   * @return false at the end of the input
   */
  private boolean load() throws IOException {
    Outcome<P> outcome;
    if (queue == null) {
      LineChunks.Chunk chunk = chunks.next();
      if (chunk == null) {
        return false;
      }
      outcome = decode(chunk, sinks.get(0));
    } else {
      while (!atEnd && pending.size() <= 2 * workers.size()) {
        LineChunks.Chunk chunk = chunks.next();
        if (chunk == null) {
          atEnd = true;
        } else {
          Task<P> task = new Task<>(chunk, new CompletableFuture<>());
          put(queue, task);
          pending.add(task);
        }
      }
      Task<P> task = pending.poll();
      if (task == null) {
        return false;
      }
      outcome = await(task);
    }
    long before = counts.read();
    values = outcome.values();
    lines = new long[values.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = before + outcome.valueLines()[i];
    }
    late = inOrder.check(values, outcome.keys(), lines);
    bad = outcome.bad().stream().map(e -> e.shifted(before)).toList();
    v = 0;
    b = 0;
    l = 0;
    return true;
  }

  /** The outcome of a chunk's lines handed to a sink, in line order. */
  private Outcome<P> decode(LineChunks.Chunk chunk, S sink) {
    byte[] bytes = chunk.bytes();
    int length = chunk.length();
    long line = 0;
    List<UnionFormatException> failed = new ArrayList<>(0);
    List<P> kept = new ArrayList<>();
    long[] valueLines = new long[64];
    long[] keys = new long[64];
    for (int start = 0; start < length; ) {
      int end = ByteScan.lineEnd(bytes, start, length);
      line++;
      try {
        P value = sink.take(bytes, start, end, line);
        if (kept.size() == valueLines.length) {
          valueLines = Arrays.copyOf(valueLines, valueLines.length * 2);
          keys = Arrays.copyOf(keys, keys.length * 2);
        }
        valueLines[kept.size()] = line;
        keys[kept.size()] = inOrder.key(value);
        kept.add(value);
      } catch (UnionFormatException e) {
        failed.add(e);
        if (counts.failFast()) {
          break;
        }
      }
      start = LineChunks.nextLineStart(bytes, end, length);
    }
    return new Outcome<>(failed, kept, Arrays.copyOf(valueLines, kept.size()), Arrays.copyOf(keys, kept.size()));
  }

  private void put(BlockingQueue<Task<P>> queue, Task<P> task) throws InterruptedIOException {
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
   * Ends the workers once the queue is drained; chunks not yet taken are left undecoded. An interrupt
   * meanwhile is kept for the thread's owner: it neither cuts the wait short (the workers would outlive
   * the read) nor hides the read's own outcome.
   */
  @Override
  public void close() {
    if (queue == null) {
      return;
    }
    cancelled = true;
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
    final S sink;

    Worker(int number, S sink) {
      super("unionkit-ndjson-" + number);
      this.sink = sink;
      setDaemon(true);
    }

    @Override
    public void run() {
      BlockingQueue<Task<P>> tasks = queue;
      while (true) {
        Task<P> task;
        try {
          task = tasks.take();
        } catch (InterruptedException e) {
          return;
        }
        if (task == stopTask) {
          return;
        }
        try {
          task.outcome().complete(cancelled ? new Outcome<>(List.of(), List.of(), new long[0], new long[0])
              : decode(task.chunk(), sink));
        } catch (RuntimeException | Error e) {
          task.outcome().completeExceptionally(e);
        }
      }
    }
  }
}
