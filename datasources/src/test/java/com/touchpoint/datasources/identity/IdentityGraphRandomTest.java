package com.touchpoint.datasources.identity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random imports compared against {@link NaiveStitch}. Each trial runs three imports: into an empty graph, into a
 * graph loaded from the store the first one wrote, and into that same graph again. Small value pools make
 * identifiers recur, so hubs, shared identifiers, merges and splits all occur.
 */
class IdentityGraphRandomTest {

    private static final int TRIALS = 300;
    private static final IdType[] TYPES = IdType.values();

    @Test
    void stitchMatchesTheNaiveReference() {
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(trial);
            int maxLinks = 1 + random.nextInt(3);
            StoreDouble store = new StoreDouble();
            Set<List<Long>> expectedEdges = new HashSet<>();
            IdentityGraph graph = new IdentityGraph();
            long highestGlobalIdUsed = 0;
            for (int round = 0; round < 3; round++) {
                if (round == 1) {
                    graph = store.load(random);
                    highestGlobalIdUsed = store.highestGlobalId();
                }
                Map<Long, Long> previousGlobalIds = store.globalIds();
                for (Seen[] record : randomRecords(random)) {
                    long[] ids = Seen.onRecord(graph, record);
                    for (int k = 0; k < ids.length; k++) {
                        for (int j = 0; j < k; j++) {
                            if (ids[j] != ids[k]) {
                                expectedEdges.add(List.of(Math.min(ids[j], ids[k]),
                                        Math.max(ids[j], ids[k])));
                            }
                        }
                    }
                }
                StitchResult result = graph.stitch(new StitchPolicy(maxLinks));
                store.apply(result);

                String where = "trial " + trial + ", round " + round;
                assertEquals(expectedEdges, new HashSet<>(store.edges), where);
                Map<Long, NaiveStitch.Outcome> expected = NaiveStitch.stitch(store.types(), store.edges,
                        previousGlobalIds, highestGlobalIdUsed + 1, maxLinks);
                for (long id : store.identifiers.keySet()) {
                    assertEquals(expected.get(id),
                            new NaiveStitch.Outcome(store.globalIdOf(id), store.isShared(id)), where + ", id " + id);
                }
                assertEquals(new HashSet<>(store.globalIds().values()).size(), result.customers(), where);
                highestGlobalIdUsed = Math.max(highestGlobalIdUsed, store.highestGlobalId());
            }
        }
    }

    @Test
    void recordsWrittenWithProvisionalGlobalIdsEndUpWithTheirCustomers() {
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(1_000 + trial);
            int maxLinks = 1 + random.nextInt(3);
            StoreDouble store = new StoreDouble();
            IdentityGraph graph = new IdentityGraph();
            for (int round = 0; round < 3; round++) {
                if (round == 1) {
                    graph = store.load(random);
                }
                for (Seen[] record : randomRecords(random)) {
                    store.importRecord(graph, record);
                }
                StitchResult result = graph.stitch(new StitchPolicy(maxLinks));
                store.apply(result);

                String where = "trial " + trial + ", round " + round;
                store.assertEventsConsistent();
                Map<Long, NaiveStitch.Outcome> expected = NaiveStitch.stitch(store.types(), store.edges, Map.of(), 1,
                        maxLinks);
                Map<Long, Long> expectedGlobalIds = new HashMap<>();
                expected.forEach((id, outcome) -> expectedGlobalIds.put(id, outcome.globalId()));
                assertEquals(customers(expectedGlobalIds), customers(store.globalIds()), where);
                for (long id : store.identifiers.keySet()) {
                    assertEquals(expected.get(id).shared(), store.isShared(id), where + ", id " + id);
                }
            }
            assertTrue(store.load(random).stitch(new StitchPolicy(maxLinks)).changesNothing(), "trial " + trial);
        }
    }

    /**
     * 5 to 60 records of 1 to 3 identifiers, values drawn from a small pool. Types may repeat on a record (mapped
     * rows never do that, but the graph accepts any link), so links between identifiers of one type occur too.
     */
    private static List<Seen[]> randomRecords(Random random) {
        int poolSize = 4 + random.nextInt(10);
        List<Seen[]> records = new ArrayList<>();
        int count = 5 + random.nextInt(56);
        for (int r = 0; r < count; r++) {
            Seen[] record = new Seen[1 + random.nextInt(3)];
            for (int k = 0; k < record.length; k++) {
                record[k] = new Seen(TYPES[random.nextInt(TYPES.length)], "v" + random.nextInt(poolSize));
            }
            records.add(record);
        }
        return records;
    }

    /** Identifier ids grouped by global id, the global ids themselves left out. */
    private static Set<Set<Long>> customers(Map<Long, Long> globalIds) {
        Map<Long, Set<Long>> byGlobalId = new HashMap<>();
        globalIds.forEach((id, globalId) -> byGlobalId.computeIfAbsent(globalId, g -> new TreeSet<>()).add(id));
        return new HashSet<>(byGlobalId.values());
    }
}
