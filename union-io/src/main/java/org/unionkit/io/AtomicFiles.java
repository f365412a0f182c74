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
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Files written whole or not at all, such as {@code AtomicFiles.write(path, out -> Csv.writeTable(table,
 * out, UTF_8, Csv.Names.CHINESE))}. A write takes these steps, each only once the one before succeeded:
 *
 * <ol>
 *   <li>The content goes to a new temporary file beside the target ({@code .name.random.part}, in the same
 *       directory, so that it can be renamed over the target), which gets the permissions of the file it
 *       replaces (on a POSIX file system) and is then forced to the disk with {@code fsync}
 *       ({@link FileChannel#force(boolean) force(true)}: its content and its metadata).
 *   <li>It is renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE}: a reader, and the file
 *       system after a crash, sees either the old file or the new one, never part of one.
 *   <li>The target's directory is forced to the disk ({@code fsync} of the directory, opened for reading),
 *       so that the rename, and with it the new content, survives a crash once {@code write} returns. On
 *       Windows this step is skipped: Java cannot open a directory there ({@code FileChannel.open} throws
 *       {@code AccessDeniedException}), so there is no directory to force; NTFS journals the rename, so a
 *       crash still leaves the old file or the new one whole, but one soon after {@code write} returns may
 *       leave the old one. Everywhere else (Linux, macOS) the directory is always forced, and a failure to
 *       do so is an error.
 * </ol>
 *
 * <p>If anything fails before the rename (a full disk, an exception while writing the content, a failed
 * {@code fsync}, a failed rename), the target is left as it was, the temporary file is removed, and the
 * exception names the target. A file system that cannot rename atomically (the JDK's
 * {@link AtomicMoveNotSupportedException}) is such a failure, reported as an
 * {@code AtomicMoveNotSupportedException} whose {@link java.nio.file.FileSystemException#getFile() file} is
 * the target: there is no fallback to a copy, which a crash could leave half-done. If forcing the directory
 * fails, after the rename, the target has the whole new content and the {@code IOException} names it and
 * says that a crash may yet bring back the old file. A replaced file keeps its permissions (on a POSIX file
 * system; a read-only file can be replaced where its directory allows); a new one gets those of any new
 * file. How durable a forced file is depends, as always, on the disk honouring the flush.
 */
public final class AtomicFiles {
  private static final int BUFFER = 64 * 1024;
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

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

  /** The steps that touch the disk once the content is written: {@link #SYSTEM}, or a test's faults. */
  interface Steps {
    /** Forces the written temporary file, content and metadata, to the disk. */
    void force(FileChannel file) throws IOException;

    /** Renames the temporary file over the target atomically, or throws. */
    void move(Path temporary, Path target) throws IOException;

    /** Forces the directory's entries, and so the rename, to the disk. */
    void syncDirectory(Path dir) throws IOException;
  }

  /** The real steps. */
  static final Steps SYSTEM = new Steps() {
    @Override
    public void force(FileChannel file) throws IOException {
      file.force(true);
    }

    @Override
    public void move(Path temporary, Path target) throws IOException {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
      if (WINDOWS) {
        return; // a directory cannot be opened there (AccessDeniedException): see the class comment
      }
      try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
        channel.force(true);
      }
    }
  };

  /**
   * Writes the file whole or not at all, forced to the disk.
   *
   * @param target the file to write or replace; not null
   * @param content what to write; not null
   * @throws AtomicMoveNotSupportedException if the file system cannot replace the target atomically; its
   *     file is the target, which is then as it was
   * @throws IOException if the content cannot be written, forced or moved into place, naming the target,
   *     which is then as it was; or if the directory cannot be forced after the move, naming the target,
   *     which then has the whole new content
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, UnaryOperator.identity(), SYSTEM);
  }

  /** {@link #write(Path, Content)} through {@code wrap}, with which tests make a disk fill up. */
  static void write(Path target, Content content, UnaryOperator<OutputStream> wrap) throws IOException {
    write(target, content, wrap, SYSTEM);
  }

  /** {@link #write(Path, Content)} through {@code wrap} and with {@code steps}, which tests make fail. */
  static void write(Path target, Content content, UnaryOperator<OutputStream> wrap, Steps steps)
      throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temporary = createBeside(dir, target);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(wrap.apply(Channels.newOutputStream(channel)), BUFFER);
        content.writeTo(out);
        out.flush();
        // Before the fsync, so that it forces the permissions too; the open channel still writes if they
        // forbid writing, as a read-only target's do.
        keepPermissions(target, temporary);
        steps.force(channel);
      } catch (IOException e) {
        throw new IOException("could not write " + target + ", left as it was: " + e.getMessage(), e);
      }
      moveIntoPlace(temporary, target, steps);
    } catch (Throwable e) {
      // The rename has not happened: the target is as it was. Remove the part without hiding why.
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException notDeleted) {
        e.addSuppressed(notDeleted);
      }
      throw e;
    }
    try {
      steps.syncDirectory(dir);
    } catch (IOException e) {
      throw new IOException("replaced " + target + " with the whole new content, but could not force its"
          + " directory to the disk, so a crash may yet bring back the old file: " + e.getMessage(), e);
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
      } catch (IOException e) {
        // Named for the target: the part's random name means nothing to the caller (a missing directory).
        throw new IOException("could not write " + target + ", left as it was: " + e, e);
      }
      return temporary;
    }
  }

  /** Gives the written content the permissions of the file it replaces (POSIX file systems). */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
    }
  }

  private static void moveIntoPlace(Path temporary, Path target, Steps steps) throws IOException {
    try {
      steps.move(temporary, target);
    } catch (AtomicMoveNotSupportedException e) {
      // No fallback to a plain move: across file systems it copies, and a crash mid-copy leaves part of a file.
      AtomicMoveNotSupportedException named = new AtomicMoveNotSupportedException(target.toString(), null,
          "not written, left as it was: this file system cannot replace the file atomically");
      named.initCause(e);
      throw named;
    } catch (IOException e) {
      throw new IOException("could not write " + target + ", left as it was: " + e.getMessage(), e);
    }
  }
}
