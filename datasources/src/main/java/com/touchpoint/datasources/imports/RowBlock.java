package com.touchpoint.datasources.imports;

import java.util.List;

/**
 * Rows handed from the reading thread to the writing thread: prepared and quarantined rows in file order, or the
 * end of the file, or the failure that stopped the reading.
 */
record RowBlock(List<Object> rows, long bytesRead, long recordsRead, boolean last, Exception failure) {

    static RowBlock end(long bytesRead, long recordsRead) {
        return new RowBlock(List.of(), bytesRead, recordsRead, true, null);
    }

    static RowBlock failed(Exception failure) {
        return new RowBlock(List.of(), 0, 0, true, failure);
    }
}
