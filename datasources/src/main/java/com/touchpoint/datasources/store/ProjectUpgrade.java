package com.touchpoint.datasources.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Bringing a project made by an earlier Touchpoint up to date, safely: the file is copied before its schema
 * changes and put back if the change fails (H2 commits table changes at once, so a failed migration would otherwise
 * leave half a schema behind).
 */
final class ProjectUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectUpgrade.class);
    private static final String COPY_SUFFIX = ".before-upgrade";

    private ProjectUpgrade() {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    /** True when the project has a schema and a newer Touchpoint has migrations it has not applied. */
    static boolean isDue(DataSource dataSource) {
        MigrationInfoService info = flyway(dataSource).info();
        return info.current() != null && info.pending().length > 0;
    }

    /** Copies the closed project file next to itself; returns the copy. */
    static Path keepCopy(ProjectFile file) {
        Path copy = copyOf(file);
        try {
            return Files.copy(file.dataFile(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ProjectException("Before bringing " + file.displayName() + " up to date Touchpoint keeps a copy "
                    + "of it, and could not write " + copy + ": " + e.getMessage() + ". Free some disk space and "
                    + "open it again; the project was not changed.", e);
        }
    }

    /** Puts the copy back over the closed project file (after a failed upgrade); does nothing without a copy. */
    static void putBack(Path copy, ProjectFile file) {
        if (copy == null) {
            return;
        }
        try {
            Files.move(copy, file.dataFile(), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ProjectException("The upgrade of " + file.displayName() + " failed and its copy " + copy
                    + " could not be put back: " + e.getMessage() + ". Copy that file over " + file.dataFile()
                    + " by hand before opening the project.", e);
        }
    }

    /**
     * Deletes the copy after a successful upgrade. Should that fail, the copy stays (it is never used without the
     * analyst) and the log says where it is.
     */
    static void dropCopy(Path copy) {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            LOG.warn("The project was brought up to date, but the copy made before, {}, could not be deleted; "
                    + "delete it by hand", copy, e);
        }
    }

    /** What to tell an analyst whose project could not be upgraded: how to get it back if it was left changed. */
    static String leftAsItWas(Path copy, ProjectFile file) {
        Path earlier = copyOf(file);
        if (copy == null && Files.isRegularFile(earlier)) {
            return "An earlier upgrade was interrupted; the copy made before it is " + earlier
                    + ": copy it over the project file to go back to it.";
        }
        return "It was left as it was. Open it with the Touchpoint that made it, or send the log file to support.";
    }

    /** What went wrong, from the first failure below Flyway's own (which says little more than "Migration failed !"). */
    static String failureBelowFlyway(Throwable failure) {
        Throwable cause = failure;
        while (cause.getClass().getName().startsWith("org.flywaydb.") && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    private static Path copyOf(ProjectFile file) {
        return file.dataFile().resolveSibling(file.dataFile().getFileName() + COPY_SUFFIX);
    }
}
