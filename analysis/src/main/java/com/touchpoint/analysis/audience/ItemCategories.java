package com.touchpoint.analysis.audience;

import com.touchpoint.datasources.events.Dictionary;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Product categories the analyst defines as lists of item codes, where a code ending in {@code *} stands for every
 * item starting with what comes before it ({@code "SKU10*"}). Events carry items, not categories, so segment
 * filters and tag rules that name a category are turned into the set of item codes it covers.
 */
public record ItemCategories(Map<String, List<String>> itemsByCategory) {

    public static final ItemCategories NONE = new ItemCategories(Map.of());

    public ItemCategories {
        Map<String, List<String>> copy = new TreeMap<>();
        itemsByCategory.forEach((name, items) -> copy.put(name, List.copyOf(items)));
        itemsByCategory = Collections.unmodifiableMap(copy);
    }

    public Optional<List<String>> items(String category) {
        return Optional.ofNullable(itemsByCategory.get(category));
    }

    /** Marks, by item code, the items that any of {@code patterns} covers. */
    public static void mark(Dictionary items, List<String> patterns, boolean[] accepted) {
        for (String pattern : patterns) {
            if (pattern.endsWith("*")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                for (int code = 1; code < items.size(); code++) {
                    accepted[code] |= items.value(code).startsWith(prefix);
                }
            } else {
                int code = items.codeOf(pattern);
                if (code > 0) {
                    accepted[code] = true;
                }
            }
        }
    }

    /** Whether an item code matches a pattern, as {@link #mark} decides; for checks one event at a time. */
    public static boolean matches(String item, String pattern) {
        return item != null && (pattern.endsWith("*") ? item.startsWith(pattern.substring(0, pattern.length() - 1))
                : item.equals(pattern));
    }
}
