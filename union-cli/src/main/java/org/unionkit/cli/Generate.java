package org.unionkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

/**
 * A synthetic province shaped like the Hebei federation, for trying unionkit at scale: five levels, with
 * 11 city federations, county federations under them (up to 16 a city, as Hebei has about 170 counties),
 * township unions under those (up to 13 a county, as Hebei has about 2,250 townships) and grassroots
 * unions under the townships, about 60 members each; one contract per union, and the members, whose skills give a high-skill share near the review's
 * 27.2% (see {@link UnionGenerators}). Written as {@value #DATASET} (organisations, contracts, programmes)
 * and {@value #MEMBERS} (one member per line, streamed, never all in memory), with progress on stderr. Each
 * file is written whole or not at all: an interrupted run leaves no file that looks complete.
 */
final class Generate {
  static final String DATASET = "dataset.json";
  static final String MEMBERS = "members.ndjson";
  private static final int CITIES = 11;
  private static final int MEMBERS_PER_UNION = 60;
  private static final long PROGRESS_EVERY = 100_000;

  private Generate() {}

  static void province(long members, long seed, Path dir, PrintStream progress) throws IOException {
    if (members < 1 || members > 100_000_000L) {
      throw new IllegalArgumentException("--members (" + members + ") must lie in 1 - 100000000");
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
    Ndjson.write(dir.resolve(MEMBERS), Member.class, writer -> {
      for (long i = 0; i < members; i++) {
        writer.write(generators.member(grassroots.get((int) (i % grassroots.size())).id()));
        if ((i + 1) % PROGRESS_EVERY == 0) {
          progress.printf("unionkit: %,d of %,d members written%n", i + 1, members);
        }
      }
    });
  }
}
