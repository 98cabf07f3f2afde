package com.touchpoint.views.results;

/** The kinds of file the app exports to, with their extension and the message key describing them. */
public enum ExportFile {
    EXCEL("xlsx"),
    CSV("csv"),
    PNG("png");

    private final String extension;

    ExportFile(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The message key of the file-type description shown in the file chooser. */
    String descriptionKey() {
        return "export.files." + extension;
    }

    /** {@code name} (a suggested file name without extension) made safe for a file system, with the extension. */
    public String fileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (safe.isEmpty() ? "export" : safe) + "." + extension;
    }
}
