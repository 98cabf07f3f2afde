package com.touchpoint.views.results;

import com.touchpoint.views.i18n.Messages;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Column titles in the interface language for the column names the app's result tables use ("conversions",
 * "conversion rate", "removal effect"…); other names are shown as they are. Exports keep the table's own names.
 */
public final class ColumnTitles {

    /** The column names with a translation, message key {@code result.column.} + the name with '_' for blanks. */
    static final Set<String> KNOWN = Set.of("channel", "conversions", "value", "share", "cost", "cpa", "roas",
            "path", "touches", "journeys", "non-conversions", "conversion rate", "from", "to", "transitions",
            "probability", "conversion probability without", "removal effect", "shapley value",
            "conversions standard error", "total", "parameter");

    private ColumnTitles() {
    }

    /** Titles from {@code messages} for the known names, the name itself for the rest. */
    public static UnaryOperator<String> of(Messages messages) {
        return name -> {
            String known = name.strip().toLowerCase(Locale.ROOT);
            return KNOWN.contains(known) ? messages.get(key(known)) : name;
        };
    }

    static String key(String knownName) {
        return "result.column." + knownName.replace(' ', '_');
    }
}
