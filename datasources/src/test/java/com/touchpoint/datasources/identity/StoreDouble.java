package com.touchpoint.datasources.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identifier, identity_edge and event tables of a project as maps. Loads them into a graph, writes records
 * with provisional global ids, and applies stitch results the way the import pipeline writes them back.
 */
final class StoreDouble {

    record Identifier(IdType type, String value, long globalId, boolean shared) {
    }

    /** An event row: its primary identifier and the global id stored on it. */
    static final class Event {
        final long identifierId;
        long globalId;

        Event(long identifierId, long globalId) {
            this.identifierId = identifierId;
            this.globalId = globalId;
        }
    }

    final Map<Long, Identifier> identifiers = new TreeMap<>();
    final TreeSet<List<Long>> edges = new TreeSet<>((x, y) -> x.get(0).equals(y.get(0))
            ? Long.compare(x.get(1), y.get(1)) : Long.compare(x.get(0), y.get(0)));
    final List<Event> events = new ArrayList<>();

    void putIdentifier(long id, IdType type, String value, long globalId, boolean shared) {
        identifiers.put(id, new Identifier(type, value, globalId, shared));
    }

    void putEdge(long a, long b) {
        edges.add(List.of(Math.min(a, b), Math.max(a, b)));
    }

    /** An event stored earlier, carrying its identifier's stored global id. */
    void putStoredEvent(long identifierId) {
        events.add(new Event(identifierId, identifiers.get(identifierId).globalId()));
    }

    /** Loads identifiers in a shuffled order (so graph positions differ from ids), then edges. */
    IdentityGraph load(Random random) {
        IdentityGraph graph = new IdentityGraph();
        List<Long> ids = new ArrayList<>(identifiers.keySet());
        Collections.shuffle(ids, random);
        for (long id : ids) {
            Identifier identifier = identifiers.get(id);
            graph.load(id, identifier.type(), identifier.value(), identifier.globalId(), identifier.shared());
        }
        for (List<Long> edge : edges) {
            graph.loadEdge(edge.get(0), edge.get(1));
        }
        return graph;
    }

    /**
     * Imports one record as the pipeline does: registers and links its identifiers, and stores an event under its
     * primary (strongest) identifier with that identifier's provisional global id.
     */
    long importRecord(IdentityGraph graph, Seen... seen) {
        long[] ids = Seen.onRecord(graph, seen);
        int primary = 0;
        for (int k = 1; k < seen.length; k++) {
            if (seen[k].type().ordinal() < seen[primary].type().ordinal()) {
                primary = k;
            }
        }
        events.add(new Event(ids[primary], graph.provisionalGlobalId(ids[primary])));
        return ids[primary];
    }

    void apply(StitchResult result) {
        NewIdentifiers added = result.newIdentifiers();
        for (int k = 0; k < added.size(); k++) {
            assertNull(identifiers.put(added.id(k),
                    new Identifier(added.type(k), added.value(k), added.globalId(k), added.shared(k))));
        }
        IdentifierAssignments changed = result.changedIdentifiers();
        for (int k = 0; k < changed.size(); k++) {
            Identifier old = identifiers.get(changed.id(k));
            assertNotNull(old, "changed identifier " + changed.id(k) + " is not stored");
            identifiers.put(changed.id(k), new Identifier(old.type(), old.value(), changed.globalId(k),
                    changed.shared(k)));
        }
        NewEdges newEdges = result.newEdges();
        for (int k = 0; k < newEdges.size(); k++) {
            assertTrue(newEdges.a(k) < newEdges.b(k));
            assertTrue(edges.add(List.of(newEdges.a(k), newEdges.b(k))), "edge stored twice");
        }
        // one bulk update per merge entry, in the map's order, as SQL statements would run
        for (Map.Entry<Long, Long> merge : result.globalIdMerges().entrySet()) {
            assertFalse(result.globalIdMerges().containsKey(merge.getValue()), "merge target is also merged");
            for (Event event : events) {
                if (event.globalId == merge.getKey()) {
                    event.globalId = merge.getValue();
                }
            }
        }
        IdentifierAssignments moved = result.movedIdentifiers();
        for (int k = 0; k < moved.size(); k++) {
            for (Event event : events) {
                if (event.identifierId == moved.id(k)) {
                    event.globalId = moved.globalId(k);
                }
            }
        }
    }

    /** Every event carries the global id of its identifier. */
    void assertEventsConsistent() {
        for (Event event : events) {
            assertEquals(identifiers.get(event.identifierId).globalId(), event.globalId,
                    "event of identifier " + event.identifierId);
        }
    }

    long globalIdOf(long id) {
        return identifiers.get(id).globalId();
    }

    boolean isShared(long id) {
        return identifiers.get(id).shared();
    }

    Map<Long, Long> globalIds() {
        Map<Long, Long> globalIds = new HashMap<>();
        identifiers.forEach((id, identifier) -> globalIds.put(id, identifier.globalId()));
        return globalIds;
    }

    Map<Long, IdType> types() {
        Map<Long, IdType> types = new HashMap<>();
        identifiers.forEach((id, identifier) -> types.put(id, identifier.type()));
        return types;
    }

    long highestGlobalId() {
        return identifiers.values().stream().mapToLong(Identifier::globalId).max().orElse(0);
    }
}
