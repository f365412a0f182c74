package org.unionkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.unionkit.cli.Main;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.Ndjson;
import org.unionkit.io.ReadOptions;
import org.unionkit.io.RecordReader;
import org.unionkit.io.UnionJson;
import org.unionkit.model.Member;

/**
 * A synthetic province on disk, as {@code unionkit generate --members N --seed S} writes it: the dataset
 * document (organisations, contracts, a programme) and the NDJSON member file. Generated once per size and
 * seed under a directory, and found there on later runs.
 */
final class Province {
  static final long SEED = 2020;
  /** Where the benchmarks keep their provinces unless told otherwise. */
  static final Path DEFAULT_DIR = Path.of("target", "bench-data");

  private final long members;
  private final Path dir;
  private final DatasetDocument document;

  private Province(long members, Path dir, DatasetDocument document) {
    this.members = members;
    this.dir = dir;
    this.document = document;
  }

  /** The province of {@code members} members under {@code root}, generated unless it is there already. */
  static Province of(long members, Path root, PrintStream progress) throws IOException {
    Path dir = root.resolve("province-" + members + "-" + SEED);
    if (!Files.exists(dir.resolve("members.ndjson")) || !Files.exists(dir.resolve("dataset.json"))) {
      progress.printf("generating %,d members in %s%n", members, dir);
      int status = Main.run(new String[] {"generate", "--members", Long.toString(members), "--seed",
          Long.toString(SEED), "--out", dir.toString()}, progress, progress);
      if (status != 0) {
        throw new IllegalStateException("unionkit generate exited with " + status);
      }
    }
    return new Province(members, dir, UnionJson.readDataset(dir.resolve("dataset.json")));
  }

  long members() {
    return members;
  }

  Path membersFile() {
    return dir.resolve("members.ndjson");
  }

  /**
   * The same members as other systems write NDJSON: each line's keys in a shuffled order, a blank after
   * every {@code :} and {@code ,} (as Python's {@code json.dumps} writes), optional fields absent as
   * before. Derived from {@link #membersFile()} once, with a fixed seed, and found there on later runs.
   */
  Path otherWritersFile(PrintStream progress) throws IOException {
    Path other = dir.resolve("members-other-writers.ndjson");
    if (Files.exists(other)) {
      return other;
    }
    progress.printf("rewriting %s as other writers write it%n", membersFile());
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(SEED);
    Path partial = dir.resolve("members-other-writers.ndjson.partial");
    try (BufferedReader in = Files.newBufferedReader(membersFile(), StandardCharsets.UTF_8);
         BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        json.readTree(line).fields().forEachRemaining(fields::add);
        Collections.shuffle(fields, random);
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, JsonNode> field : fields) {
          text.append(text.length() > 1 ? ", " : "").append(json.writeValueAsString(field.getKey())).append(": ")
              .append(field.getValue().isArray() ? arrayWithBlanks(field.getValue()) : field.getValue().toString());
        }
        out.write(text.append("}\n").toString());
      }
    }
    Files.move(partial, other, StandardCopyOption.ATOMIC_MOVE);
    return other;
  }

  private static String arrayWithBlanks(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(item.toString()));
    return "[" + String.join(", ", items) + "]";
  }

  /** Organisations, contracts and the programme; the members are in {@link #membersFile()}. */
  DatasetDocument document() {
    return document;
  }

  /** The document with the members of the file added: a whole province in one document. */
  DatasetDocument documentWith(List<Member> members) {
    return DatasetDocument.of(document.metadata(), document.dataset().withMembers(members));
  }

  /** Every member of the file, in memory. */
  List<Member> readMembers() throws IOException {
    List<Member> all = new ArrayList<>();
    try (InputStream in = Files.newInputStream(membersFile());
         RecordReader<Member> reader = Ndjson.members(in, membersFile().toString(), ReadOptions.defaults())) {
      reader.forEachRemaining(all::add);
    }
    return all;
  }
}
