package org.unionkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.unionkit.io.AtomicFiles;
import org.unionkit.io.Collected;
import org.unionkit.io.Csv;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordReader;
import org.unionkit.io.Reject;
import org.unionkit.io.Rejects;
import org.unionkit.io.UnionFormatException;
import org.unionkit.io.UnionJson;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.RecordCounts;
import org.unionkit.stats.RecordRule;
import org.unionkit.stats.RollUp;
import org.unionkit.xlsx.SheetChoice;
import org.unionkit.xlsx.Xlsx;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The register a command counts, as a picocli mixin: the options that say which members and which period
 * ({@code --members}, {@code --period}, {@code --as-of}, {@code --rejects}, {@code --max-rejects}), and the
 * roll-up over the document's tree they give, with what was read and rejected. {@link Report} and
 * {@link Compare} count through it, so both read a register the same way.
 */
final class Register {
  /** The rejects a command prints before its tables; all of them go to {@code --rejects}. */
  static final int REJECTS_SHOWN = 10;

  /** Where progress goes, and the clock that times it (tests step it). */
  private final PrintStream err;
  private final LongSupplier nanoClock;

  Register(PrintStream err, LongSupplier nanoClock) {
    this.err = err;
    this.nanoClock = nanoClock;
  }

  @Option(names = "--members", paramLabel = "MEMBERS",
      description = "A member register to roll up over the document's tree: NDJSON (one member a line, read in "
          + "chunks on every core), CSV or an .xlsx workbook, told by the file's extension (.ndjson .jsonl, "
          + ".csv .tsv .txt, .xlsx .xlsm) or else by its content; progress on stderr.")
  private Optional<Path> members = Optional.empty();

  @Option(names = "--sheet", paramLabel = "SHEET", converter = SheetConverter.class,
      description = "The workbook's sheet to read: its name (会员) or position from 1. Default: the first.")
  private Optional<SheetChoice> sheet = Optional.empty();

  @Option(names = "--charset", paramLabel = "CHARSET", converter = CharsetConverter.class,
      description = "The encoding of a CSV register: UTF-8 (the default), GBK or GB18030; a file with a UTF-16 "
          + "byte order mark (Excel's \"Unicode text\") is read as UTF-16 whatever is named.")
  private Optional<Charset> charset = Optional.empty();

  @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
      description = "The period to count: 2019, 2020-03 or 2020-01-01/2020-06-30. Stocks at its last day, "
          + "flows within it. Default: the document's period.")
  private Optional<ReportingPeriod> period = Optional.empty();

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "Count the stocks on one day (the period DATE/DATE), such as 2020-06-30.")
  private Optional<LocalDate> asOf = Optional.empty();

  @Option(names = "--rejects", paramLabel = "REJECTS.ndjson",
      description = "Write every rejected record to this file, one JSON object a line (file, line, column, path, "
          + "rule, reason), written whole or not at all.")
  private Optional<Path> rejectsFile = Optional.empty();

  @Option(names = "--max-rejects", paramLabel = "N",
      description = "Stop with exit status 1 at the (N+1)th rejected record. Default: no limit.")
  private long maxRejects = Long.MAX_VALUE;

  /**
   * What the roll-up read and made of it: the source named, the period, the lines or records read and what
   * became of them, the rejects kept, the roll-up and the rows a report shows (each top organisation, then
   * the organisations below it).
   */
  record Counted(String source, String unit, ReportingPeriod period, CountOptions options, long lines,
      long counted, long outside, long rejected, List<String> dropped, List<Rejected> rejects, RollUp rollUp,
      List<Organisation> rows) {}

  /** A rejected record, where (in a sheet, its cell) and why: no value of the record. */
  record Rejected(String file, Reject reject) {
    @Override
    public String toString() {
      return reject.where(file) + ": " + (reject.path().isEmpty() ? "" : reject.path() + ": ") + reject.reason();
    }
  }

  /** Reads {@code --sheet}: a name, or a position from 1. */
  static final class SheetConverter implements CommandLine.ITypeConverter<SheetChoice> {
    @Override
    public SheetChoice convert(String value) {
      try {
        return SheetChoice.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --charset}: an encoding the JDK has. */
  static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not an encoding such as UTF-8, GBK or GB18030");
      }
    }
  }

  /** Reads {@code --period}: the model's own parser and message. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<ReportingPeriod> {
    @Override
    public ReportingPeriod convert(String value) {
      try {
        return ReportingPeriod.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --as-of}: an ISO date. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date such as 2020-12-31");
      }
    }
  }

  /** Keeps every reject for {@code --rejects} (or the first few without it) and stops past {@code --max-rejects}. */
  private final class Kept implements Rejects {
    final String source;
    final List<Rejected> rejects = new ArrayList<>();
    /** Every reject seen, kept or not. */
    private long seen;

    Kept(String source) {
      this.source = source;
    }

    @Override
    public void reject(Reject reject) {
      take(new Rejected(source, reject));
    }

    void take(Rejected rejected) {
      seen++;
      if (seen > maxRejects) {
        throw new TooManyRejects(rejected + " (more than --max-rejects " + maxRejects + ")");
      }
      if (rejectsFile.isPresent() || rejects.size() < REJECTS_SHOWN) {
        rejects.add(rejected);
      }
    }
  }

  /** The read stops past {@code --max-rejects}. */
  private static final class TooManyRejects extends RuntimeException {
    private static final long serialVersionUID = 1;

    TooManyRejects(String message) {
      super(message, null, false, false);
    }
  }

  private static void writeRejects(Path target, List<Rejected> rejects) throws IOException {
    ObjectMapper mapper = UnionJson.mapper();
    AtomicFiles.write(target, out -> {
      for (Rejected r : rejects) {
        out.write((mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(r)) + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  /** The rule a reason starts with (such as {@code duplicate-id}), or {@code invalid} for a record that cannot be read. */
  static String rule(String reason) {
    for (RecordRule rule : RecordRule.values()) {
      if (reason.startsWith(rule.code() + ":")) {
        return rule.code();
      }
    }
    return "invalid";
  }

  /** Opens a member register again, its bad records skipped (the count has reported them). */
  @FunctionalInterface
  interface Reread {
    RecordReader<Member> open() throws IOException;
  }

  /**
   * The member file given with {@code --members}, if any, to be read again in its format, sheet and
   * encoding: the HTML report reads it once more for its years.
   */
  Optional<Reread> memberFile() {
    return members.map(file -> () -> {
      ReadOptions skip = ReadOptions.defaults().withRejects(reject -> { })
          .withCharset(charset.orElse(StandardCharsets.UTF_8));
      return switch (RegisterFormat.of(file)) {
        case NDJSON -> Ndjson.members(Files.newInputStream(file), file.toString(), skip);
        case CSV -> Csv.members(Files.newInputStream(file), file.toString(), skip);
        case XLSX -> Xlsx.members(file, sheet.orElse(SheetChoice.first()), skip);
      };
    });
  }

  /** The files a command reads, the document first, each checked before any is read. */
  List<Path> inputs(Path file) {
    List<Path> inputs = new ArrayList<>();
    inputs.add(file);
    members.ifPresent(inputs::add);
    return inputs;
  }

  static void check(Path input) throws Unreadable {
    if (!Files.exists(input)) {
      throw new Unreadable(input + ": no such file");
    }
    if (Files.isDirectory(input)) {
      throw new Unreadable(input + ": is a directory, not a file");
    }
  }

  /** Something that reads {@code file}: its failure becomes one line naming the file. */
  @FunctionalInterface
  interface Read<T> {
    T read() throws IOException;
  }

  static <T> T reading(Path file, Read<T> read) throws Unreadable {
    try {
      return read.read();
    } catch (UnionFormatException e) {
      throw new Unreadable(e.getMessage());
    } catch (NoSuchFileException e) {
      throw new Unreadable(Optional.ofNullable(e.getFile()).orElse(file.toString()) + ": no such file");
    } catch (FileSystemException e) {
      throw new Unreadable(Optional.ofNullable(e.getFile()).orElse(file.toString()) + ": cannot be read: "
          + Optional.ofNullable(e.getReason()).orElse(e.getClass().getSimpleName()));
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      throw new Unreadable(message.contains(file.toString()) ? message : file + ": cannot be read: " + message);
    } catch (UncheckedIOException e) {
      throw new Unreadable(String.valueOf(e.getCause().getMessage()));
    } catch (IllegalArgumentException e) {
      throw new Unreadable(file + ": " + e.getMessage());
    }
  }

  /** A file that cannot be read, with the message line that says which and why. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The roll-up of each top organisation (the province) and the organisations below it (its cities) for the
   * period, over the dataset's own members or those of an NDJSON file, streamed in chunks on every core, with
   * progress on stderr; and what was read; empty when there are no members. Rejects go to {@code --rejects}. The register is taken as of the document's period
   * end, so a record dated later is rejected; a record with nothing in the period is counted apart.
   */
  Optional<Counted> count(Path file, DatasetDocument doc) throws Unreadable {
    Dataset dataset = doc.dataset();
    if (dataset.members().isEmpty() && members.isEmpty()) {
      return Optional.empty();
    }
    ReportingPeriod counted = asOf.map(day -> ReportingPeriod.of(day, day)).or(() -> period)
        .orElse(doc.metadata().period());
    CountOptions options = doc.countOptions().withPeriod(counted);
    List<Organisation> rows = new ArrayList<>();
    for (Organisation root : dataset.tree().roots()) {
      rows.add(root);
      rows.addAll(dataset.tree().children(root.id()));
    }
    if (members.isEmpty()) {
      Kept kept = new Kept(file.toString());
      RollUp rollUp = reading(file, () -> RollUp.of(dataset.tree(), dataset.members(), dataset.contracts(), options));
      try {
        // A document's records have no lines of their own: a reject names the member's place among them.
        rollUp.rejections().forEach(r -> kept.take(new Rejected(file.toString(), new Reject(r.record(), 0,
            "/" + r.kind() + "s/" + (r.record() - 1), r.rule().code() + ": " + r.reason()))));
      } catch (TooManyRejects e) {
        throw new Unreadable(e.getMessage());
      }
      RecordCounts m = rollUp.members();
      return written(new Counted(file + " members", "records", counted, options, m.read(), m.accepted(),
          m.outsidePeriod(), m.rejected(), List.of(), kept.rejects, rollUp, rows));
    }
    Path memberFile = members.get();
    RegisterFormat format = reading(memberFile, () -> RegisterFormat.of(memberFile));
    Optional<String> misplaced = format.misplaced(sheet.isPresent(), charset.isPresent());
    if (misplaced.isPresent()) {
      throw new Unreadable(memberFile + ": " + misplaced.get());
    }
    Kept kept = new Kept(memberFile.toString());
    ReadOptions read = ReadOptions.defaults().withCounting(options).withRejects(kept)
        .withCharset(charset.orElse(StandardCharsets.UTF_8));
    Collected<RollUp> rolled;
    try {
      rolled = reading(memberFile, () -> {
        if (format == RegisterFormat.XLSX) {
          return Xlsx.rollUp(memberFile, sheet.orElse(SheetChoice.first()), dataset.tree(), dataset.contracts(), read);
        }
        long size = Files.size(memberFile);
        Progress progress = Progress.start(err, size, nanoClock, (lines, bytes) -> String.format(Locale.ROOT,
            "%s: %,d lines read (%s)", memberFile, lines, Progress.megabytes(bytes, size)));
        try (ProgressInputStream in = new ProgressInputStream(Files.newInputStream(memberFile), progress)) {
          Collected<RollUp> value = format == RegisterFormat.CSV
              ? Csv.rollUp(in, memberFile.toString(), dataset.tree(), dataset.contracts(), read)
              : Ndjson.rollUp(in, memberFile.toString(), dataset.tree(), dataset.contracts(), read);
          progress.finish(in.lines(), in.bytes());
          return value;
        }
      });
    } catch (TooManyRejects e) {
      throw new Unreadable(e.getMessage());
    }
    return written(new Counted(memberFile.toString(), format == RegisterFormat.NDJSON ? "lines" : "rows", counted,
        options, rolled.rowsRead(), rolled.accepted(), rolled.outsidePeriod(), rolled.rejected(),
        rolled.droppedColumns(), kept.rejects, rolled.value(), rows));
  }

  /** {@code members.ndjson: 10,000,000 lines, 9,999,990 counted, 3 outside 2020, 7 rejected}, then the first rejects. */
  static String summary(Counted c) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %,d %s, %,d counted, %,d outside %s, %,d rejected%n",
        c.source(), c.lines(), c.unit(), c.counted(), c.outside(), c.period(), c.rejected()));
    if (!c.dropped().isEmpty()) {
      text.append("  dropped unread, personal data the register does not keep: ").append(String.join(", ", c.dropped()))
          .append('\n');
    }
    c.rejects().stream().limit(REJECTS_SHOWN).forEach(r -> text.append("  ").append(r).append('\n'));
    if (c.rejected() > REJECTS_SHOWN) {
      text.append(String.format(Locale.ROOT, "  ... and %,d more%n", c.rejected() - REJECTS_SHOWN));
    }
    return text.toString();
  }

  /** The count, its rejects written to {@code --rejects} first when asked. */
  private Optional<Counted> written(Counted counted) throws Unreadable {
    if (rejectsFile.isPresent()) {
      Path target = rejectsFile.get();
      reading(target, () -> {
        writeRejects(target, counted.rejects());
        return target;
      });
    }
    return Optional.of(counted);
  }

  /**
   * Why the options cannot be taken together, such as {@code --period} with {@code --as-of}.
   *
   * @return the message, empty when they can
   */
  Optional<String> conflict() {
    return period.isPresent() && asOf.isPresent()
        ? Optional.of("--period and --as-of name the period two ways: give one") : Optional.empty();
  }

  /** The count as JSON: source, period, lines, counted, outside the period, rejected and the first rejects. */
  static ObjectNode json(Counted c) {
    ObjectNode read = UnionJson.mapper().createObjectNode();
    read.put("source", c.source()).put("period", c.period().toString()).put("lines", c.lines())
        .put("counted", c.counted()).put("outsidePeriod", c.outside()).put("rejected", c.rejected());
    c.dropped().forEach(read.putArray("droppedColumns")::add);
    ArrayNode rejects = read.putArray("rejects");
    c.rejects().stream().limit(REJECTS_SHOWN).forEach(r -> rejects.add(json(r)));
    return read;
  }

  /** A reject as JSON: file, then sheet for a workbook's, line (a sheet's row), column, path, rule, reason. */
  private static ObjectNode json(Rejected r) {
    ObjectNode json = UnionJson.mapper().createObjectNode().put("file", r.file());
    r.reject().sheet().ifPresent(s -> json.put("sheet", s));
    Reject reject = r.reject();
    return json.put("line", reject.line()).put("column", reject.column()).put("path", reject.path())
        .put("rule", rule(reject.reason())).put("reason", reject.reason());
  }
}
