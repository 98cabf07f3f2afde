package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.read.RawRecord;
import com.touchpoint.datasources.read.RecordSource;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * A record source whose first records were read ahead, so a JSON source's live header already holds the mapped
 * keys when the row mapper is compiled against it; the records read ahead are then handed out first.
 */
final class PrefetchedSource implements RecordSource {

    private final RecordSource source;
    private final Deque<RawRecord> ahead = new ArrayDeque<>();

    /** Reads ahead until the header holds every wanted column, or {@code limit} records were read. */
    PrefetchedSource(RecordSource source, Collection<String> wantedColumns, int limit) throws IOException {
        this.source = source;
        RawRecord record;
        while (ahead.size() < limit && !source.header().containsAll(wantedColumns)
                && (record = source.next()) != null) {
            ahead.add(record);
        }
    }

    @Override
    public List<String> header() {
        return source.header();
    }

    @Override
    public RawRecord next() throws IOException {
        return ahead.isEmpty() ? source.next() : ahead.poll();
    }

    @Override
    public long bytesRead() {
        return source.bytesRead();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
