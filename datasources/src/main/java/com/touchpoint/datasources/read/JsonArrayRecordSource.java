package com.touchpoint.datasources.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams the elements of a top-level JSON array, one at a time (the file is never loaded whole). An element's raw
 * text is its compact re-serialisation. An element that is not an object is returned with a problem; a syntax error
 * or a file cut off inside the array ends the stream with one last record carrying the problem, since nothing after
 * it can be located reliably.
 */
final class JsonArrayRecordSource implements RecordSource {
    private static final String[] NO_VALUES = new String[0];
    private static final String NOT_AN_ARRAY = "the file does not start with '[', so it is not a JSON array; read it "
            + "as NDJSON or CSV instead";

    private final TextInput input;
    private final JsonFactory factory;
    private final JsonParser parser;
    private final JsonFlattener flattener;
    private boolean finished;

    JsonArrayRecordSource(Path file, Charset charset, JsonFactory factory) throws IOException {
        this.input = TextInput.open(file, charset);
        this.factory = factory;
        this.flattener = new JsonFlattener(factory);
        try {
            this.parser = factory.createParser(input.reader());
            JsonToken first;
            try {
                first = parser.nextToken();
            } catch (JsonProcessingException e) {
                throw new IOException(NOT_AN_ARRAY, e);
            }
            if (first != JsonToken.START_ARRAY) {
                throw new IOException(NOT_AN_ARRAY);
            }
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return flattener.header();
    }

    @Override
    public RawRecord next() throws IOException {
        if (finished) {
            return null;
        }
        long line = parser.currentLocation().getLineNr();
        try {
            JsonToken token = parser.nextToken();
            line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.END_ARRAY || token == null) {
                finished = true;
                return null;
            }
            String text = JsonText.copyCurrentValue(factory, parser);
            try {
                return new RawRecord(line, text, flattener.flatten(text), null);
            } catch (JsonFlattener.NotAnObjectException e) {
                return new RawRecord(line, text, NO_VALUES, "array element is " + e.getMessage());
            }
        } catch (JsonEOFException e) {
            return stop(lineOf(e, line), "the file ends inside the JSON array (is it cut off?)");
        } catch (JsonProcessingException e) {
            return stop(lineOf(e, line), "invalid JSON: " + e.getOriginalMessage() + "; the rest of the file was not "
                    + "read");
        }
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public void close() throws IOException {
        try (input) {
            parser.close();
        }
    }

    private RawRecord stop(long line, String problem) {
        finished = true;
        return new RawRecord(line, "", NO_VALUES, problem);
    }

    private static long lineOf(JsonProcessingException e, long fallback) {
        return e.getLocation() == null ? fallback : e.getLocation().getLineNr();
    }
}
