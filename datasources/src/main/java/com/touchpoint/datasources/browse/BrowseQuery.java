package com.touchpoint.datasources.browse;

import java.time.LocalDateTime;

/**
 * What the analyst asked to see: a table, optional filters (each null when unused) and a sort.
 * Channel and event type filters apply to events; the time range to events (UTC) and spend (by date);
 * the text filter matches any text column, case-insensitively; a global id shows one customer.
 */
public record BrowseQuery(BrowseTable table, String channel, String eventType, LocalDateTime fromUtc,
                          LocalDateTime toUtc, String text, Long globalId, String sortColumn, boolean descending) {

    public static BrowseQuery all(BrowseTable table) {
        return new BrowseQuery(table, null, null, null, null, null, null, null, false);
    }

    public BrowseQuery sortedBy(String column, boolean descending) {
        return new BrowseQuery(table, channel, eventType, fromUtc, toUtc, text, globalId, column, descending);
    }

    public BrowseQuery filtered(String channel, String eventType, LocalDateTime fromUtc, LocalDateTime toUtc,
                                String text) {
        return new BrowseQuery(table, channel, eventType, fromUtc, toUtc, text, globalId, sortColumn, descending);
    }

    public BrowseQuery forCustomer(long id) {
        return new BrowseQuery(table, channel, eventType, fromUtc, toUtc, text, id, sortColumn, descending);
    }
}
