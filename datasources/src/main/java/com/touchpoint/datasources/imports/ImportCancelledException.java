package com.touchpoint.datasources.imports;

/** The analyst cancelled an import; everything it wrote was removed. */
public final class ImportCancelledException extends Exception {
    public ImportCancelledException(String fileName) {
        super("The import of " + fileName + " was cancelled; the project is as it was before.");
    }
}
