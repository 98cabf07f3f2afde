package com.touchpoint.datasources.store;

/** A project cannot be created, opened or changed; the message says what to do. */
public class ProjectException extends RuntimeException {
    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProjectException(String message) {
        super(message);
    }
}
