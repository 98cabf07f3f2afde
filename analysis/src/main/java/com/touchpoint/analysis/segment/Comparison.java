package com.touchpoint.analysis.segment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a value is compared; the JSON name is the symbol or word in parentheses. */
public enum Comparison {
    @JsonProperty("=") EQUALS(1),
    @JsonProperty("!=") NOT_EQUALS(1),
    @JsonProperty("<") LESS(1),
    @JsonProperty("<=") AT_MOST(1),
    @JsonProperty(">") GREATER(1),
    @JsonProperty(">=") AT_LEAST(1),
    /** Both ends included. */
    @JsonProperty("between") BETWEEN(2),
    @JsonProperty("in") IN(-1),
    /** Text containing the value, ignoring case. */
    @JsonProperty("contains") CONTAINS(1),
    @JsonProperty("is_empty") IS_EMPTY(0),
    @JsonProperty("is_not_empty") IS_NOT_EMPTY(0);

    private final int arity;

    Comparison(int arity) {
        this.arity = arity;
    }

    /** The number of values it takes: 0, 1, 2, or -1 for one or more. */
    public int arity() {
        return arity;
    }

    /** Whether it applies to numbers (tag weights, aggregates): all but contains and the emptiness tests. */
    public boolean isNumeric() {
        return this != CONTAINS && this != IS_EMPTY && this != IS_NOT_EMPTY;
    }

    /** Compares ordered keys; for EQUALS… BETWEEN and IN. */
    public boolean test(double key, double[] bounds) {
        return switch (this) {
            case EQUALS -> key == bounds[0];
            case NOT_EQUALS -> key != bounds[0];
            case LESS -> key < bounds[0];
            case AT_MOST -> key <= bounds[0];
            case GREATER -> key > bounds[0];
            case AT_LEAST -> key >= bounds[0];
            case BETWEEN -> key >= bounds[0] && key <= bounds[1];
            case IN -> contains(bounds, key);
            case CONTAINS, IS_EMPTY, IS_NOT_EMPTY -> throw new IllegalStateException(this + " compares no keys");
        };
    }

    private static boolean contains(double[] values, double key) {
        for (double value : values) {
            if (value == key) {
                return true;
            }
        }
        return false;
    }

    /** The JSON name, for messages. */
    public String symbol() {
        try {
            return Comparison.class.getField(name()).getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
