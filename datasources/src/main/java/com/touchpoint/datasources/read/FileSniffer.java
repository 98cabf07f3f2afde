package com.touchpoint.datasources.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Looks at a file before import: its text encoding, format (CSV, NDJSON, JSON array), CSV separator, header and first
 * records. A file that cannot be imported at all is refused with a message that says why and what to do.
 */
public final class FileSniffer {
    /** Bytes examined for encoding, format and separator. */
    static final int SAMPLE_BYTES = 64 * 1024;
    public static final int PREVIEW_ROWS = 50;
    /** JSON records read for their keys, so fields that only some records carry (revenue) are in the header. */
    public static final int HEADER_SCAN_RECORDS = 5_000;

    private FileSniffer() {
    }

    public static SniffResult sniff(Path file) throws UnreadableFileException {
        return sniffAs(file, null);
    }

    /**
     * Like {@link #sniff(Path)}, but reads the file as {@code format} when it is not null (the analyst's choice)
     * instead of guessing the format from the first characters; the encoding and, for CSV, the separator are still
     * detected.
     */
    public static SniffResult sniffAs(Path file, FileFormat format) throws UnreadableFileException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            byte[] sample;
            try (InputStream in = Files.newInputStream(file)) {
                sample = in.readNBytes(SAMPLE_BYTES);
            }
            if (size == 0) {
                throw empty(name);
            }
            boolean wholeFile = sample.length >= size;
            EncodingDetector.Detected encoding = EncodingDetector.detect(name, sample, wholeFile);
            String text = EncodingDetector.decode(sample, encoding);
            if (text.isBlank()) {
                throw empty(name);
            }
            EncodingDetector.rejectControlCharacters(name, text);
            FileFormat read = format != null ? format : formatOf(name, text);
            char delimiter = read == FileFormat.CSV ? delimiterOf(name, text, wholeFile) : ',';
            ReadOptions options = new ReadOptions(read, encoding.charset(), delimiter);
            return preview(file, options, encoding.bom(), size);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("'" + name + "' does not exist (was it moved or renamed?)", e);
        } catch (IOException e) {
            throw new UnreadableFileException("'" + name + "' could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads the preview again with options the analyst changed (another encoding, separator or format). */
    public static SniffResult sniff(Path file, ReadOptions options) throws UnreadableFileException {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            byte[] sample = in.readNBytes(SAMPLE_BYTES);
            boolean bom = EncodingDetector.detect(String.valueOf(file.getFileName()), sample, sample.length >= size)
                    .bom();
            return preview(file, options, bom, size);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("'" + file.getFileName() + "' does not exist (was it moved or renamed?)", e);
        } catch (IOException e) {
            throw new UnreadableFileException("'" + file.getFileName() + "' could not be read: " + e.getMessage(), e);
        }
    }

    private static FileFormat formatOf(String name, String text) throws UnreadableFileException {
        char first = text.strip().charAt(0);
        if (first == '[') {
            return FileFormat.JSON_ARRAY;
        }
        if (first == '{') {
            return FileFormat.NDJSON;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            throw new UnreadableFileException("'" + name + "' is named like a JSON file but does not start with "
                    + "'[' or '{'; Touchpoint reads a JSON array of objects or one JSON object per line (NDJSON)");
        }
        return FileFormat.CSV;
    }

    private static char delimiterOf(String name, String text, boolean wholeFile) throws UnreadableFileException {
        var detected = DelimiterDetector.detect(text, wholeFile);
        if (detected.isPresent()) {
            return detected.get();
        }
        List<String> lines = text.strip().lines().filter(line -> !line.isBlank()).limit(2).toList();
        if (separatedOtherwise(lines)) {
            throw new UnreadableFileException("'" + name + "' has only one column: no comma, semicolon, tab or | "
                    + "separates the names in its first line (" + lines.get(0).strip() + "); save it as CSV "
                    + "with comma separators, or choose the separator by hand");
        }
        return ',';
    }

    /** Whether a one-column reading is really columns split by spaces or a Chinese comma. */
    private static boolean separatedOtherwise(List<String> lines) {
        String header = lines.get(0).strip();
        if (header.indexOf('，') >= 0 || header.indexOf('、') >= 0) {
            return true;
        }
        int words = header.split("\\s+").length;
        return words > 1 && (lines.size() == 1 || lines.get(1).strip().split("\\s+").length == words);
    }

    private static SniffResult preview(Path file, ReadOptions options, boolean bom, long size)
            throws IOException, UnreadableFileException {
        String name = String.valueOf(file.getFileName());
        try (RecordSource source = RecordSources.open(file, options)) {
            List<String[]> rows = new ArrayList<>();
            RawRecord firstProblem = null;
            int problems = 0;
            RawRecord record;
            while (rows.size() < PREVIEW_ROWS && (record = source.next()) != null) {
                rows.add(record.values());
                if (record.problem() != null) {
                    problems++;
                    firstProblem = firstProblem == null ? record : firstProblem;
                }
            }
            if (!rows.isEmpty() && problems == rows.size()) {
                throw unusable(name, options, firstProblem);
            }
            int scanned = rows.size();
            while (options.format() != FileFormat.CSV && scanned < HEADER_SCAN_RECORDS && source.next() != null) {
                scanned++;
            }
            if (options.format() != FileFormat.CSV && rows.isEmpty()) {
                throw new UnreadableFileException("'" + name + "' contains no records (an empty JSON array or "
                        + "only blank lines); check that the export finished and choose the file again");
            }
            if (source.header().isEmpty()) {
                throw empty(name);
            }
            return new SniffResult(options.format(), options.charset(), bom, options.delimiter(),
                    source.header(), rows, size);
        }
    }

    private static UnreadableFileException unusable(String name, ReadOptions options, RawRecord first) {
        String where = "line " + first.line() + ": " + first.problem();
        return new UnreadableFileException(switch (options.format()) {
            case CSV -> "'" + name + "' cannot be used: every record checked is broken (" + where + "); check that "
                    + "the separator '" + printable(options.delimiter()) + "' is right and that the first line "
                    + "holds the column names";
            case NDJSON -> "'" + name + "' is not one JSON object per line (" + where + "). Touchpoint reads a "
                    + "JSON array of objects, NDJSON or CSV: if the file is one of the others, read it as that; if "
                    + "it is one object with the records inside it (e.g. under \"data\"), export that array instead";
            case JSON_ARRAY -> "'" + name + "' is not a JSON array of objects (" + where + "). Touchpoint needs "
                    + "records such as [{\"user_id\": \"u1\", \"event_time\": \"2024-05-01 10:00:00\"}]";
        });
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    private static UnreadableFileException empty(String name) {
        return new UnreadableFileException("'" + name + "' is empty; check that the export finished and choose "
                + "the file again");
    }
}
