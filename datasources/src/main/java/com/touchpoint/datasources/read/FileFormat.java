package com.touchpoint.datasources.read;

/** How the records of a file are laid out. */
public enum FileFormat {
    /** Delimited text with a header line. */
    CSV,
    /** One JSON object per line. */
    NDJSON,
    /** One JSON array of objects, streamed. */
    JSON_ARRAY
}
