package com.touchpoint.datasources.mapping;

/** A mapping profile that cannot be used for a file; the message lists what is missing or wrong and what was found. */
public final class MappingException extends Exception {
    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
