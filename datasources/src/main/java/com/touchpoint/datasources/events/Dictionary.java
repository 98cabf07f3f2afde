package com.touchpoint.datasources.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Text values of one event column coded as small ints; code 0 is "no value". */
public final class Dictionary {

    public static final int NONE = 0;

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>(List.of(""));

    int code(String value) {
        if (value == null) {
            return NONE;
        }
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            values.add(value);
            codes.put(value, code);
        }
        return code;
    }

    /** The code of a value, or -1 when no event has it. */
    public int codeOf(String value) {
        return codes.getOrDefault(value, -1);
    }

    /** The value of a code; null for {@link #NONE}. */
    public String value(int code) {
        return code == NONE ? null : values.get(code);
    }

    /** Number of codes, including {@link #NONE}. */
    public int size() {
        return values.size();
    }

    /** Every value, in code order, without the empty one. */
    public List<String> values() {
        return values.subList(1, values.size());
    }
}
