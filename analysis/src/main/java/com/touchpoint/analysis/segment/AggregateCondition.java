package com.touchpoint.analysis.segment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.touchpoint.analysis.audience.EventFilter;

import java.util.List;

/**
 * A number computed from the customer's events passing {@code filter} within {@code window}, compared with values.
 * A customer with no such events has 0 for every measure, so "revenue < 100" keeps customers who bought nothing.
 */
public record AggregateCondition(Measure measure, EventFilter filter, TimeWindow window, Comparison op,
                                 List<Double> values) implements Condition {

    /** What is computed. Orders are events that carry revenue. */
    public enum Measure {
        @JsonProperty("revenue") REVENUE,
        @JsonProperty("orders") ORDERS,
        @JsonProperty("events") EVENTS,
        @JsonProperty("distinct_channels") DISTINCT_CHANNELS,
        @JsonProperty("distinct_campaigns") DISTINCT_CAMPAIGNS,
        @JsonProperty("distinct_items") DISTINCT_ITEMS
    }

    public AggregateCondition {
        filter = filter == null ? EventFilter.ANY : filter;
        window = window == null ? TimeWindow.ALL : window;
        values = values == null ? List.of() : List.copyOf(values);
    }
}
