package com.touchpoint.analysis.segment;

import java.util.Objects;

/** Every customer its condition does not keep, customers without events or properties included. */
public record Not(Condition condition) implements Condition {

    public Not {
        Objects.requireNonNull(condition, "a not needs a condition");
    }
}
