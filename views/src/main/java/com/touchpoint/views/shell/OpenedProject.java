package com.touchpoint.views.shell;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A project the app has open: a handle the shell shows and closes, and that features get their data from. The
 * implementation over the project store adds whatever its features need.
 */
public interface OpenedProject extends AutoCloseable {

    /** The project file, as the analyst chose it. */
    Path file();

    /** The name shown in the title bar and the recent list: the file name without its extension by default. */
    default String name() {
        return nameOf(file());
    }

    /** A project file's name without its extension ("Spring campaign" for "Spring campaign.tp"). */
    static String nameOf(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** A project file's name without the given extension, which may have several parts ("mv.db"). */
    static String nameOf(Path file, String extension) {
        String fileName = file.getFileName().toString();
        String suffix = "." + extension;
        return fileName.endsWith(suffix) && fileName.length() > suffix.length()
                ? fileName.substring(0, fileName.length() - suffix.length()) : nameOf(file);
    }

    /** Releases the project (its file lock and connections); called once, on a worker thread. */
    @Override
    void close() throws IOException;
}
