package com.touchpoint.datasources.identity;

import java.util.Arrays;

/** The distinct global ids identifiers held before a stitch, ascending, each known by its rank. */
final class PreviousGlobalIds {

    private final long[] ascending;

    private PreviousGlobalIds(long[] ascending) {
        this.ascending = ascending;
    }

    /** @param globalIds per identifier; 0 means none */
    static PreviousGlobalIds of(long[] globalIds, int count) {
        long[] values = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (globalIds[i] != 0) {
                values[n++] = globalIds[i];
            }
        }
        Arrays.sort(values, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return new PreviousGlobalIds(Arrays.copyOf(values, distinct));
    }

    int count() {
        return ascending.length;
    }

    long get(int rank) {
        return ascending[rank];
    }

    int rankOf(long globalId) {
        return Arrays.binarySearch(ascending, globalId);
    }
}
