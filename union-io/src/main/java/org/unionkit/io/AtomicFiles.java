package org.unionkit.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Files written whole or not at all, such as {@code AtomicFiles.write(path, out -> Csv.writeTable(table,
 * out, UTF_8, Csv.Names.CHINESE))}. The content goes to a temporary file beside the target; only when it
 * is complete and forced to the disk is the temporary file moved into the target's place (an atomic rename
 * where the file system has one). If anything fails (a full disk, an exception while writing the content),
 * the target is left as it was, the temporary file is removed, and the exception names the target. A
 * reader never sees a half-written file that looks complete. A replaced file keeps its permissions (on a
 * POSIX file system; a read-only file can be replaced where its directory allows); a new one gets those of
 * any new file.
 */
public final class AtomicFiles {
  private static final int BUFFER = 64 * 1024;

  private AtomicFiles() {}

  /** Content written to a stream, which the caller leaves open. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream; not to be closed
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the file whole or not at all.
   *
   * @param target the file to write or replace; not null
   * @param content what to write; not null
   * @throws IOException if the content cannot be written or moved into place, naming the target, which is
   *     then as it was
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, UnaryOperator.identity());
  }

  /** {@link #write(Path, Content)} through {@code wrap}, with which tests make a disk fill up. */
  static void write(Path target, Content content, UnaryOperator<OutputStream> wrap) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temporary = createBeside(dir, target);
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(wrap.apply(Channels.newOutputStream(channel)), BUFFER);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      } catch (IOException e) {
        throw new IOException("could not write " + target + ", left as it was: " + e.getMessage(), e);
      }
      keepPermissions(target, temporary);
      move(temporary, target);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * An empty file for the content, with the permissions of any new file: a temporary file's owner-only
   * permissions would lock others out of the result.
   */
  private static Path createBeside(Path dir, Path target) throws IOException {
    while (true) {
      Path temporary = dir.resolve("." + target.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
      try {
        Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        continue; // another writer's part: try another name
      }
      return temporary;
    }
  }

  /**
   * Gives the written content the permissions of the file it replaces (POSIX file systems): set once it is
   * written, since they may forbid writing, as a read-only target's do.
   */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
