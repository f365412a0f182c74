package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes and failing disks around {@link AtomicFiles}: faults injected through its {@code Steps}, which
 * record the order of the steps and otherwise do the real thing.
 */
class AtomicFilesTest {
  private static final String OLD = "the old content";
  private static final String NEW = "the whole new content";

  /** The real steps, recorded, each failing with its exception if one is set. */
  private static class Faults implements AtomicFiles.Steps {
    final List<String> calls = new ArrayList<>();
    @Nullable IOException force;
    @Nullable IOException move;
    @Nullable IOException sync;

    @Override
    public void force(FileChannel file) throws IOException {
      calls.add("force " + file.size() + " bytes");
      fail(force);
      AtomicFiles.SYSTEM.force(file);
    }

    @Override
    public void move(Path temporary, Path target) throws IOException {
      calls.add("move " + temporary.getParent().relativize(target));
      fail(move);
      AtomicFiles.SYSTEM.move(temporary, target);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
      calls.add("sync " + dir.getFileName() + " holding " + contents(dir));
      fail(sync);
      AtomicFiles.SYSTEM.syncDirectory(dir);
    }

    private static void fail(@Nullable IOException e) throws IOException {
      if (e != null) {
        throw e;
      }
    }
  }

  private static void write(Path target, AtomicFiles.Steps steps) throws IOException {
    AtomicFiles.write(target, out -> out.write(NEW.getBytes(StandardCharsets.UTF_8)), UnaryOperator.identity(),
        steps);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.toList();
    }
  }

  /** The names in {@code dir}, with each regular file's content. */
  private static List<String> contents(Path dir) throws IOException {
    List<String> named = new ArrayList<>();
    for (Path file : files(dir)) {
      String name = file.getFileName().toString().endsWith(".part") ? "a part" : file.getFileName().toString();
      named.add(Files.isRegularFile(file) ? name + "=" + Files.readString(file) : name);
    }
    return named.stream().sorted().toList();
  }

  private static boolean windows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  @Test
  void aFileSystemWithoutAtomicMovesIsATypedErrorNamingTheTargetWhichIsLeftAsItWas(@TempDir Path dir)
      throws IOException {
    Path target = Files.writeString(dir.resolve("dataset.json"), OLD);
    Faults faults = new Faults();
    AtomicMoveNotSupportedException unsupported =
        new AtomicMoveNotSupportedException("a.part", target.toString(), "Invalid cross-device link");
    faults.move = unsupported;

    assertThatThrownBy(() -> write(target, faults)).isInstanceOf(AtomicMoveNotSupportedException.class)
        .hasMessage(target + ": not written, left as it was: this file system cannot replace the file atomically")
        .hasCause(unsupported)
        .satisfies(e -> assertThat(((AtomicMoveNotSupportedException) e).getFile()).as("the file")
            .isEqualTo(target.toString()));
    assertThat(contents(dir)).as("the old file, no fallback copy and no part").containsExactly("dataset.json=" + OLD);
    assertThat(faults.calls).as("one move tried, no directory forced").hasSize(2).last().isEqualTo("move dataset.json");
  }

  @Test
  void theWholeFileIsForcedThenRenamedAndThenItsDirectoryIsForced(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("dataset.json"), OLD);
    Faults faults = new Faults();

    write(target, faults);

    assertThat(faults.calls).as("the steps, in order").containsExactly(
        "force " + NEW.length() + " bytes",
        "move dataset.json",
        "sync " + dir.getFileName() + " holding [dataset.json=" + NEW + "]");
    assertThat(contents(dir)).as("the new file").containsExactly("dataset.json=" + NEW);
  }

  @Test
  void aFailingForceOfTheFileLeavesTheOldContentAndNamesTheTarget(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("dataset.json"), OLD);
    Path created = dir.resolve("created.json");
    Faults faults = new Faults();
    faults.force = new IOException("Input/output error");

    assertThatThrownBy(() -> write(target, faults)).isInstanceOf(IOException.class)
        .hasMessage("could not write " + target + ", left as it was: Input/output error");
    assertThatThrownBy(() -> write(created, faults)).as("a new file").isInstanceOf(IOException.class)
        .hasMessage("could not write " + created + ", left as it was: Input/output error");
    assertThat(contents(dir)).as("the old file, no new one and no part").containsExactly("dataset.json=" + OLD);
    assertThat(faults.calls).as("never moved").allMatch(call -> call.startsWith("force "));
  }

  @Test
  void aFailingForceOfTheDirectoryLeavesTheWholeNewContentAndSaysACrashMayUndoIt(@TempDir Path dir)
      throws IOException {
    Path target = Files.writeString(dir.resolve("dataset.json"), OLD);
    Faults faults = new Faults();
    faults.sync = new IOException("Input/output error");

    assertThatThrownBy(() -> write(target, faults)).isInstanceOf(IOException.class)
        .hasMessage("replaced " + target + " with the whole new content, but could not force its directory to"
            + " the disk, so a crash may yet bring back the old file: Input/output error")
        .hasCause(faults.sync);
    assertThat(contents(dir)).as("the new file, whole, and no part").containsExactly("dataset.json=" + NEW);
  }

  @Test
  void aRenameThatFailsOtherwiseNamesTheTargetAndLeavesItAsItWas(@TempDir Path dir) throws IOException {
    // A real failure: a file cannot be renamed over a directory that holds something.
    Path target = Files.createDirectory(dir.resolve("dataset.json"));
    Files.writeString(target.resolve("inside"), OLD);

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write('1'))).isInstanceOf(IOException.class)
        .hasMessageStartingWith("could not write " + target + ", left as it was: ");
    assertThat(contents(dir)).as("the directory and no part").containsExactly("dataset.json");
    assertThat(Files.readString(target.resolve("inside"))).as("what it holds").isEqualTo(OLD);
  }

  @Test
  void aDirectoryThatIsNotThereNamesTheTargetAndMakesNothing(@TempDir Path dir) {
    Path target = dir.resolve("missing").resolve("dataset.json");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write('1'))).isInstanceOf(IOException.class)
        .hasMessageStartingWith("could not write " + target + ", left as it was: java.nio.file.NoSuchFileException: ")
        .hasCauseInstanceOf(NoSuchFileException.class);
    assertThat(Files.exists(target.getParent())).as("the directory").isFalse();
  }

  @Test
  void aPartThatCannotBeRemovedDoesNotHideWhyTheWriteFailed(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("dataset.json"), OLD);
    Faults faults = new Faults() {
      @Override
      public void move(Path temporary, Path target) throws IOException {
        // The part turns into something deleteIfExists refuses to remove, then the disk fails.
        Files.delete(temporary);
        Files.createFile(Files.createDirectory(temporary).resolve("x"));
        throw new IOException("Input/output error");
      }
    };

    assertThatThrownBy(() -> write(target, faults)).isInstanceOf(IOException.class)
        .hasMessage("could not write " + target + ", left as it was: Input/output error")
        .satisfies(e -> assertThat(e.getSuppressed()).as("the failed removal")
            .singleElement().isInstanceOf(DirectoryNotEmptyException.class));
    assertThat(Files.readString(target)).as("the old file").isEqualTo(OLD);
  }

  @Test
  void outsideWindowsTheDirectoryIsReallyOpenedAndForced(@TempDir Path dir) throws IOException {
    assumeTrue(!windows(), "a directory can be opened for fsync");
    AtomicFiles.SYSTEM.syncDirectory(dir);
    // Not skipped or swallowed: a directory that is not there is an error.
    assertThatThrownBy(() -> AtomicFiles.SYSTEM.syncDirectory(dir.resolve("missing")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
