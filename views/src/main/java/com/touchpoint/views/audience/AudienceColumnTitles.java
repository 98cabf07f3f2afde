package com.touchpoint.views.audience;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.results.ColumnTitles;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Column titles in the interface language for the result tables of RFM, tags and clusters ("customers", "share of
 * customers", "mean recency"…); other names as the shared result titles give them. Exports keep the tables' names.
 */
public final class AudienceColumnTitles {

    /** Column names with a title of their own: message key {@code audience.column.} + the name with '_' for blanks. */
    static final Set<String> KNOWN = Set.of("key", "group", "customers", "revenue", "share of customers", "tag",
            "mean weight", "max weight", "k", "within-cluster sum of squares", "silhouette", "cluster", "size", "r",
            "f");
    private static final String MEAN = "mean ";

    private AudienceColumnTitles() {
    }

    public static UnaryOperator<String> of(Messages messages) {
        UnaryOperator<String> shared = ColumnTitles.of(messages);
        return name -> {
            String known = name.strip().toLowerCase(Locale.ROOT);
            if (KNOWN.contains(known)) {
                return messages.get("audience.column." + known.replace(' ', '_'));
            }
            if (known.startsWith(MEAN)) {
                return messages.get("audience.column.mean", name.strip().substring(MEAN.length()));
            }
            return shared.apply(name);
        };
    }
}
