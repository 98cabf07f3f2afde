package com.touchpoint.analysis.segment;

import java.util.List;

/** The customer is in one of {@code clusters} (numbered from 1) of the saved clustering named {@code clustering}. */
public record ClusterCondition(String clustering, List<Integer> clusters) implements Condition {

    public ClusterCondition {
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
    }
}
