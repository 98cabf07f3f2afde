package com.touchpoint.datasources.mapping;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.List;

/**
 * Writes a record's unmapped, non-empty columns as a compact JSON object of strings ({@code {"note":"vip"}}), or
 * null when there are none. Keys for the columns known at compile time are escaped once; columns that appear later
 * (JSON sources grow their header) are looked up in the live header.
 */
final class PropertiesJson {
    private final List<String> liveHeader;
    private final boolean[] mapped;
    private final String[] keys;

    PropertiesJson(List<String> liveHeader, boolean[] mapped) {
        this.liveHeader = liveHeader;
        this.mapped = mapped.clone();
        this.keys = new String[mapped.length];
        for (int i = 0; i < mapped.length; i++) {
            keys[i] = key(liveHeader.get(i));
        }
    }

    String write(String[] values) {
        StringBuilder json = null;
        for (int i = 0; i < values.length; i++) {
            if (i < mapped.length && mapped[i] || values[i] == null) {
                continue;
            }
            String value = values[i].strip();
            if (value.isEmpty()) {
                continue;
            }
            json = json == null ? new StringBuilder(64).append('{') : json.append(',');
            json.append(i < keys.length ? keys[i] : key(liveHeader.get(i)));
            appendString(json, value);
        }
        return json == null ? null : json.append('}').toString();
    }

    private static String key(String name) {
        StringBuilder key = new StringBuilder(name.length() + 3);
        appendString(key, name);
        return key.append(':').toString();
    }

    /** Appends a JSON string literal: quotes, backslashes and control characters escaped. */
    static void appendString(StringBuilder out, String text) {
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
    }
}
