package com.touchpoint.sampledata;

import java.util.Map;

/**
 * What was written to one file.
 *
 * @param name          file name
 * @param encoding      character set ("UTF-8" or "GBK")
 * @param bom           true when the file starts with a UTF-8 byte order mark
 * @param delimiter     field delimiter (",", ";", "\t"), or "ndjson" for one JSON object per line
 * @param headerLines   lines before the first data row (0 or 1)
 * @param rows          data rows written: every line after the header, broken rows and duplicates included
 * @param brokenRows    broken rows by {@link BrokenReason#code()}; only reasons that occurred are present
 * @param duplicateRows rows that repeat an earlier clean row exactly (here or, for part 2, in the first part)
 */
public record FileManifest(String name, String encoding, boolean bom, String delimiter, int headerLines, long rows,
                           Map<String, Long> brokenRows, long duplicateRows) {

    public FileManifest {
        brokenRows = Map.copyOf(brokenRows);
    }

    /** Broken rows over all reasons. */
    public long brokenTotal() {
        return brokenRows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows an importer should keep: not broken and not a repeat. */
    public long expectedImportedRows() {
        return rows - brokenTotal() - duplicateRows;
    }
}
