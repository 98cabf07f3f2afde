package com.touchpoint.views.shell;

import java.io.IOException;
import java.nio.file.Path;

/** The project file is open in another Touchpoint window (or process), so it cannot be opened here too. */
public final class ProjectLockedException extends IOException {

    private final Path file;

    public ProjectLockedException(Path file, Throwable cause) {
        super("Project " + file + " is open in another Touchpoint window", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
