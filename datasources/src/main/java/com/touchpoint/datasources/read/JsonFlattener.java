package com.touchpoint.datasources.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the text of one JSON object into values aligned with a header that grows as new keys appear. Nested objects
 * become dotted names ({@code page.item_id}); arrays are kept as their compact JSON text; null is no value. Uses the
 * streaming parser, no tree per record.
 */
final class JsonFlattener {
    private final JsonFactory factory;
    private final HeaderNames names = new HeaderNames();
    private final Map<String, Integer> columnByKey = new HashMap<>();
    private String[] values = new String[16];

    /** The text given is valid JSON but not an object. */
    static final class NotAnObjectException extends IOException {
        NotAnObjectException(String message) {
            super(message);
        }
    }

    JsonFlattener(JsonFactory factory) {
        this.factory = factory;
    }

    /** Live, read-only view of the column names so far. */
    List<String> header() {
        return names.view();
    }

    /**
     * @throws com.fasterxml.jackson.core.JsonProcessingException when the text is not valid JSON
     * @throws NotAnObjectException                                when it is JSON but not one object
     */
    String[] flatten(String objectText) throws IOException {
        Arrays.fill(values, null);
        try (JsonParser parser = factory.createParser(objectText)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new NotAnObjectException(first == null ? "no JSON value" : "not a JSON object");
            }
            readObject(parser, "");
            if (parser.nextToken() != null) {
                throw new NotAnObjectException("more than one JSON value");
            }
        }
        return Arrays.copyOf(values, names.size());
    }

    private void readObject(JsonParser parser, String prefix) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix.isEmpty() ? parser.currentName() : prefix + parser.currentName();
            JsonToken token = parser.nextToken();
            switch (token) {
                case START_OBJECT -> readObject(parser, key + ".");
                case START_ARRAY -> put(key, JsonText.copyCurrentValue(factory, parser));
                case VALUE_NULL -> put(key, null);
                default -> put(key, parser.getText());
            }
        }
    }

    private void put(String key, String value) {
        Integer column = columnByKey.get(key);
        if (column == null) {
            names.add(key);
            column = names.size() - 1;
            columnByKey.put(key, column);
        }
        if (column >= values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, column + 1));
        }
        values[column] = value;
    }
}
