package com.touchpoint.datasources.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A stream of records from one file. Not thread-safe. */
public interface RecordSource extends Closeable {

    /** Column names. For JSON the list grows as new (flattened, dotted) keys appear; new names are appended. */
    List<String> header();

    /** The next record, or null at the end of the file. */
    RawRecord next() throws IOException;

    /** Bytes consumed so far, for progress. */
    long bytesRead();
}
