package com.touchpoint.datasources.identity;

/** A present identifier value that cannot be used; the message says what is wrong, for the quality report. */
public final class InvalidIdentifierException extends Exception {
    public InvalidIdentifierException(String reason) {
        super(reason, null, false, false);
    }
}
