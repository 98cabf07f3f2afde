package com.touchpoint.datasources.read;

import com.fasterxml.jackson.core.JsonFactory;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the {@link RecordSource} that fits the read options. */
public final class RecordSources {
    private static final JsonFactory JSON = new JsonFactory();

    private RecordSources() {
    }

    public static RecordSource open(Path file, ReadOptions options) throws IOException {
        return switch (options.format()) {
            case CSV -> new CsvRecordSource(file, options.charset(), options.delimiter());
            case NDJSON -> new NdjsonRecordSource(file, options.charset(), JSON);
            case JSON_ARRAY -> new JsonArrayRecordSource(file, options.charset(), JSON);
        };
    }
}
