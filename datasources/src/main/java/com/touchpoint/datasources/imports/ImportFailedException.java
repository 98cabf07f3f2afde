package com.touchpoint.datasources.imports;

/** A file could not be imported (unreadable, unmappable, or a failure while loading); the project is unchanged. */
public final class ImportFailedException extends Exception {
    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
