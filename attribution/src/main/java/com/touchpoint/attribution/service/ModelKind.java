package com.touchpoint.attribution.service;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The attribution models an analyst can run, with the names used on the command line. */
public enum ModelKind {
    FIRST("first"),
    LAST("last"),
    LAST_NON_DIRECT("last-non-direct"),
    LINEAR("linear"),
    TIME_DECAY("time-decay"),
    POSITION("position"),
    MARKOV("markov"),
    SHAPLEY("shapley"),
    SHAPLEY_ORDERED("shapley-ordered");

    /** Stands for every model in {@link #parseList}. */
    public static final String ALL = "all";

    private final String id;

    ModelKind(String id) {
        this.id = id;
    }

    /** The command-line name, such as "last-non-direct". */
    public String id() {
        return id;
    }

    public static ModelKind fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no model '" + id + "'; choose among "
                        + ids() + " or " + ALL));
    }

    /** Models from "first,linear,markov" (repeats dropped, order kept) or "all". */
    public static List<ModelKind> parseList(String text) {
        if (text.strip().equalsIgnoreCase(ALL)) {
            return List.of(values());
        }
        Set<ModelKind> kinds = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                kinds.add(fromId(part));
            }
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("Name at least one model: " + ids() + " or " + ALL);
        }
        return List.copyOf(kinds);
    }

    private static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ModelKind::id).toList());
    }
}
