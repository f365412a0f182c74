package org.unionkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.Metadata;
import org.unionkit.io.Ndjson;
import org.unionkit.io.UnionJson;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;
import org.unionkit.testkit.UnionGenerators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A synthetic province shaped like the Hebei federation, for trying unionkit at scale: five levels, with
 * 11 city federations, county federations under them (up to 16 a city, as Hebei has about 170 counties),
 * township unions under those (up to 13 a county, as Hebei has about 2,250 townships) and grassroots
 * unions under the townships, about 60 members each; one contract per union, and the members, whose skills give a high-skill share near the review's
 * 27.2% (see {@link UnionGenerators}). Written as {@value #DATASET} (organisations, contracts, programmes)
 * and {@value #MEMBERS} (one member per line, streamed, never all in memory), with progress on stderr
 * ({@link Progress}). Each file is written whole or not at all: an interrupted run leaves no file that looks
 * complete. As a command, {@code unionkit generate --members N [--seed S] [--out DIR]}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, separator = " ", sortOptions = false,
    sortSynopsis = false, synopsisHeading = Main.SYNOPSIS_HEADING, footerHeading = "%n",
    footer = {Main.PATHS, "Exit status: 0 written, 1 cannot be written, 2 wrong command line."},
    description = {"Writes a synthetic province shaped like Hebei's (11 cities, counties, townships and "
        + "grassroots unions of about 60 members; a high-skill share near the review's 27.2%%) as DIR/dataset.json"
        + " and a streamed DIR/members.ndjson, with progress on stderr."})
final class Generate implements Callable<Integer> {
  static final String DATASET = "dataset.json";
  static final String MEMBERS = "members.ndjson";
  private static final long MAX_MEMBERS = 100_000_000L;
  private static final int CITIES = 11;
  private static final int MEMBERS_PER_UNION = 60;
  /** Members written between looks at the clock. */
  private static final long PROGRESS_EVERY = 1_000;

  @Option(names = "--members", required = true, paramLabel = "N",
      description = "How many members to write, 1 to 100000000.")
  private long members;

  @Option(names = "--seed", paramLabel = "S", description = "The generators' seed (default: ${DEFAULT-VALUE}); "
      + "the same seed writes the same files.")
  private long seed = 2020;

  @Option(names = "--out", paramLabel = "DIR", description = "The directory to write to (default: ${DEFAULT-VALUE}).")
  private Path out = Path.of("generated");

  @Spec
  private CommandSpec spec;

  private final PrintStream err;
  private final LongSupplier nanoClock;

  Generate(PrintStream err, LongSupplier nanoClock) {
    this.err = err;
    this.nanoClock = nanoClock;
  }

  /** Writes the province: 0, 1 when it cannot be written, 2 for a count out of range. */
  @Override
  public Integer call() {
    if (members < 1 || members > MAX_MEMBERS) {
      throw new ParameterException(spec.commandLine(), rangeMessage(members));
    }
    try {
      province(members, seed, out, err, nanoClock);
    } catch (IOException e) {
      err.println("unionkit: cannot write: " + e.getMessage());
      return 1;
    }
    err.println("unionkit: wrote " + out.resolve(DATASET) + " and " + out.resolve(MEMBERS)
        + "; report them with: ./unionkit report " + out.resolve(DATASET) + " --members " + out.resolve(MEMBERS));
    return 0;
  }

  private static String rangeMessage(long members) {
    return "--members (" + members + ") must lie in 1 - " + MAX_MEMBERS;
  }

  static void province(long members, long seed, Path dir, PrintStream err, LongSupplier nanoClock)
      throws IOException {
    if (members < 1 || members > MAX_MEMBERS) {
      throw new IllegalArgumentException(rangeMessage(members));
    }
    UnionGenerators generators = UnionGenerators.seeded(seed);
    long unions = Math.max(CITIES, members / MEMBERS_PER_UNION);
    // The levels fill out together: as many counties a city as townships a county and unions a township,
    // until Hebei's counties and townships are all there; then only the unions a township grow.
    int counties = (int) Math.max(1, Math.min(16, Math.round(Math.cbrt(unions / (double) CITIES))));
    int townships = (int) Math.max(1, Math.min(13, Math.round(Math.sqrt(unions / (double) (CITIES * counties)))));
    long perTownship = CITIES * counties * (long) townships;
    int unionsPerTownship = (int) ((unions + perTownship - 1) / perTownship);
    List<Organisation> organisations = generators.province(CITIES, counties, townships, unionsPerTownship);
    List<Organisation> grassroots = organisations.stream().filter(o -> o.kind().isGrassroots()).toList();
    Dataset.Builder dataset = Dataset.builder().addAllOrganisations(organisations);
    grassroots.forEach(u -> dataset.addContracts(generators.contract(u)));
    dataset.addProgrammes(generators.programme(organisations.get(0).id()));
    Files.createDirectories(dir);
    DatasetDocument doc = DatasetDocument.of(new Metadata("合成省级数据 synthetic province, seed " + seed + ", "
        + members + " members", Source.of("unionkit generate --members " + members + " --seed " + seed),
        ReportingPeriod.ofYear(2020), Optional.of(Region.parse("130000"))), dataset.build());
    UnionJson.writeDataset(doc, dir.resolve(DATASET));
    Progress progress = Progress.start(err, members, nanoClock,
        (written, done) -> String.format(Locale.ROOT, "%,d of %,d members written", written, members));
    Ndjson.write(dir.resolve(MEMBERS), Member.class, writer -> {
      for (long i = 0; i < members; i++) {
        writer.write(generators.member(grassroots.get((int) (i % grassroots.size())).id()));
        if ((i + 1) % PROGRESS_EVERY == 0) {
          progress.update(i + 1, i + 1);
        }
      }
    });
  }
}
