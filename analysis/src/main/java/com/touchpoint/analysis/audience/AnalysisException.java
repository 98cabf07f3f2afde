package com.touchpoint.analysis.audience;

/** An analysis cannot run as asked (an unknown property, a malformed segment, results not computed yet…); the message says what to change. */
public class AnalysisException extends RuntimeException {

    public AnalysisException(String message) {
        super(message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
