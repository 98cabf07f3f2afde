package com.touchpoint.datasources.store;

import java.nio.file.Path;

/** Where a project lives: one H2 file named {@code NAME.mv.db}; the analyst may name it with or without the suffix. */
public record ProjectFile(Path dataFile) {

    public static final String SUFFIX = ".mv.db";

    public static ProjectFile of(Path chosen) {
        Path absolute = chosen.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        return new ProjectFile(name.endsWith(SUFFIX) ? absolute : absolute.resolveSibling(name + SUFFIX));
    }

    /** The H2 database path: the data file without its suffix. */
    String databasePath() {
        String file = dataFile.toString();
        return file.substring(0, file.length() - SUFFIX.length());
    }

    public String displayName() {
        String name = dataFile.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
