package com.touchpoint.datasources.store;

/** Row counts of one import: every row read is loaded, quarantined or a duplicate. */
public record BatchCounts(long read, long loaded, long quarantined, long duplicate) {
}
