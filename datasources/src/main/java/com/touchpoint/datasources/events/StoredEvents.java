package com.touchpoint.datasources.events;

import com.touchpoint.datasources.store.ProjectStore;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Every event of the project's finished imports in storage order (by import, then as read), as primitive columns
 * decoded from the blocks' cores, with each event's customer resolved through the identifiers. Text columns are
 * coded through one {@link Dictionary} each. Order ids and properties stay in the blocks.
 */
final class StoredEvents {

    int size;
    int[] identifierIndexes;
    long[] timesMicros;
    final int[][] codes = new int[CoreText.values().length][];
    final Dictionary[] dictionaries = new Dictionary[CoreText.values().length];
    long[] revenueUnits;
    long[] blockBatchIds = new long[16];
    int[] blockNos = new int[16];
    /** Position of each block's first event, and the total after the last block. */
    int[] blockStarts = new int[17];
    int blocks;
    IdentifierDirectory identifiers;

    private long[] identifierIds;

    private StoredEvents(int capacity) {
        identifierIds = new long[capacity];
        timesMicros = new long[capacity];
        revenueUnits = new long[capacity];
        for (int c = 0; c < codes.length; c++) {
            codes[c] = new int[capacity];
            dictionaries[c] = new Dictionary();
        }
    }

    /** @param progress receives the number of events read so far, after each block */
    static StoredEvents read(ProjectStore store, LongConsumer progress) {
        EventBlockRepository blocks = new EventBlockRepository(store);
        StoredEvents events = new StoredEvents((int) Math.min(Integer.MAX_VALUE - 16, blocks.eventCount()));
        blocks.forEachBlock((batchId, blockNo, core) -> {
            events.add(batchId, blockNo, core);
            progress.accept(events.size);
        });
        // Read after the blocks: an import finishing in between then only adds identifiers no event here needs.
        events.resolve(IdentifierDirectory.load(store));
        return events;
    }

    private void add(long batchId, int blockNo, CoreBlock core) {
        ensureEvents(size + core.rows());
        ensureBlocks(blocks + 1);
        blockBatchIds[blocks] = batchId;
        blockNos[blocks] = blockNo;
        blockStarts[blocks] = size;
        System.arraycopy(core.identifierIds(), 0, identifierIds, size, core.rows());
        System.arraycopy(core.timesMicros(), 0, timesMicros, size, core.rows());
        System.arraycopy(core.revenueUnits(), 0, revenueUnits, size, core.rows());
        for (int c = 0; c < codes.length; c++) {
            String[] local = core.dictionaries()[c];
            int[] global = new int[local.length + 1];
            for (int k = 0; k < local.length; k++) {
                global[k + 1] = dictionaries[c].code(local[k]);
            }
            int[] blockCodes = core.codes()[c];
            int[] column = codes[c];
            for (int i = 0; i < core.rows(); i++) {
                column[size + i] = global[blockCodes[i]];
            }
        }
        size += core.rows();
        blocks++;
        blockStarts[blocks] = size;
    }

    private void resolve(IdentifierDirectory directory) {
        identifiers = directory;
        identifierIndexes = new int[size];
        for (int i = 0; i < size; i++) {
            identifierIndexes[i] = directory.indexOf(identifierIds[i]);
        }
        identifierIds = null;
    }
    /** The customer of the event at a position: its identifier's global id now. */
    long globalId(int position) {
        return identifiers.globalId(identifierIndexes[position]);
    }

    /** The block holding the event at a position (blocks are never empty). */
    int blockOf(int position) {
        int block = Arrays.binarySearch(blockStarts, 0, blocks + 1, position);
        return block >= 0 ? block : -block - 2;
    }

    private void ensureEvents(int needed) {
        if (needed <= timesMicros.length) {
            return;
        }
        int capacity = Math.max(needed, timesMicros.length * 3 / 2);
        identifierIds = Arrays.copyOf(identifierIds, capacity);
        timesMicros = Arrays.copyOf(timesMicros, capacity);
        revenueUnits = Arrays.copyOf(revenueUnits, capacity);
        for (int c = 0; c < codes.length; c++) {
            codes[c] = Arrays.copyOf(codes[c], capacity);
        }
    }

    private void ensureBlocks(int needed) {
        if (needed < blockBatchIds.length) {
            return;
        }
        int capacity = blockBatchIds.length * 2;
        blockBatchIds = Arrays.copyOf(blockBatchIds, capacity);
        blockNos = Arrays.copyOf(blockNos, capacity);
        blockStarts = Arrays.copyOf(blockStarts, capacity + 1);
    }
}
