package com.touchpoint.datasources.normalize;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A code dictionary for one column, e.g. gender {@code 男 → M}. Keys match case-insensitively and ignore surrounding
 * spaces; a key may map to null to mean "no value" (e.g. 未知). Values not in the dictionary are handled per
 * {@link Unknown}. Immutable; (de)serialised as part of a mapping profile.
 *
 * @param entries code → canonical value (null for "no value"); keys are stored trimmed and lower-cased
 * @param unknown what happens to a value that is not a key
 */
public record ValueMap(Map<String, String> entries, Unknown unknown) {

    /** What a value missing from the dictionary becomes. */
    public enum Unknown {
        /** The row is rejected, naming the value and the known codes. */
        REJECT,
        /** The value is kept as written. */
        KEEP,
        /** The value is dropped, as if the cell were empty. */
        BLANK
    }

    public ValueMap {
        Objects.requireNonNull(unknown, "unknown");
        TreeMap<String, String> normalised = new TreeMap<>();
        entries.forEach((code, value) -> normalised.put(keyOf(code), value));
        entries = Collections.unmodifiableMap(normalised);
    }

    /**
     * The built-in gender dictionary: 男/男性/M/male/man/1 → "M", 女/女性/F/female/woman/0 → "F", 未知/保密/unknown/U →
     * no value; other values are kept. Note that some systems (e.g. WeChat) write 1/2 with 0 for unknown; map those
     * with an own dictionary.
     */
    public static ValueMap gender() {
        Map<String, String> codes = new TreeMap<>();
        for (String male : new String[] {"男", "男性", "m", "male", "man", "1"}) {
            codes.put(male, "M");
        }
        for (String female : new String[] {"女", "女性", "f", "female", "woman", "0"}) {
            codes.put(female, "F");
        }
        for (String unknown : new String[] {"未知", "保密", "unknown", "u"}) {
            codes.put(unknown, null);
        }
        return new ValueMap(codes, Unknown.KEEP);
    }

    /** The canonical value for a trimmed, non-empty value; null means "no value". */
    public String apply(String value) throws InvalidValueException {
        String key = keyOf(value);
        String mapped = entries.get(key);
        if (mapped != null || entries.containsKey(key)) {
            return mapped;
        }
        return switch (unknown) {
            case KEEP -> value;
            case BLANK -> null;
            case REJECT -> throw new InvalidValueException(
                    "'" + value + "' is not one of the known values " + entries.keySet());
        };
    }

    /** A value as the dictionary stores its keys (trimmed, lower-cased): values with the same key map alike. */
    public static String keyOf(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
