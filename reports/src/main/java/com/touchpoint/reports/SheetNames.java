package com.touchpoint.reports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out the sheet names of one workbook: made legal for Excel (at most 31 characters, none of []:*?/\, not
 * starting or ending with an apostrophe, not the reserved "History") and unique, ignoring case as Excel does.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /**
     * A free legal name for part {@code part} (1-based) of the table called {@code wanted}: the first part keeps the
     * name, later parts get " (2)", " (3)"…; a name already taken gets a further " (n)".
     */
    String claim(String wanted, int part) {
        String base = sanitise(wanted);
        String first = part == 1 ? base : withSuffix(base, part);
        String candidate = first;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = withSuffix(first, n);
        }
        return candidate;
    }

    static String sanitise(String wanted) {
        StringBuilder name = new StringBuilder(wanted.length());
        wanted.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .map(c -> "[]:*?/\\".indexOf(c) >= 0 ? '_' : c)
                .forEach(name::appendCodePoint);
        String legal = trimEnds(truncate(trimEnds(name.toString()), MAX_LENGTH));
        if (legal.isEmpty()) {
            return "Sheet";
        }
        return legal.equalsIgnoreCase("History") ? legal + "_" : legal;
    }

    /** Excel rejects names that start or end with an apostrophe; blanks at the ends only confuse. */
    private static String trimEnds(String name) {
        return name.replaceAll("^[\\s']+|[\\s']+$", "");
    }

    private static String withSuffix(String base, int n) {
        String suffix = " (" + n + ")";
        return truncate(base, MAX_LENGTH - suffix.length()).stripTrailing() + suffix;
    }

    /** Cuts to at most {@code length} chars without splitting a surrogate pair. */
    private static String truncate(String value, int length) {
        if (value.length() <= length) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(length - 1)) ? length - 1 : length;
        return value.substring(0, end);
    }
}
