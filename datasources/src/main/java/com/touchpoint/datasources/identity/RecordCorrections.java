package com.touchpoint.datasources.identity;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * How records written under an old global id reach their customer's new one. Records of an identifier carry its
 * stored global id or a provisional one handed out to its provisional set (a union-find set, which only grows during
 * an import), so every holder of an old id lies in a provisional set containing an identifier whose previous global
 * id it is. When all identifiers of those sets went to one customer, the old id is merged in bulk; otherwise it is
 * split and the records of those identifiers move one identifier at a time.
 */
final class RecordCorrections {

    private static final int UNSET = -1;
    private static final int CONFLICT = -2;

    private final Map<Long, Long> merges;
    private final int splits;
    private final IdentifierAssignments moved;

    private RecordCorrections(Map<Long, Long> merges, int splits, IdentifierAssignments moved) {
        this.merges = merges;
        this.splits = splits;
        this.moved = moved;
    }

    /**
     * @param provisionalRoot root of an identifier's provisional set
     * @param globalIdOf      new global id per customer of the partition
     */
    static RecordCorrections compute(int count, long[] ids, PreviousGlobalIds previous,
                                     IntUnaryOperator provisionalRoot, CustomerPartition partition,
                                     long[] globalIdOf) {
        int[] perRoot = new int[count];
        Arrays.fill(perRoot, UNSET);
        for (int i = 0; i < count; i++) {
            int root = provisionalRoot.applyAsInt(i);
            perRoot[root] = combine(perRoot[root], partition.customerOf(i));
        }
        int[] customerOfOldId = new int[previous.count()];
        Arrays.fill(customerOfOldId, UNSET);
        for (int i = 0; i < count; i++) {
            int rank = previous.rankAt(i);
            if (rank >= 0) {
                customerOfOldId[rank] = combine(customerOfOldId[rank], perRoot[provisionalRoot.applyAsInt(i)]);
            }
        }
        Map<Long, Long> merges = new LinkedHashMap<>();
        int splits = 0;
        for (int rank = 0; rank < previous.count(); rank++) {
            int customer = customerOfOldId[rank];
            if (customer == CONFLICT) {
                splits++;
            } else if (globalIdOf[customer] != previous.get(rank)) {
                merges.put(previous.get(rank), globalIdOf[customer]);
            }
        }
        return new RecordCorrections(Collections.unmodifiableMap(merges), splits,
                moves(count, ids, previous, provisionalRoot, partition, globalIdOf, customerOfOldId, perRoot));
    }

    /** Identifiers in a provisional set holding a split old id, except those whose new id is that very id. */
    private static IdentifierAssignments moves(int count, long[] ids, PreviousGlobalIds previous,
                                               IntUnaryOperator provisionalRoot, CustomerPartition partition,
                                               long[] globalIdOf, int[] customerOfOldId, int[] splitOldIdPerRoot) {
        Arrays.fill(splitOldIdPerRoot, UNSET);
        for (int i = 0; i < count; i++) {
            int rank = previous.rankAt(i);
            if (rank >= 0 && customerOfOldId[rank] == CONFLICT) {
                int root = provisionalRoot.applyAsInt(i);
                splitOldIdPerRoot[root] = combine(splitOldIdPerRoot[root], rank);
            }
        }
        IdentifierAssignments.Builder moved = new IdentifierAssignments.Builder();
        for (int i = 0; i < count; i++) {
            int splitRank = splitOldIdPerRoot[provisionalRoot.applyAsInt(i)];
            long globalId = globalIdOf[partition.customerOf(i)];
            if (splitRank == CONFLICT || splitRank != UNSET && globalId != previous.get(splitRank)) {
                moved.add(ids[i], globalId, partition.isShared(i));
            }
        }
        return moved.build();
    }

    private static int combine(int seen, int value) {
        return seen == UNSET || seen == value ? value : CONFLICT;
    }

    Map<Long, Long> merges() {
        return merges;
    }

    int splits() {
        return splits;
    }

    IdentifierAssignments moved() {
        return moved;
    }
}
