package com.touchpoint.datasources.read;

/**
 * One record as read from a file, before mapping.
 *
 * @param line     1-based physical line where the record starts (for JSON arrays: the line of its opening brace)
 * @param rawText  the record's text as it stands in the file, kept for quarantine
 * @param values   values aligned with {@link RecordSource#header()} as it was when the record was read; may be shorter
 *                 than the header (missing trailing values) and never longer
 * @param problem  null when the record was read cleanly; otherwise why it cannot be used (it will be quarantined)
 */
public record RawRecord(long line, String rawText, String[] values, String problem) {
}
