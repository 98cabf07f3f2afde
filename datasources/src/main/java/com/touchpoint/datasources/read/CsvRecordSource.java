package com.touchpoint.datasources.read;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads delimited text with FastCSV. The first non-blank record is the header; a record with more fields than the
 * header is returned with a problem (its values cut to the header) unless the surplus fields are all blank (trailing
 * separators); one with fewer fields is fine. A record whose
 * quotes span more than {@value #MAX_QUOTED_LINE_BREAKS} line breaks is returned with a problem too.
 */
final class CsvRecordSource implements RecordSource {
    /**
     * More line breaks than this inside one record's quotes is taken for a quote that was never closed: FastCSV then
     * reads on to the next quote or the end of the file, swallowing the rows in between into one field.
     */
    static final int MAX_QUOTED_LINE_BREAKS = 100;

    private final TextInput input;
    private final CloseableIterator<CsvLine> lines;
    private final List<String> header;

    CsvRecordSource(Path file, Charset charset, char delimiter) throws IOException {
        this.input = TextInput.open(file, charset);
        try {
            CsvReader<CsvLine> reader = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .quoteCharacter('"')
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .allowExtraCharsAfterClosingQuote(true)
                    .build(new CsvLineHandler(delimiter), input.reader());
            this.lines = reader.iterator();
            HeaderNames names = new HeaderNames();
            CsvLine first = nextLine();
            if (first != null) {
                for (String name : first.fields()) {
                    names.add(name);
                }
            }
            this.header = List.copyOf(names.view());
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRecord next() throws IOException {
        CsvLine line = nextLine();
        if (line == null) {
            return null;
        }
        String[] values = line.fields();
        if (line.quotedLineBreaks() > MAX_QUOTED_LINE_BREAKS) {
            return new RawRecord(line.line(), line.text(), Arrays.copyOf(values, Math.min(values.length,
                    header.size())), "a quoted field runs over " + (line.quotedLineBreaks() + 1) + " lines; a quote "
                    + "(\") is probably not closed, and the rows it runs over were not read");
        }
        if (values.length > header.size()) {
            boolean surplusBlank = Arrays.stream(values, header.size(), values.length).allMatch(String::isBlank);
            return new RawRecord(line.line(), line.text(), Arrays.copyOf(values, header.size()), surplusBlank
                    ? null : "row has " + values.length + " fields, header has " + header.size());
        }
        return new RawRecord(line.line(), line.text(), values, null);
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    private CsvLine nextLine() throws IOException {
        try {
            return lines.hasNext() ? lines.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            String detail = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            throw new IOException(e.getMessage() + detail + ". A quote (\") that opens a field but never closes "
                    + "it is the usual cause; fix that line or save the file again as CSV", e);
        }
    }
}
