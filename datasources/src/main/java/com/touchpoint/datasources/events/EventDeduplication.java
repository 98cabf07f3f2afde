package com.touchpoint.datasources.events;

import com.touchpoint.datasources.mapping.MappedRow.EventRow;

/** Decides which events of an import are new: fingerprints them and remembers the fingerprints seen. */
public interface EventDeduplication {

    long fingerprint(EventRow row, long identifierId);

    /** True the first time a fingerprint is offered (stored events' fingerprints included). */
    boolean firstSeen(long fingerprint);
}
