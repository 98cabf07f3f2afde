package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.EventFilter;

/**
 * The customer did (or did not) do something: events passing {@code filter} within {@code window}, at least
 * {@code min} and at most {@code max} times (max null: no upper limit). "Did not" keeps exactly the customers that
 * "did" with the same filter, window and counts would not, so "did not buy at least 3 times" keeps those who bought
 * 0, 1 or 2 times, customers without any events included.
 */
public record EventCondition(Boolean happened, EventFilter filter, TimeWindow window, Integer min, Integer max)
        implements Condition {

    public EventCondition {
        happened = happened == null ? Boolean.TRUE : happened;
        filter = filter == null ? EventFilter.ANY : filter;
        window = window == null ? TimeWindow.ALL : window;
        min = min == null ? 1 : min;
    }

    public static EventCondition did(EventFilter filter, TimeWindow window) {
        return new EventCondition(true, filter, window, 1, null);
    }

    public static EventCondition didNot(EventFilter filter, TimeWindow window) {
        return new EventCondition(false, filter, window, 1, null);
    }

    /** This condition with counts {@code min..max} (max null for no limit). */
    public EventCondition counted(int newMin, Integer newMax) {
        return new EventCondition(happened, filter, window, newMin, newMax);
    }
}
