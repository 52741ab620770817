package org.claimcheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes report files so that a reader never sees half a file: a temporary file beside it, then a move. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Replaces {@code target} with {@code content} in one step; on failure the previous file is left as it was.
     *
     * @throws IOException when the folder cannot be written
     */
    public static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, content, ReportFiles::moveIntoPlace);
    }

    /** The same, with the last step given: a seam for tests that make it fail. */
    static void writeAtomically(Path target, String content, Mover mover) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            readableByAll(temporary);
            mover.move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A temporary file is created readable by its owner only; a report is for everyone (rw-r--r--). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Moves a finished file into place, atomically where the file system can. */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Moves a finished file into place. */
    @FunctionalInterface
    interface Mover {
        void move(Path finished, Path target) throws IOException;
    }
}
