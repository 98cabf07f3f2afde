package com.touchpoint.datasources.identity;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/** Identifiers with the global id and shared flag they have after a stitch; read by position, 0 to size - 1. */
public final class IdentifierAssignments {

    private final int size;
    private final long[] ids;
    private final long[] globalIds;
    private final BitSet shared;

    private IdentifierAssignments(int size, long[] ids, long[] globalIds, BitSet shared) {
        this.size = size;
        this.ids = ids;
        this.globalIds = globalIds;
        this.shared = shared;
    }

    public int size() {
        return size;
    }

    public long id(int k) {
        return ids[Objects.checkIndex(k, size)];
    }

    public long globalId(int k) {
        return globalIds[Objects.checkIndex(k, size)];
    }

    public boolean shared(int k) {
        return shared.get(Objects.checkIndex(k, size));
    }

    static final class Builder {
        private int size;
        private long[] ids = new long[16];
        private long[] globalIds = new long[16];
        private final BitSet shared = new BitSet();

        void add(long id, long globalId, boolean isShared) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                globalIds = Arrays.copyOf(globalIds, size * 2);
            }
            ids[size] = id;
            globalIds[size] = globalId;
            shared.set(size, isShared);
            size++;
        }

        IdentifierAssignments build() {
            return new IdentifierAssignments(size, Arrays.copyOf(ids, size), Arrays.copyOf(globalIds, size), shared);
        }
    }
}
