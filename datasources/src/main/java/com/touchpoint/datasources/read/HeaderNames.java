package com.touchpoint.datasources.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a header of unique, trimmed column names: a blank name becomes {@code column_<position>} and a repeated one
 * gets a suffix ({@code amount}, {@code amount_2}, {@code amount_3}).
 */
final class HeaderNames {
    private final List<String> names = new ArrayList<>();
    private final List<String> view = Collections.unmodifiableList(names);
    private final Set<String> used = new HashSet<>();

    /** Appends a column and returns its final name. */
    String add(String raw) {
        String base = raw == null ? "" : raw.replace("\uFEFF", "").strip();
        if (base.isEmpty()) {
            base = "column_" + (names.size() + 1);
        }
        String name = base;
        for (int suffix = 2; used.contains(name); suffix++) {
            name = base + "_" + suffix;
        }
        used.add(name);
        names.add(name);
        return name;
    }

    int size() {
        return names.size();
    }

    /** A live, read-only view that grows as columns are added. */
    List<String> view() {
        return view;
    }
}
