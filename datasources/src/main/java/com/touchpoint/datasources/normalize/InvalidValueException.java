package com.touchpoint.datasources.normalize;

/**
 * A value that cannot be normalised. The message is the reason, phrased for the analyst; it is cheap to throw (no
 * stack trace) because bad rows are expected in real exports.
 */
public final class InvalidValueException extends Exception {
    public InvalidValueException(String reason) {
        super(reason, null, false, false);
    }
}
