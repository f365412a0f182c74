package org.unionkit.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadLimits;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.MemberCounter;
import org.unionkit.io.RecordReader;
import org.unionkit.io.UnionFormatException;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RecordCounts;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Tally;

/**
 * Counts one partition's lines on an executor: each decoded and held to every record rule but the
 * repeated id (left to the check across partitions) by union-io's own counter of member lines
 * ({@link Ndjson#memberCounter}), into a {@link RollUp.Accumulator} over the tree. Counts every organisation, whatever the scope: the scope only
 * decides which organisations' counts the driver keeps, and leaves the accounting as it is.
 */
final class PartitionCounter implements FlatMapFunction<Iterator<Line>, Row> {
  private static final long serialVersionUID = 1;

  /** The tree's organisations as NDJSON, written once on the driver. */
  private final Broadcast<byte[]> organisations;
  private final LocalDate start;
  private final LocalDate end;
  private final @Nullable LocalDate asOf;

  PartitionCounter(Broadcast<byte[]> organisations, CountOptions counting) {
    this.organisations = organisations;
    this.start = counting.period().start();
    this.end = counting.period().end();
    this.asOf = counting.asOf().orElse(null);
  }

  @Override
  public Iterator<Row> call(Iterator<Line> lines) {
    return new Counting(lines, origin().sibling());
  }

  /**
   * The accumulator made last on this executor, by its broadcast's id, whose siblings each partition counts
   * into: the tree is read and laid out once a job, not once a partition.
   */
  private record Cached(long broadcast, RollUp.Accumulator origin) {}

  private static volatile @Nullable Cached cached;

  private RollUp.Accumulator origin() {
    Cached last = cached;
    if (last == null || last.broadcast() != organisations.id()) {
      CountOptions counting = CountOptions.of(ReportingPeriod.of(start, end));
      last = new Cached(organisations.id(), RollUp.accumulator(read(organisations.value()),
          asOf == null ? counting : counting.withAsOf(asOf)));
      cached = last;
    }
    return last.origin();
  }

  /**
   * The outcomes one line at a time, so that a partition's members are never all held: a bad line or a
   * kept id for each line, then the tallies and the ledger once the lines are done.
   */
  private static final class Counting implements Iterator<Row> {
    private final Iterator<Line> lines;
    private final RollUp.Accumulator accumulator;
    private final MemberCounter counter;
    private @Nullable Iterator<Row> end;
    private long count;

    Counting(Iterator<Line> lines, RollUp.Accumulator accumulator) {
      this.lines = lines;
      this.accumulator = accumulator;
      this.counter = Ndjson.memberCounter("members", accumulator, ReadLimits.defaults());
    }

    @Override
    public boolean hasNext() {
      return lines.hasNext() || end().hasNext();
    }

    @Override
    public Row next() {
      if (!lines.hasNext()) {
        return end().next();
      }
      Line line = lines.next();
      count++;
      try {
        return Outcomes.kept(counter.count(line.bytes(), 0, line.bytes().length, count), line);
      } catch (UnionFormatException e) {
        return Outcomes.bad(e, line);
      }
    }

    /** The partition's tallies and ledger, made once every line is read. */
    private Iterator<Row> end() {
      if (end == null) {
        List<Row> last = new ArrayList<>();
        for (Map.Entry<OrganisationId, Tally> tally : accumulator.memberTallies().entrySet()) {
          last.add(Outcomes.counted(tally.getKey().toString(), tally.getValue().toLongs()));
        }
        RecordCounts members = accumulator.members();
        long[] ledger = new long[Outcomes.REFUSED + 1];
        ledger[Outcomes.LINES] = count;
        ledger[Outcomes.READ] = members.read();
        ledger[Outcomes.ACCEPTED] = members.accepted();
        ledger[Outcomes.OUTSIDE] = members.outsidePeriod();
        ledger[Outcomes.REFUSED] = members.rejected();
        last.add(Outcomes.ledger(ledger));
        end = last.iterator();
      }
      return end;
    }
  }

  /** The tree the driver wrote ({@link SparkRollUp}): read back from the library's own NDJSON. */
  private static OrganisationTree read(byte[] organisations) {
    List<Organisation> list = new ArrayList<>();
    try (RecordReader<Organisation> reader = Ndjson.organisations(new ByteArrayInputStream(organisations), "tree",
        ReadOptions.defaults())) {
      reader.forEachRemaining(list::add);
    } catch (IOException e) {
      throw new UncheckedIOException("the tree the driver wrote does not read back", e);
    }
    return OrganisationTree.of(list);
  }
}
