package com.touchpoint.datasources.identity;

import java.util.Arrays;

/**
 * The global ids identifiers held before a stitch (stored, or provisional for new identifiers): the distinct ones in
 * ascending order, each known by its rank, and the rank each identifier holds.
 */
final class PreviousGlobalIds {

    private final long[] ascending;
    /** Per identifier index: the rank of its previous global id, or -1 when it had none. */
    private final int[] rankByIndex;

    private PreviousGlobalIds(long[] ascending, int[] rankByIndex) {
        this.ascending = ascending;
        this.rankByIndex = rankByIndex;
    }

    /** @param globalIds per identifier index; 0 means none */
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
        long[] ascending = Arrays.copyOf(values, distinct);
        int[] rankByIndex = new int[count];
        for (int i = 0; i < count; i++) {
            rankByIndex[i] = globalIds[i] == 0 ? -1 : Arrays.binarySearch(ascending, globalIds[i]);
        }
        return new PreviousGlobalIds(ascending, rankByIndex);
    }

    int count() {
        return ascending.length;
    }

    long get(int rank) {
        return ascending[rank];
    }

    /** Rank of the identifier's previous global id, or -1 when it had none. */
    int rankAt(int index) {
        return rankByIndex[index];
    }
}
