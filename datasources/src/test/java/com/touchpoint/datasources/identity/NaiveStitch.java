package com.touchpoint.datasources.identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A deliberately plain reference for {@link IdentityGraph#stitch}: maps, sets and a breadth-first search. */
final class NaiveStitch {

    record Outcome(long globalId, boolean shared) {
    }

    private NaiveStitch() {
    }

    /**
     * @param previousGlobalIds identifier id to its previous global id; identifiers without one are absent
     * @param nextGlobalId      the first fresh global id
     */
    static Map<Long, Outcome> stitch(Map<Long, IdType> types, Set<List<Long>> edges, Map<Long, Long> previousGlobalIds,
                                     long nextGlobalId, int maxLinksPerType) {
        Map<Long, Set<Long>> neighbours = new HashMap<>();
        types.keySet().forEach(id -> neighbours.put(id, new HashSet<>()));
        for (List<Long> edge : edges) {
            neighbours.get(edge.get(0)).add(edge.get(1));
            neighbours.get(edge.get(1)).add(edge.get(0));
        }

        Set<Long> shared = new HashSet<>();
        for (long id : types.keySet()) {
            Map<IdType, Integer> linksPerType = new EnumMap<>(IdType.class);
            for (long other : neighbours.get(id)) {
                if (types.get(other).isAtLeastAsStrongAs(types.get(id))) {
                    linksPerType.merge(types.get(other), 1, Integer::sum);
                }
            }
            if (linksPerType.values().stream().anyMatch(links -> links > maxLinksPerType)) {
                shared.add(id);
            }
        }

        List<List<Long>> customers = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long start : new TreeSet<>(types.keySet())) {
            if (!seen.add(start)) {
                continue;
            }
            List<Long> customer = new ArrayList<>(List.of(start));
            if (!shared.contains(start)) {
                ArrayDeque<Long> queue = new ArrayDeque<>(List.of(start));
                while (!queue.isEmpty()) {
                    for (long other : neighbours.get(queue.poll())) {
                        if (!shared.contains(other) && seen.add(other)) {
                            customer.add(other);
                            queue.add(other);
                        }
                    }
                }
            }
            customers.add(customer);
        }

        customers.sort(Comparator.<List<Long>>comparingInt(customer -> -customer.size())
                .thenComparing(customer -> shared.contains(customer.get(0)))
                .thenComparingLong(customer -> customer.stream().mapToLong(Long::longValue).min().orElseThrow()));
        Set<Long> claimed = new HashSet<>();
        Map<Long, Outcome> outcomes = new HashMap<>();
        long fresh = nextGlobalId;
        for (List<Long> customer : customers) {
            TreeSet<Long> candidates = new TreeSet<>();
            for (long id : customer) {
                if (previousGlobalIds.containsKey(id)) {
                    candidates.add(previousGlobalIds.get(id));
                }
            }
            candidates.removeAll(claimed);
            long globalId = candidates.isEmpty() ? fresh++ : candidates.first();
            claimed.add(globalId);
            for (long id : customer) {
                outcomes.put(id, new Outcome(globalId, shared.contains(id)));
            }
        }
        return outcomes;
    }
}
