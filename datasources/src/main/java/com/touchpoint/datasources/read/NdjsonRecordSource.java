package com.touchpoint.datasources.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** Reads one JSON object per line. Blank lines are skipped; a line that is not an object is returned with a problem. */
final class NdjsonRecordSource implements RecordSource {
    private static final String[] NO_VALUES = new String[0];

    private final TextInput input;
    private final JsonFlattener flattener;
    private long lineNumber;

    NdjsonRecordSource(Path file, Charset charset, JsonFactory factory) throws IOException {
        this.input = TextInput.open(file, charset);
        this.flattener = new JsonFlattener(factory);
    }

    @Override
    public List<String> header() {
        return flattener.header();
    }

    @Override
    public RawRecord next() throws IOException {
        String line;
        do {
            line = input.reader().readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        try {
            return new RawRecord(lineNumber, line, flattener.flatten(line), null);
        } catch (JsonFlattener.NotAnObjectException e) {
            return new RawRecord(lineNumber, line, NO_VALUES, e.getMessage());
        } catch (JsonEOFException e) {
            return new RawRecord(lineNumber, line, NO_VALUES, "invalid JSON: the line ends inside the object");
        } catch (JsonProcessingException e) {
            return new RawRecord(lineNumber, line, NO_VALUES, "invalid JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
