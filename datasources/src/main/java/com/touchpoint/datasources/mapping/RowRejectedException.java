package com.touchpoint.datasources.mapping;

/** A record that cannot be mapped; the message is the quarantine reason shown to the analyst. */
public final class RowRejectedException extends Exception {

    private final String column;

    public RowRejectedException(String reason) {
        this(null, reason);
    }

    /** @param column the column whose value is missing or invalid, counted in the quality report */
    public RowRejectedException(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    /** The offending column, or null when the record as a whole is at fault. */
    public String column() {
        return column;
    }
}
