package com.touchpoint.sampledata;

import java.util.Locale;

/** Why a row was deliberately written broken; {@link #code()} is the key used in {@code manifest.json}. */
public enum BrokenReason {
    /** The time field holds something like "2026-13-45" or "yesterday". */
    UNPARSEABLE_TIME,
    /** Every identifier the row needs is empty. */
    EMPTY_IDENTIFIER,
    /** The amount field holds "N/A". */
    AMOUNT_NOT_A_NUMBER,
    /** An NDJSON line cut off part-way. */
    TRUNCATED_LINE,
    /** A CSV row with more fields than the header (an unquoted delimiter inside a value, or a trailing column). */
    EXTRA_FIELDS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
