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
 * header is returned with a problem (its values cut to the header), one with fewer fields is fine.
 */
final class CsvRecordSource implements RecordSource {
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
        if (values.length > header.size()) {
            return new RawRecord(line.line(), line.text(), Arrays.copyOf(values, header.size()),
                    "row has " + values.length + " fields, header has " + header.size());
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
