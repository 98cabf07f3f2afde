package com.touchpoint.datasources.store;

import java.util.Map;

/** Headline counts of a project, as printed by {@code stats --json}. */
public record ProjectStats(long events, Map<String, Long> eventsByChannel, long customers, long identityLinks,
                           long spendRows, long pathRows, long quarantinedRows, long imports) {
}
