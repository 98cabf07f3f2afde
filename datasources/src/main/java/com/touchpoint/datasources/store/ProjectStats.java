package com.touchpoint.datasources.store;

import java.util.Map;

/**
 * Headline counts of a project, as printed by {@code stats --json}.
 *
 * @param identityLinks     distinct pairs of identifiers seen on one record
 * @param sharedIdentifiers identifiers linked to too many others to stand for one person, not used for linking
 */
public record ProjectStats(long events, Map<String, Long> eventsByChannel, long customers, long identifiers,
                           long identityLinks, long sharedIdentifiers, long spendRows, long pathRows,
                           long quarantinedRows, long imports) {
}
