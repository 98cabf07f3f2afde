package com.touchpoint.datasources.read;

/** A file that cannot be imported at all. The message says what is wrong and what the analyst can do about it. */
public final class UnreadableFileException extends Exception {
    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
