package com.touchpoint.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * Writes a table as RFC 4180 CSV (comma, CRLF line ends, header line) in UTF-8 with a byte order mark, so that
 * Excel opens Chinese text correctly. The file is replaced only once complete.
 */
public final class CsvTableWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DelimitedText CSV = new DelimitedText(',', "\r\n");

    public void write(Table table, Path out) throws IOException {
        Objects.requireNonNull(table, "table");
        AtomicFile.replace(out, file -> {
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(BYTE_ORDER_MARK);
                CSV.write(table, writer);
            }
        });
    }
}
