package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;
import org.unionkit.testkit.UnionGenerators;

/**
 * Faults outside the data: an input that fails part way, a file cut short, a disk that fills while
 * writing. Each error says what failed and where; nothing half-written is left where a whole file belongs.
 */
class FaultTest {
  private static final Dataset DATASET = UnionGenerators.seeded(7).dataset(3, 3, 20);
  private static final String FAILURE = "simulated read failure";

  /** The bytes, then an IOException instead of the rest. */
  private static InputStream failingAfter(byte[] bytes, int good) {
    return new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at >= good) {
          throw new IOException(FAILURE);
        }
        return bytes[at++] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (at >= good) {
          throw new IOException(FAILURE);
        }
        int n = Math.min(len, good - at);
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
      }
    };
  }

  private static byte[] members() throws IOException {
    return NdjsonProperties.write(DATASET.members()).getBytes(StandardCharsets.UTF_8);
  }

  private static final DatasetDocument DOCUMENT = DatasetDocument.of(new Metadata("t", Source.of("s"),
      ReportingPeriod.ofYear(2020), Optional.empty()), DATASET);

  private static byte[] document() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnionJson.writeDataset(DOCUMENT, out, null);
    return out.toByteArray();
  }

  @Test
  void aMemberStreamThatFailsPartWaySaysWhichFileAndAfterHowManyBytes() throws IOException {
    byte[] bytes = members();
    int good = bytes.length / 2;
    RecordReader<Member> reader = Ndjson.members(failingAfter(bytes, good), "m.ndjson", ReadOptions.defaults());

    assertThatThrownBy(() -> reader.forEachRemaining(m -> { })).isInstanceOf(UncheckedIOException.class)
        .cause().hasMessage("reading m.ndjson failed after " + good + " bytes: " + FAILURE);
    assertThat(reader.accepted() + reader.rejected()).as("accepted + rejected").isEqualTo(reader.rowsRead());
    assertThatThrownBy(() -> Ndjson.rollUp(failingAfter(bytes, good), "m.ndjson", DATASET.tree(), List.of(),
        ReadOptions.defaults().withThreads(2))).as("the roll-up").isInstanceOf(IOException.class)
        .isNotInstanceOf(UnionFormatException.class)
        .hasMessage("reading m.ndjson failed after " + good + " bytes: " + FAILURE);
  }

  @Test
  void anInterruptedRollUpStopsItsWorkersAndKeepsTheInterrupt() throws IOException {
    byte[] bytes = members();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Ndjson.rollUp(new ByteArrayInputStream(bytes), "m.ndjson", DATASET.tree(), List.of(),
          ReadOptions.defaults().withThreads(2))).isInstanceOf(InterruptedIOException.class)
          .hasMessage("interrupted while reading m.ndjson");
    } finally {
      assertThat(Thread.interrupted()).as("the interrupt, kept for the caller").isTrue();
    }
    assertThat(Thread.getAllStackTraces().keySet()).as("no worker left")
        .noneMatch(t -> t.getName().startsWith("unionkit-ndjson-"));
  }

  @Test
  void anInterruptAsTheReadEndsKeepsItsResult() throws IOException {
    // The handler runs on the reading thread: its interrupt arrives with every line read, as the workers stop.
    byte[] bytes = (new String(members(), StandardCharsets.UTF_8) + "{\n").getBytes(StandardCharsets.UTF_8);
    try {
      Collected<?> read = Ndjson.rollUp(new ByteArrayInputStream(bytes), "m.ndjson", DATASET.tree(), List.of(),
          ReadOptions.defaults().withRejects(bad -> Thread.currentThread().interrupt()).withThreads(2));
      assertThat(read.accepted() + read.outsidePeriod()).as("the members").isEqualTo(DATASET.members().size());
      assertThat(read.rejected()).as("the bad last line").isEqualTo(1);
    } finally {
      assertThat(Thread.interrupted()).as("the interrupt, kept for the caller").isTrue();
    }
  }

  @Test
  void aDocumentOrSpreadsheetThatFailsPartWaySaysWhichFile() throws IOException {
    byte[] doc = document();
    assertThatThrownBy(() -> UnionJson.readDataset(failingAfter(doc, doc.length / 2), "d.json", null))
        .isInstanceOf(IOException.class).isNotInstanceOf(UnionFormatException.class)
        .hasMessage("reading d.json failed: " + FAILURE);

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (RecordWriter<Member> writer = Csv.memberWriter(csv, StandardCharsets.UTF_8)) {
      for (Member m : DATASET.members()) {
        writer.write(m);
      }
    }
    byte[] rows = csv.toByteArray();
    assertThatThrownBy(() -> {
      try (RecordReader<Member> reader = Csv.members(failingAfter(rows, rows.length / 2), "m.csv",
          ReadOptions.defaults())) {
        reader.forEachRemaining(m -> { });
      }
    }).as("CSV").isInstanceOf(UncheckedIOException.class).cause().hasMessageStartingWith("reading m.csv failed at line ")
        .hasMessageEndingWith(FAILURE);
  }

  @Test
  void aDocumentCutShortAnywhereIsAFormatErrorAtItsEnd() throws IOException {
    byte[] doc = document();
    for (int cut = 0; cut < doc.length; cut += Math.max(1, doc.length / 97)) {
      byte[] part = Arrays.copyOf(doc, cut);
      assertThatThrownBy(() -> UnionJson.readDataset(new ByteArrayInputStream(part), "d.json", null))
          .as("cut at byte %d", cut).isInstanceOf(UnionFormatException.class)
          .satisfies(e -> assertThat(((UnionFormatException) e).line()).as("a line").isPositive());
    }
  }

  @Test
  void aMemberStreamCutShortLosesOnlyItsLastLineToTheRejects() throws IOException {
    byte[] bytes = members();
    byte[] part = Arrays.copyOf(bytes, bytes.length - 10);
    List<Reject> rejects = new ArrayList<>();
    try (RecordReader<Member> reader = Ndjson.members(new ByteArrayInputStream(part), "m.ndjson",
        ReadOptions.defaults().withRejects(rejects::add))) {
      long accepted = reader.stream().count();
      assertThat(accepted).as("the whole lines").isEqualTo(DATASET.members().size() - 1);
      assertThat(rejects).as("the cut line").hasSize(1).allSatisfy(r -> {
        assertThat(r.line()).isEqualTo(DATASET.members().size());
        assertThat(r.reason()).startsWith("malformed JSON");
      });
      assertThat(reader.accepted() + reader.rejected()).as("accepted + rejected").isEqualTo(reader.rowsRead());
    }
  }

  /** A disk that fills after {@code room} bytes. */
  private static OutputStream fillingAfter(OutputStream out, int room) {
    return new FilterOutputStream(out) {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > room) {
          throw new IOException("No space left on device");
        }
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
          write(b[off + i]);
        }
      }
    };
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.toList();
    }
  }

  @Test
  void aDiskThatFillsLeavesTheOldFileAndNoPartAndSaysSo(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("dataset.json");
    Files.writeString(target, "the old content");
    byte[] doc = document();

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(doc), out -> fillingAfter(out, 1000)))
        .isInstanceOf(IOException.class)
        .hasMessage("could not write " + target + ", left as it was: No space left on device");
    assertThat(Files.readString(target)).as("the old file").isEqualTo("the old content");
    assertThat(files(dir)).as("no temporary file left").containsExactly(target);
  }

  @Test
  void aFailureWhileMakingTheContentWritesNothing(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("members.ndjson");

    assertThatThrownBy(() -> Ndjson.write(target, Member.class, writer -> {
      writer.write(DATASET.members().get(0));
      throw new IllegalStateException("the generator broke");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(files(dir)).as("neither the file nor a part of it").isEmpty();
  }

  @Test
  void aCompleteWriteReplacesTheFileWithTheWholeContent(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("members.ndjson");
    Files.writeString(target, "old");

    long written = Ndjson.write(target, Member.class, writer -> {
      for (Member m : DATASET.members()) {
        writer.write(m);
      }
    });

    assertThat(written).as("records").isEqualTo(DATASET.members().size());
    assertThat(Files.readAllBytes(target)).as("the content").isEqualTo(members());
    assertThat(files(dir)).as("no temporary file left").containsExactly(target);
    Path doc = dir.resolve("dataset.json");
    UnionJson.writeDataset(DOCUMENT, doc);
    assertThat(Files.readAllBytes(doc)).as("the document").isEqualTo(document());
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewOneGetsThoseOfAnyNewFile(@TempDir Path dir) throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX permissions");
    Path shared = dir.resolve("shared.json");
    Files.writeString(shared, "old");
    Set<PosixFilePermission> readable = PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(shared, readable);
    Path plain = Files.createFile(dir.resolve("plain"));
    Path readOnly = dir.resolve("read-only.json");
    Files.writeString(readOnly, "old");
    Set<PosixFilePermission> unwritable = PosixFilePermissions.fromString("r--r--r--");
    Files.setPosixFilePermissions(readOnly, unwritable);

    AtomicFiles.write(shared, out -> out.write('1'));
    AtomicFiles.write(readOnly, out -> out.write('3'));
    Path created = dir.resolve("created.json");
    AtomicFiles.write(created, out -> out.write('2'));

    assertThat(Files.getPosixFilePermissions(shared)).as("the replaced file").isEqualTo(readable);
    assertThat(Files.readString(readOnly)).as("a read-only file, replaced in its writable directory").isEqualTo("3");
    assertThat(Files.getPosixFilePermissions(readOnly)).as("and still read-only").isEqualTo(unwritable);
    assertThat(Files.getPosixFilePermissions(created)).as("a new file")
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }
}
