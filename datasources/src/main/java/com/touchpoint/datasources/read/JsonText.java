package com.touchpoint.datasources.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;

/** Compact JSON text of the value at a parser's current token, numbers copied exactly (12.50 stays 12.50). */
final class JsonText {
    private JsonText() {
    }

    /** Copies the current value (scalar, object or array) and leaves the parser on its last token. */
    static String copyCurrentValue(JsonFactory factory, JsonParser parser) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(text)) {
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                generator.copyCurrentEventExact(parser);
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
            } while (depth > 0 && parser.nextToken() != null);
        }
        return text.toString();
    }
}
