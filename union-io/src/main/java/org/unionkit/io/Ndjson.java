package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RecordRule;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.internal.MemberRow;

/**
 * Newline-delimited JSON (one record per line) for streams too large to hold, such as a province's
 * million members: {@code Ndjson.members(Files.newInputStream(path), "members.ndjson", ReadOptions.defaults())}.
 *
 * <p>A stream is UTF-8 (a leading byte order mark is skipped); a line ends at {@code \n}, {@code \r\n} or
 * a lone {@code \r}. Readers hold one chunk of lines and its records at a time; bad lines are fatal or
 * handed to the caller's {@link Rejects}, as {@link RecordReader} describes. An empty line is a bad line (a
 * final line break is not a line). Each line is read strictly, as {@link UnionJson#mapper()} reads; member
 * lines in the compact form that {@link #writer} writes, or in that form with blanks between tokens and
 * the keys in any order, take a fast path that reaches the same members (and leaves every other line, good
 * or bad, to the strict reader, so messages do not depend on it).
 *
 * <p>{@link #rollUp} reads a member stream on several threads straight into a roll-up over a tree.
 */
public final class Ndjson {
  private Ndjson() {}

  /**
   * Reads members, one per line, on the calling thread, such as
   * {@code Ndjson.members(in, "members.ndjson", ReadOptions.defaults().withRejects(rejects::add))}.
   *
   * @param in the UTF-8 bytes; closed by the reader's {@code close()}; not null
   * @param file the file name for messages; not null
   * @param options the rejects and limits; not null
   * @return the reader, not null
   * @throws IllegalArgumentException if the options name an encoding other than UTF-8
   */
  public static RecordReader<Member> members(InputStream in, String file, ReadOptions options) {
    return new LineReader<>(in, file, options.requireUtf8(file), new MemberLineDecoder(file, options.limits()),
        FirstIds.ofMembers(file, "/id", "line"));
  }

  /**
   * A decoder of member lines one at a time, for an engine that splits a file itself (union-spark's
   * executors): each line is read as strictly as by {@link #members}, with the same failures, and
   * {@link #members}' repeated-id check is left to the engine. Not thread-safe: one per thread or task.
   *
   * @param file the file name for messages; not null
   * @param limits the limits of a line and its values; not null
   * @return the decoder, not null
   */
  public static RecordDecoder<Member> memberDecoder(String file, ReadLimits limits) {
    return new MemberLineDecoder(file, limits);
  }

  /**
   * A counter of member lines one at a time into {@code accumulator}, for an engine that splits a file
   * itself: the same decoding, rules and failures as {@link #rollUp}'s, and no {@code Member} made for a
   * line in the writers' usual forms. {@link #rollUp}'s repeated-id check is left to the engine.
   *
   * @param file the file name for messages; not null
   * @param accumulator the accumulator the lines count into, over the tree; not null
   * @param limits the limits of a line and its values; not null
   * @return the counter, not null
   */
  public static MemberCounter memberCounter(String file, RollUp.Accumulator accumulator, ReadLimits limits) {
    return new RollUpLines(file, accumulator, RollUpLines.positions(accumulator.tree().preOrder()), limits);
  }

  /**
   * Reads organisations, one per line, on the calling thread.
   *
   * @param in the UTF-8 bytes; closed by the reader's {@code close()}; not null
   * @param file the file name for messages; not null
   * @param options the rejects and limits; not null
   * @return the reader, not null
   * @throws IllegalArgumentException if the options name an encoding other than UTF-8
   */
  public static RecordReader<Organisation> organisations(InputStream in, String file, ReadOptions options) {
    return new LineReader<>(in, file, options.requireUtf8(file),
        new LineDecoder<>(file, Organisation.class, options.limits()), LineDriver.InOrder.none());
  }

  /**
   * Rolls up a member stream over a tree for the options' counting (all recorded time unless given),
   * decoding chunks of lines on the options' threads, each into its own {@link RollUp.Accumulator}, merged
   * at the end: the same roll-up as {@link RollUp#of(OrganisationTree, Iterable, Iterable, CountOptions)}
   * over the members of {@link #members}, for a province's millions of members in a fraction of the time.
   * Such as {@code Ndjson.rollUp(in, "members.ndjson", tree, contracts, ReadOptions.defaults()
   * .withCounting(CountOptions.of(ReportingPeriod.ofYear(2020))).withRejects(rejects::add)).value()}.
   *
   * <p>Every line is read as strictly as by {@link #members}, and every member is held to the roll-up's
   * {@link RecordRule}s: a member the rules reject is a bad line too, at the field the rule is about
   * ({@code /organisation}, {@code /joined}, {@code /birthYear}, {@code /id} for a repeated id, which names
   * the line that keeps it), with the rule's code first in its reason. The calling thread reads the input,
   * checks repeated ids in input order and hands bad lines to the options' rejects in line order;
   * {@link Rejects#FAIL} throws the first bad line of the input. {@link Collected#outsidePeriod()} counts the
   * members with nothing in the period. Memory: one accumulator per thread (a tally of member measures per
   * organisation), the ids read (see {@link RollUp}) and at most {@code 2 × threads + 1} chunks of about
   * 256 KB, whatever the length of the input.
   *
   * @param in the UTF-8 bytes, read to the end and left open; not null
   * @param file the file name for messages; not null
   * @param tree the organisations; not null
   * @param contracts the contracts, counted once the members are done; not null
   * @param options the counting, rejects (called on the calling thread), threads and limits; not null
   * @return the roll-up and the line counts, not null
   * @throws UnionFormatException at the first bad line, with {@link Rejects#FAIL}, or past a limit
   * @throws IOException if the input cannot be read
   * @throws IllegalArgumentException if the options name an encoding other than UTF-8
   */
  public static Collected<RollUp> rollUp(InputStream in, String file, OrganisationTree tree,
      Iterable<CollectiveContract> contracts, ReadOptions options) throws IOException {
    return rollUp(in, file, tree, contracts, options, LineChunks.CHUNK_SIZE);
  }

  /**
   * Rolls up a dataset document's member file over the document's tree and contracts: one call for a
   * register kept as {@code unionkit generate} writes it, such as
   * {@code Ndjson.rollUp(UnionJson.readDataset(Path.of("dataset.json")), Path.of("members.ndjson"),
   * ReadOptions.defaults())}. Unless the options say otherwise, counts for the document's period, as of
   * its end ({@link DatasetDocument#countOptions()}); the document's own members, if any, are not counted.
   *
   * @param document the organisations, contracts and period; not null
   * @param members the NDJSON member file; not null
   * @param options the counting, rejects, threads and limits; not null
   * @return the roll-up and the line counts, not null
   * @throws UnionFormatException at the first bad line, with {@link Rejects#FAIL}, or past a limit
   * @throws IOException if the file cannot be read
   */
  public static Collected<RollUp> rollUp(DatasetDocument document, Path members, ReadOptions options)
      throws IOException {
    ReadOptions counted = options.counting().isPresent() ? options : options.withCounting(document.countOptions());
    try (InputStream in = Files.newInputStream(members)) {
      return rollUp(in, members.toString(), document.dataset().tree(), document.dataset().contracts(), counted);
    }
  }

  /** {@link #rollUp}, with chunks of about {@code chunkSize} bytes (tests cut many chunks from a little input). */
  static Collected<RollUp> rollUp(InputStream in, String file, OrganisationTree tree,
      Iterable<CollectiveContract> contracts, ReadOptions options, int chunkSize) throws IOException {
    ReadLimits limits = options.requireUtf8(file).limits();
    RollUp.Accumulator origin = RollUp.accumulator(tree, options.counting().orElse(CountOptions.allTime()));
    ByteNames positions = RollUpLines.positions(tree.preOrder());
    ReadCounts counts = new ReadCounts(file, options.rejects(), limits);
    try (LineDriver<RollUpLines, MemberRow> driver = LineDriver.onWorkers(
        new LineChunks(in, file, chunkSize, limits.maxLineBytes()), file,
        () -> new RollUpLines(file, origin.sibling(), positions, limits), options.threads(),
        FirstIds.ofRows(file, "/id", origin::repeated), counts)) {
      driver.drain();
      for (RollUpLines lines : driver.sinks()) {
        origin.merge(lines.accumulator());
      }
    }
    RollUp rollUp = origin.finish(contracts);
    return counts.collected(rollUp, rollUp.members().outsidePeriod(), List.of());
  }

  /**
   * Writes a file of records one per line, whole or not at all ({@link AtomicFiles}): what {@code records}
   * writes reaches the file only when it returns; if it throws, or the disk fills, the file is left as it
   * was. Such as
   * <pre>{@code
   * Ndjson.write(path, Member.class, writer -> {
   *   for (Member member : members) {
   *     writer.write(member);
   *   }
   * });
   * }</pre>
   *
   * @param <T> the record type: {@code Member} or {@code Organisation}
   * @param file the file to write or replace; not null
   * @param type the record type; not null
   * @param records writes the records; not null
   * @return the records written
   * @throws IOException if writing fails, naming the file
   */
  @CanIgnoreReturnValue
  public static <T> long write(Path file, Class<T> type, Records<T> records) throws IOException {
    long[] written = new long[1];
    AtomicFiles.write(file, out -> {
      RecordWriter<T> writer = writer(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), type);
      records.writeTo(writer);
      writer.flush();
      written[0] = writer.written();
    });
    return written[0];
  }

  /**
   * What writes the records of a file.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface Records<T> {
    /**
     * Writes the records.
     *
     * @param writer where to write them, one at a time; not to be closed
     * @throws IOException if writing fails
     */
    void writeTo(RecordWriter<T> writer) throws IOException;
  }

  /**
   * Writes records one per line, in the compact form.
   *
   * @param <T> the record type: {@code Member} or {@code Organisation}
   * @param out the destination, flushed and closed by {@link RecordWriter#close()}; not null
   * @param type the record type; not null
   * @return the writer, not null
   */
  public static <T> RecordWriter<T> writer(Writer out, Class<T> type) {
    ObjectWriter writer = UnionJson.MAPPER.writerFor(type).without(SerializationFeature.INDENT_OUTPUT)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return new RecordWriter<>(new RecordWriter.Format<T>() {
      @Override
      public void write(T record) throws IOException {
        writer.writeValue(out, record);
        out.write('\n');
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    });
  }

  /**
   * Reads one record per line, decoding a chunk of lines at a time on the calling thread: the one-thread
   * case of {@link #rollUp}'s driver, with its accounting and its repeated-id check.
   */
  private static final class LineReader<T> extends RecordReader<T> {
    private final InputStream in;
    private final LineDriver<LineDriver.Sink<T>, T> driver;

    LineReader(InputStream in, String file, ReadOptions options, LineDecoder<T> decoder,
        LineDriver.InOrder<T> inOrder) {
      this(in, file, options.limits(), new ReadCounts(file, options.rejects(), options.limits()), decoder, inOrder);
    }

    private LineReader(InputStream in, String file, ReadLimits limits, ReadCounts counts, LineDecoder<T> decoder,
        LineDriver.InOrder<T> inOrder) {
      super(file, counts);
      this.in = in;
      this.driver = LineDriver.onCallingThread(new LineChunks(in, file, LineChunks.CHUNK_SIZE, limits.maxLineBytes()),
          file, decoder::decode, inOrder, counts);
    }

    @Override
    @Nullable T read() throws IOException {
      return driver.next();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
