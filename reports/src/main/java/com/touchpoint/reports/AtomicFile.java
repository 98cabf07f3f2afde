package com.touchpoint.reports;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same folder that is moved into place only when complete, so a
 * failed export leaves neither a half-written file nor a damaged earlier version.
 */
final class AtomicFile {

    /** Fills the temporary file. */
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot write " + absolute + ": the folder " + folder
                    + " does not exist; choose an existing folder.");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("Cannot write " + absolute + ": it is a folder; choose a file name.");
        }
        // Not Files.createTempFile: it makes the file readable by its owner only, and the export keeps those rights.
        Path temporary = Files.createFile(folder.resolve(
                "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part"));
        try {
            content.writeTo(temporary);
            moveIntoPlace(temporary, absolute);
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
