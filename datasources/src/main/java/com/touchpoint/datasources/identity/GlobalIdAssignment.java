package com.touchpoint.datasources.identity;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.LongSupplier;
import java.util.function.LongToIntFunction;

/**
 * Gives each customer of a partition a global id that stays stable across stitches. Customers are taken largest
 * first (then ordinary before shared, then by their smallest identifier id); each keeps the smallest previous global
 * id among its identifiers that no customer before it has claimed, or else gets a fresh one.
 */
final class GlobalIdAssignment {

    private GlobalIdAssignment() {
    }

    /**
     * @param indexOfId     identifier index of an identifier id
     * @param freshGlobalId hands out global ids above every one used so far
     * @return the global id of each customer
     */
    static long[] assign(CustomerPartition partition, int count, long[] ids, PreviousGlobalIds previous,
                         LongToIntFunction indexOfId, LongSupplier freshGlobalId) {
        int customers = partition.customers();
        int[] order = processingOrder(partition, count, ids, indexOfId);
        int[] positionOf = new int[customers];
        for (int position = 0; position < customers; position++) {
            positionOf[order[position]] = position;
        }

        // (processing position, rank of a previous global id) packed so that one primitive sort groups them
        long[] claims = new long[count];
        int claimCount = 0;
        for (int i = 0; i < count; i++) {
            int rank = previous.rankAt(i);
            if (rank >= 0) {
                claims[claimCount++] = (long) positionOf[partition.customerOf(i)] << 32 | rank;
            }
        }
        Arrays.sort(claims, 0, claimCount);

        long[] globalIdOf = new long[customers];
        BitSet claimed = new BitSet(previous.count());
        int c = 0;
        for (int position = 0; position < customers; position++) {
            long chosen = 0;
            for (; c < claimCount && (int) (claims[c] >>> 32) == position; c++) {
                int rank = (int) claims[c];
                if (chosen == 0 && !claimed.get(rank)) {
                    claimed.set(rank);
                    chosen = previous.get(rank);
                }
            }
            globalIdOf[order[position]] = chosen != 0 ? chosen : freshGlobalId.getAsLong();
        }
        return globalIdOf;
    }

    /** Customers by size descending, then ordinary before shared, then by smallest identifier id. */
    private static int[] processingOrder(CustomerPartition partition, int count, long[] ids,
                                         LongToIntFunction indexOfId) {
        int customers = partition.customers();
        long[] smallestIds = new long[customers];
        Arrays.fill(smallestIds, Long.MAX_VALUE);
        int largest = 0;
        for (int i = 0; i < count; i++) {
            int customer = partition.customerOf(i);
            smallestIds[customer] = Math.min(smallestIds[customer], ids[i]);
            largest = Math.max(largest, partition.size(customer));
        }
        Arrays.sort(smallestIds);
        // ordinary customers fill from the front, shared ones from the back, then the back is put in id order
        int[] bySmallestId = new int[customers];
        int ordinary = 0;
        int back = customers;
        for (long id : smallestIds) {
            int index = indexOfId.applyAsInt(id);
            if (partition.isShared(index)) {
                bySmallestId[--back] = partition.customerOf(index);
            } else {
                bySmallestId[ordinary++] = partition.customerOf(index);
            }
        }
        for (int left = back, right = customers - 1; left < right; left++, right--) {
            int customer = bySmallestId[left];
            bySmallestId[left] = bySmallestId[right];
            bySmallestId[right] = customer;
        }
        // stable counting sort by size, largest first
        int[] nextPositionOfSize = new int[largest + 1];
        for (int customer = 0; customer < customers; customer++) {
            nextPositionOfSize[partition.size(customer)]++;
        }
        int position = 0;
        for (int size = largest; size >= 1; size--) {
            int customersOfSize = nextPositionOfSize[size];
            nextPositionOfSize[size] = position;
            position += customersOfSize;
        }
        int[] order = new int[customers];
        for (int customer : bySmallestId) {
            order[nextPositionOfSize[partition.size(customer)]++] = customer;
        }
        return order;
    }
}
