package com.touchpoint.datasources.identity;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Which identifiers are shared and how the rest group into customers: the connected components over the edges
 * between non-shared identifiers. A shared identifier is a customer of its own.
 */
final class CustomerPartition {

    private static final IdType[] TYPES = IdType.values();

    private final int[] customerOf;
    private final int[] customerSizes;
    private final int customers;
    private final BitSet shared;
    /** Per shared identifier, in index order: the type it had too many links to, and how many. */
    private final int[] sharedIndices;
    private final byte[] crowdedTypes;
    private final int[] crowdedCounts;

    private CustomerPartition(int[] customerOf, int[] customerSizes, int customers, BitSet shared,
                              int[] sharedIndices, byte[] crowdedTypes, int[] crowdedCounts) {
        this.customerOf = customerOf;
        this.customerSizes = customerSizes;
        this.customers = customers;
        this.shared = shared;
        this.sharedIndices = sharedIndices;
        this.crowdedTypes = crowdedTypes;
        this.crowdedCounts = crowdedCounts;
    }

    /**
     * @param types    type ordinal per identifier index
     * @param edgeLow  distinct edges as identifier index pairs, no self-links
     */
    static CustomerPartition compute(int count, byte[] types, int edgeCount, int[] edgeLow, int[] edgeHigh,
                                     int maxLinksPerType) {
        int[] start = new int[count + 1];
        int[] neighbours = adjacency(count, edgeCount, edgeLow, edgeHigh, start);

        BitSet shared = new BitSet(count);
        int sharedCount = 0;
        int[] sharedIndices = new int[16];
        byte[] crowdedTypes = new byte[16];
        int[] crowdedCounts = new int[16];
        int[] linksPerType = new int[TYPES.length];
        for (int i = 0; i < count; i++) {
            int ownType = types[i];
            Arrays.fill(linksPerType, 0);
            for (int k = start[i]; k < start[i + 1]; k++) {
                int type = types[neighbours[k]];
                if (type <= ownType) {
                    linksPerType[type]++;
                }
            }
            int crowded = -1;
            for (int type = 0; type <= ownType; type++) {
                if (linksPerType[type] > maxLinksPerType
                        && (crowded < 0 || linksPerType[type] > linksPerType[crowded])) {
                    crowded = type;
                }
            }
            if (crowded >= 0) {
                shared.set(i);
                if (sharedCount == sharedIndices.length) {
                    sharedIndices = Arrays.copyOf(sharedIndices, sharedCount * 2);
                    crowdedTypes = Arrays.copyOf(crowdedTypes, sharedCount * 2);
                    crowdedCounts = Arrays.copyOf(crowdedCounts, sharedCount * 2);
                }
                sharedIndices[sharedCount] = i;
                crowdedTypes[sharedCount] = (byte) crowded;
                crowdedCounts[sharedCount] = linksPerType[crowded];
                sharedCount++;
            }
        }

        int[] customerOf = new int[count];
        Arrays.fill(customerOf, -1);
        int[] sizes = new int[count];
        int[] stack = new int[count];
        int customers = 0;
        for (int i = 0; i < count; i++) {
            if (customerOf[i] >= 0) {
                continue;
            }
            int customer = customers++;
            customerOf[i] = customer;
            int size = 1;
            if (!shared.get(i)) {
                int top = 0;
                stack[top++] = i;
                while (top > 0) {
                    int x = stack[--top];
                    for (int k = start[x]; k < start[x + 1]; k++) {
                        int y = neighbours[k];
                        if (customerOf[y] < 0 && !shared.get(y)) {
                            customerOf[y] = customer;
                            size++;
                            stack[top++] = y;
                        }
                    }
                }
            }
            sizes[customer] = size;
        }
        return new CustomerPartition(customerOf, Arrays.copyOf(sizes, customers), customers, shared,
                Arrays.copyOf(sharedIndices, sharedCount), Arrays.copyOf(crowdedTypes, sharedCount),
                Arrays.copyOf(crowdedCounts, sharedCount));
    }

    /** Compressed adjacency: the neighbours of i are {@code neighbours[start[i] .. start[i + 1])}. */
    private static int[] adjacency(int count, int edgeCount, int[] edgeLow, int[] edgeHigh, int[] start) {
        for (int e = 0; e < edgeCount; e++) {
            start[edgeLow[e]]++;
            start[edgeHigh[e]]++;
        }
        for (int i = 1; i < count; i++) {
            start[i] += start[i - 1];
        }
        start[count] = 2 * edgeCount;
        // start[i] is now the end of i's range; filling backwards leaves it at the beginning
        int[] neighbours = new int[2 * edgeCount];
        for (int e = 0; e < edgeCount; e++) {
            neighbours[--start[edgeLow[e]]] = edgeHigh[e];
            neighbours[--start[edgeHigh[e]]] = edgeLow[e];
        }
        return neighbours;
    }

    int customers() {
        return customers;
    }

    int customerOf(int index) {
        return customerOf[index];
    }

    int size(int customer) {
        return customerSizes[customer];
    }

    boolean isShared(int index) {
        return shared.get(index);
    }

    int sharedCount() {
        return sharedIndices.length;
    }

    /** Index of the k-th shared identifier. */
    int sharedIndex(int k) {
        return sharedIndices[k];
    }

    /** The type the k-th shared identifier had too many links to (the most, stronger type on a tie). */
    IdType crowdedType(int k) {
        return TYPES[crowdedTypes[k]];
    }

    int crowdedCount(int k) {
        return crowdedCounts[k];
    }
}
