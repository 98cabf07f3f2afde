package com.touchpoint.datasources.mapping;

/** What a file holds, which decides the canonical fields it maps to. */
public enum FileKind {
    /** Channel events: web/app logs, e-mail/SMS/push sends, opens, clicks. */
    EVENTS,
    /** Orders and POS tickets: stored as purchase events with revenue. */
    ORDERS,
    /** CRM customer records. */
    CUSTOMERS,
    /** Ad spend reports: date, channel, campaign, cost, impressions, clicks. */
    SPEND,
    /** Aggregated path reports in the ChannelAttribution layout. */
    PATHS
}
