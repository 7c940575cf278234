package dev.canon.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A file written whole or not at all: the bytes go to a temporary file in the target's folder
 * ({@code .NAME.RANDOM.canon-tmp}), which is synced and then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. Killed at any moment, the target holds either its old
 * content or the new one; a killed run may leave its temporary file behind. A target that exists
 * and is not a regular file ({@code /dev/null}, a pipe) is written directly. Not thread-safe.
 */
final class AtomicFile implements AutoCloseable {

  private final Path target;
  private final Path temporary;
  private final FileOutputStream file;
  private final OutputStream stream;
  private boolean closed;

  private AtomicFile(Path target, Path temporary, FileOutputStream file) {
    this.target = target;
    this.temporary = temporary;
    this.file = file;
    this.stream = new BufferedOutputStream(file, 1 << 16);
  }

  /** Opens a new temporary file for {@code target}. */
  static AtomicFile create(Path target) throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      return new AtomicFile(target, null, new FileOutputStream(target.toFile()));
    }
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".canon-tmp");
    return new AtomicFile(target, temporary, new FileOutputStream(temporary.toFile()));
  }

  /** Where to write; buffered. */
  OutputStream stream() {
    return stream;
  }

  /**
   * Makes the written bytes the target's content, in one step; an existing target's permissions
   * are kept, a new one gets {@code rw-r--r--}.
   */
  void commit() throws IOException {
    stream.flush();
    if (temporary == null) {
      close();
      return;
    }
    file.getFD().sync();
    close();
    copyPermissions();
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(temporary);
      throw new IOException("cannot replace " + target + " in one step on this file system; nothing written", e);
    }
  }

  /** Drops what was written; the target stays as it was. */
  void discard() throws IOException {
    close();
    if (temporary != null) {
      Files.deleteIfExists(temporary);
    }
  }

  private void copyPermissions() throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    // a temporary file is created rw-------; a new file gets rw-r--r--, as with the usual umask
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
    view.setPermissions(permissions);
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      stream.close();
    }
  }
}
