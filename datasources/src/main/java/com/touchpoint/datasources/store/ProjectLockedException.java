package com.touchpoint.datasources.store;

import java.nio.file.Path;

/** The project file is open in another Touchpoint (or another program). */
public final class ProjectLockedException extends ProjectException {
    public ProjectLockedException(Path file, Throwable cause) {
        super("The project " + file.getFileName() + " is open in another Touchpoint window or program. "
                + "Close it there, or open a copy of the file.", cause);
    }
}
