package org.unionkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.Extract;
import org.unionkit.io.UnionJson;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.Audit;
import org.unionkit.stats.TextTable;
import org.unionkit.stats.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unionkit extract FILE [--json] [--period PERIOD]}: the figures of a review's text (UTF-8 or GBK), as
 * {@code report} prints figures, and the audit of the shares the text states; {@code --json} prints a dataset
 * document draft instead, which {@code report} reads. The period is {@code --period}, else the year the text
 * names most often. Progress goes to stderr for a long text.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, separator = " ", sortOptions = false,
    synopsisHeading = Main.SYNOPSIS_HEADING, footerHeading = "%n", footer = {Main.PATHS,
        "Exit status: 0 printed, 1 bad input (the message names the file and, for bytes that are not text, the "
            + "line and column), 2 wrong command line."},
    description = {"Finds the figures of a review's text (UTF-8, else GBK) and prints each as written, with the "
        + "interval it stands for, a guess of what it measures and its line, then the audit of the shares the "
        + "text states. Dates, ordinals, plan names, names and telephone numbers are left out."})
final class ExtractCommand implements Callable<Integer> {
  /** A text this long, in bytes, shows its progress. */
  private static final long LONG_TEXT = 1L << 20;

  /** Set by picocli before {@link #call()}, as are the options. */
  @Parameters(paramLabel = "FILE", description = "The text, such as seeds/hebei-2020.txt.")
  private Path file;

  @Option(names = "--json", description = "Print a dataset document draft (figures, shares, each figure's line and "
      + "offsets) that report reads.")
  private boolean json;

  @Option(names = "--period", paramLabel = "PERIOD", converter = Register.PeriodConverter.class,
      description = "The period of the figures, such as 2020 (default: the year the text names most often).")
  private Optional<ReportingPeriod> period = Optional.empty();

  private final PrintStream stdout;
  private final PrintStream err;
  private final LongSupplier nanoClock;

  ExtractCommand(PrintStream stdout, PrintStream err, LongSupplier nanoClock) {
    this.stdout = stdout;
    this.err = err;
    this.nanoClock = nanoClock;
  }

  /** Prints the figures or the draft: 0, or 1 with one line on stderr naming the file and what is wrong. */
  @Override
  public Integer call() {
    try {
      Register.check(file);
      long size = Register.reading(file, () -> Files.size(file));
      Progress progress = Progress.start(err, size, nanoClock,
          (chars, done) -> String.format(Locale.ROOT, "%s: %,d characters read", file, chars));
      Extract extract = Register.reading(file, () -> Extract.read(file, chars -> {
        if (size >= LONG_TEXT) {
          progress.update(chars, chars);
        }
      }));
      Optional<ReportingPeriod> chosen = period.or(extract::period);
      if (json) {
        if (chosen.isEmpty()) {
          throw new Register.Unreadable(file + ": names no year such as 2020年; give the period with --period");
        }
        DatasetDocument draft = extract.document(chosen.get());
        byte[] written = Register.reading(file, () -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          UnionJson.writeDataset(draft, out, null);
          return out.toByteArray();
        });
        stdout.write(written, 0, written.length);
      } else {
        stdout.print(text(extract, chosen));
      }
      return 0;
    } catch (Register.Unreadable e) {
      err.println("unionkit: " + e.getMessage());
      return 1;
    }
  }

  private static String text(Extract extract, Optional<ReportingPeriod> period) {
    StringBuilder text = new StringBuilder(extract.name()).append('\n')
        .append("period 期间: ").append(period.map(ReportingPeriod::toString).orElse("not named")).append("\n\n")
        .append("Figures 数据 (").append(extract.figures().size()).append(")\n");
    TextTable figures = TextTable.withLeftColumns(4)
        .add(List.of("line 行", "figure 数值", "interval 区间", "measure 指标 (guessed)"));
    for (Extract.Figure f : extract.figures()) {
      figures.add(List.of(String.valueOf(f.line()), f.quantity().toString(), f.interval().toString(), f.measure()));
    }
    text.append(figures).append('\n');
    text.append("Audit 核验 (").append(extract.shares().size()).append(" stated shares)\n");
    TextTable audits = TextTable.withLeftColumns(5)
        .add(List.of("line 行", "share 占比", "of 计算", "computed 计算结果", "verdict 结论"));
    for (Extract.Share s : extract.shares()) {
      Optional<Audit> audit = s.audit();
      audits.add(List.of(String.valueOf(s.stated().line()), s.stated().written(),
          s.numerator().map(n -> n.written() + " / " + s.denominator().orElseThrow().written()).orElse("no counts"),
          audit.map(a -> a.computed().toString()).orElse("no counts published"),
          audit.map(Audit::verdict).orElse(Verdict.NOT_DETERMINABLE).name()));
    }
    return text.append(audits).toString();
  }
}
