package com.touchpoint.datasources.events;

import java.time.LocalDateTime;

/**
 * Which stored events to show, in what order. Each filter is null when unused: channel and event type match exactly,
 * the time range is {@code [fromUtc, toUtc)}, the text matches any text column case-insensitively, a global id shows
 * one customer. A null sort column keeps storage order; otherwise values sort with missing ones last, ties in
 * storage order.
 */
public record EventQuery(String channel, String eventType, LocalDateTime fromUtc, LocalDateTime toUtc, String text,
                         Long globalId, String sortColumn, boolean descending) {

    /** The same filters in storage order. */
    public EventQuery unsorted() {
        return new EventQuery(channel, eventType, fromUtc, toUtc, text, globalId, null, false);
    }
}
