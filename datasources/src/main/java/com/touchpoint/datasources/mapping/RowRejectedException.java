package com.touchpoint.datasources.mapping;

/** A record that cannot be mapped; the message is the quarantine reason shown to the analyst. */
public final class RowRejectedException extends Exception {
    public RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
