package org.unionkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * A synthetic province shaped like the Hebei federation, for trying unionkit at scale: 11 city
 * federations, county federations under them and grassroots unions under those (about 60 members per
 * union), one contract per union, and the members, whose skills give a high-skill share near the review's
 * 27.2% (see {@link UnionGenerators}). Written as {@value #DATASET} (organisations, contracts, programmes)
 * and {@value #MEMBERS} (one member per line, streamed, never all in memory), with progress on stderr.
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
    int counties = (int) Math.max(1, Math.min(20, Math.round(Math.sqrt(unions / (double) CITIES))));
    int unionsPerCounty = (int) Math.max(1, (unions + CITIES * counties - 1) / (CITIES * counties));
    List<Organisation> organisations = generators.province(CITIES, counties, unionsPerCounty);
    List<Organisation> grassroots = organisations.stream().filter(o -> o.kind().isGrassroots()).toList();
    Dataset.Builder dataset = Dataset.builder().addAllOrganisations(organisations);
    grassroots.forEach(u -> dataset.addContracts(generators.contract(u)));
    dataset.addProgrammes(generators.programme(organisations.get(0).id()));
    Files.createDirectories(dir);
    DatasetDocument doc = DatasetDocument.of(new Metadata("合成省级数据 synthetic province, seed " + seed + ", "
        + members + " members", Source.of("unionkit generate --members " + members + " --seed " + seed),
        ReportingPeriod.ofYear(2020), Optional.of(Region.parse("130000"))), dataset.build());
    try (OutputStream out = Files.newOutputStream(dir.resolve(DATASET))) {
      UnionJson.writeDataset(doc, out, null);
    }
    try (Writer out = Files.newBufferedWriter(dir.resolve(MEMBERS), StandardCharsets.UTF_8);
         Ndjson.RecordWriter<Member> writer = Ndjson.writer(out, Member.class)) {
      for (long i = 0; i < members; i++) {
        writer.write(generators.member(grassroots.get((int) (i % grassroots.size())).id()));
        if ((i + 1) % PROGRESS_EVERY == 0) {
          progress.printf("unionkit: %,d of %,d members written%n", i + 1, members);
        }
      }
    }
  }
}
