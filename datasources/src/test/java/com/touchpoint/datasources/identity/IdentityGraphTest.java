package com.touchpoint.datasources.identity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static com.touchpoint.datasources.identity.Seen.cookie;
import static com.touchpoint.datasources.identity.Seen.device;
import static com.touchpoint.datasources.identity.Seen.email;
import static com.touchpoint.datasources.identity.Seen.member;
import static com.touchpoint.datasources.identity.Seen.onRecord;
import static com.touchpoint.datasources.identity.Seen.phone;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityGraphTest {

    private final Random random = new Random(7);

    @Test
    void crmPosAndWebRecordsFormCustomers() {
        IdentityGraph graph = new IdentityGraph();
        // ids follow registration order: m1=1 p1=2 e1=3, m2=4 p2=5 e2=6, m3=7 p3=8, c1=9, c2=10, c3=11
        onRecord(graph, member("m1"), phone("p1"), email("e1"));      // CRM
        onRecord(graph, member("m2"), phone("p2"), email("e2"));      // CRM
        onRecord(graph, member("m1"), phone("p1"));                   // POS: same pair again, no new edge
        onRecord(graph, member("m3"), phone("p3"));                   // POS
        onRecord(graph, cookie("c1"), member("m1"));                  // web
        onRecord(graph, cookie("c2"), member("m2"));                  // web
        onRecord(graph, cookie("c3"));                                // web, anonymous
        // edges: 1-2 1-3 2-3, 4-5 4-6 5-6, 7-8, 1-9, 4-10 = 9 distinct
        assertEquals(11, graph.size());
        assertEquals(9, graph.edgeCount());

        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);

        // customers {1,2,3,9} and {4,5,6,10} (size 4, taken by smallest id), {7,8}, {11}: fresh global ids 1..4
        assertEquals(4, result.customers());
        assertEquals(Map.of(1L, List.of(1L, 2L, 3L, 9L), 2L, List.of(4L, 5L, 6L, 10L), 3L, List.of(7L, 8L),
                4L, List.of(11L)), identifiersByGlobalId(result.newIdentifiers()));
        assertEquals(9, result.newEdges().size());
        assertEquals(0, result.merges());
        assertEquals(0, result.splits());
        assertEquals(0, result.changedIdentifiers().size());
        assertEquals(List.of(), result.sharedIdentifiers());
        assertEquals(IdType.EMAIL, result.newIdentifiers().type(2));
        assertEquals("e1", result.newIdentifiers().value(2));
    }

    @Test
    void stitchingAgainWithoutNewDataChangesNothing() {
        IdentityGraph graph = new IdentityGraph();
        onRecord(graph, member("m1"), phone("p1"), email("e1"));
        onRecord(graph, cookie("c1"), member("m1"));
        onRecord(graph, device("d1"));
        StoreDouble store = new StoreDouble();
        store.apply(graph.stitch(StitchPolicy.DEFAULT));

        StitchResult again = graph.stitch(StitchPolicy.DEFAULT);
        assertTrue(again.changesNothing());
        assertEquals(2, again.customers());

        StitchResult afterReload = store.load(random).stitch(StitchPolicy.DEFAULT);
        assertTrue(afterReload.changesNothing());
        assertEquals(2, afterReload.customers());
    }

    @Test
    void linkAcrossImportsMergesCustomersAndTheSmallerGlobalIdSurvives() {
        StoreDouble store = new StoreDouble();
        store.putIdentifier(1, IdType.MEMBER, "m1", 10, false);
        store.putIdentifier(2, IdType.PHONE, "p1", 10, false);
        store.putIdentifier(3, IdType.COOKIE, "c1", 20, false);
        store.putIdentifier(4, IdType.EMAIL, "e1", 20, false);
        store.putIdentifier(5, IdType.MEMBER, "m9", 30, false);
        store.putEdge(1, 2);
        store.putEdge(3, 4);
        store.identifiers.keySet().forEach(store::putStoredEvent);
        IdentityGraph graph = store.load(random);

        // a record with p1 and e1 joins customers 10 and 20; one with e1 and a new cookie (id 6) extends it
        store.importRecord(graph, phone("p1"), email("e1"));
        store.importRecord(graph, email("e1"), cookie("c2"));
        assertEquals(6, graph.idOf(IdType.COOKIE, "c2"));
        // provisionally the joined set already carries the smaller id
        assertEquals(10, graph.provisionalGlobalId(3));
        assertEquals(10, graph.provisionalGlobalId(6));
        assertEquals(30, graph.provisionalGlobalId(5));

        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);

        // {1,2,3,4,6} holds previous ids 10 and 20 and keeps 10; {5} keeps 30
        assertEquals(2, result.customers());
        assertEquals(Map.of(20L, 10L), result.globalIdMerges());
        assertEquals(0, result.splits());
        assertEquals(Map.of(3L, 10L, 4L, 10L), globalIds(result.changedIdentifiers()));
        assertEquals(Map.of(6L, 10L), newGlobalIds(result));
        assertEquals(0, result.movedIdentifiers().size());
        assertArrayEquals(new long[][] {{2, 4}, {4, 6}}, edges(result.newEdges()));

        store.apply(result);
        store.assertEventsConsistent();
        assertTrue(store.load(random).stitch(StitchPolicy.DEFAULT).changesNothing());
    }

    @Test
    void provisionalGlobalIdsOfJoinedNewCustomersAreMergedInBulk() {
        StoreDouble store = new StoreDouble();
        IdentityGraph graph = new IdentityGraph();
        // m1=1 p1=2: event of m1 gets fresh id 1; c1=3 alone: fresh id 2
        store.importRecord(graph, member("m1"), phone("p1"));
        store.importRecord(graph, cookie("c1"));
        assertEquals(List.of(1L, 2L), store.events.stream().map(event -> event.globalId).toList());
        // c1 and p1 together: the joined set keeps 1; this event (primary p1) carries 1
        store.importRecord(graph, cookie("c1"), phone("p1"));
        assertEquals(1, graph.provisionalGlobalId(3));

        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);

        assertEquals(1, result.customers());
        assertEquals(Map.of(1L, 1L, 2L, 1L, 3L, 1L), newGlobalIds(result));
        assertEquals(Map.of(2L, 1L), result.globalIdMerges());
        store.apply(result);
        store.assertEventsConsistent();
    }

    @Test
    void deviceSeenWithSixMembersIsSharedAndLinksNobody() {
        IdentityGraph graph = new IdentityGraph();
        // m1=1, d=2, m2..m6=3..7
        for (int k = 1; k <= 6; k++) {
            onRecord(graph, member("m" + k), device("d"));
        }

        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);

        // d has 6 distinct MEMBER links > 5: shared. Seven customers of one identifier each, ordinary ones first by
        // id (1, 3, 4, 5, 6, 7 get 1..6), then the shared device (7)
        assertEquals(7, result.customers());
        assertEquals(Map.of(1L, 1L, 3L, 2L, 4L, 3L, 5L, 4L, 6L, 5L, 7L, 6L, 2L, 7L), newGlobalIds(result));
        assertEquals(List.of(new SharedIdentifier(2, IdType.DEVICE, "d", IdType.MEMBER, 6)),
                result.sharedIdentifiers());
        assertTrue(result.newIdentifiers().shared(1));
        assertFalse(result.newIdentifiers().shared(0));

        // The next import reports the shared device only when its own records carry it.
        onRecord(graph, member("m9"), device("e"));
        assertEquals(List.of(), graph.stitch(StitchPolicy.DEFAULT).sharedIdentifiers());
        onRecord(graph, member("m9"), device("d"));
        assertEquals(List.of(new SharedIdentifier(2, IdType.DEVICE, "d", IdType.MEMBER, 7)),
                graph.stitch(StitchPolicy.DEFAULT).sharedIdentifiers());
    }

    @Test
    void deviceSeenWithFiveMembersLinksThem() {
        IdentityGraph graph = new IdentityGraph();
        for (int k = 1; k <= 5; k++) {
            onRecord(graph, member("m" + k), device("d"));
        }
        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);
        assertEquals(1, result.customers());
        assertEquals(List.of(), result.sharedIdentifiers());
    }

    @Test
    void thresholdComesFromThePolicy() {
        IdentityGraph graph = new IdentityGraph();
        for (int k = 1; k <= 6; k++) {
            onRecord(graph, member("m" + k), device("d"));
        }
        assertEquals(1, graph.stitch(new StitchPolicy(6)).customers());
        assertThrows(IllegalArgumentException.class, () -> new StitchPolicy(0));
    }

    @Test
    void memberSeenWithEightCookiesIsNotSharedAsCookiesAreWeaker() {
        IdentityGraph graph = new IdentityGraph();
        for (int k = 1; k <= 8; k++) {
            onRecord(graph, member("m"), cookie("c" + k));
        }
        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);
        // each cookie has one MEMBER link; the member's 8 COOKIE links do not count: one customer of 9
        assertEquals(1, result.customers());
        assertEquals(List.of(), result.sharedIdentifiers());
    }

    @Test
    void identifierThatBecomesSharedSplitsItsCustomer() {
        StoreDouble store = new StoreDouble();
        // stored: device d (id 1) linked to m1..m5 (ids 2..6), all customer 1
        store.putIdentifier(1, IdType.DEVICE, "d", 1, false);
        for (int k = 1; k <= 5; k++) {
            store.putIdentifier(k + 1, IdType.MEMBER, "m" + k, 1, false);
            store.putEdge(1, k + 1);
        }
        store.identifiers.keySet().forEach(store::putStoredEvent);
        IdentityGraph graph = store.load(random);

        // a sixth member (id 7) on the device: provisionally still customer 1
        store.importRecord(graph, member("m6"), device("d"));
        assertEquals(1, graph.provisionalGlobalId(7));

        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);

        // d is shared now: seven singletons. Ordinary ones by id: 2 keeps 1; 3..6 had only 1, taken: fresh 2..5;
        // 7 had none: fresh 6; then the shared d: 1 is taken: fresh 7
        assertEquals(7, result.customers());
        assertEquals(1, result.splits());
        assertEquals(Map.of(), result.globalIdMerges());
        assertEquals(Map.of(1L, 7L, 3L, 2L, 4L, 3L, 5L, 4L, 6L, 5L), globalIds(result.changedIdentifiers()));
        IdentifierAssignments changed = result.changedIdentifiers();
        for (int k = 0; k < changed.size(); k++) {
            assertEquals(changed.id(k) == 1, changed.shared(k), "shared flag of " + changed.id(k));
        }
        assertEquals(Map.of(7L, 6L), newGlobalIds(result));
        // every identifier that held 1 and now has another id moves its records one by one
        assertEquals(Map.of(1L, 7L, 3L, 2L, 4L, 3L, 5L, 4L, 6L, 5L, 7L, 6L), globalIds(result.movedIdentifiers()));
        assertEquals(List.of(new SharedIdentifier(1, IdType.DEVICE, "d", IdType.MEMBER, 6)),
                result.sharedIdentifiers());

        store.apply(result);
        store.assertEventsConsistent();
        assertTrue(store.load(random).stitch(StitchPolicy.DEFAULT).changesNothing());
    }

    @Test
    void identifierStoredAsSharedJoinsNothingProvisionally() {
        StoreDouble store = new StoreDouble();
        store.putIdentifier(1, IdType.DEVICE, "d", 7, true);
        for (int k = 1; k <= 6; k++) {
            store.putIdentifier(k + 1, IdType.MEMBER, "m" + k, k, false);
            store.putEdge(1, k + 1);
        }
        IdentityGraph graph = store.load(random);
        assertEquals(1, graph.provisionalGlobalId(2));

        long newMember = store.importRecord(graph, member("m7"), device("d"));
        // the new member does not join the device's customer 7: it gets a fresh id above 7
        assertEquals(8, graph.provisionalGlobalId(newMember));

        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);
        assertEquals(8, result.customers());
        assertEquals(0, result.changedIdentifiers().size());
        assertEquals(Map.of(8L, 8L), newGlobalIds(result));
        assertEquals(new SharedIdentifier(1, IdType.DEVICE, "d", IdType.MEMBER, 7), result.sharedIdentifiers().get(0));
    }

    @Test
    void idsAreStableAndNewOnesFollowTheLargestLoadedId() {
        IdentityGraph graph = new IdentityGraph();
        graph.load(5, IdType.MEMBER, "m1", 3);
        graph.load(42, IdType.PHONE, "8613800138000", 3);
        assertEquals(5, graph.idOf(IdType.MEMBER, "m1"));
        assertEquals(43, graph.idOf(IdType.USER, "m1"));
        assertEquals(44, graph.idOf(IdType.COOKIE, "会员-张三"));
        assertEquals(44, graph.idOf(IdType.COOKIE, "会员-张三"));
        assertNotEquals(44, graph.idOf(IdType.COOKIE, "会员-张四"));
        String longValue = "é".repeat(200);
        long longId = graph.idOf(IdType.DEVICE, longValue);
        assertEquals(longId, graph.idOf(IdType.DEVICE, longValue));

        NewIdentifiers added = graph.stitch(StitchPolicy.DEFAULT).newIdentifiers();
        assertEquals(List.of("m1", "会员-张三", "会员-张四", longValue),
                IntStream.range(0, added.size()).mapToObj(added::value).toList());
    }

    @Test
    void manyIdentifiersSurviveTableGrowth() {
        IdentityGraph graph = new IdentityGraph();
        int n = 50_000;
        for (int i = 1; i <= n; i++) {
            assertEquals(i, graph.idOf(IdType.COOKIE, "cookie-" + i));
        }
        for (int i = 1; i <= n; i += 2) {
            graph.link(i, i + 1);
        }
        for (int i = 1; i <= n; i++) {
            assertEquals(i, graph.idOf(IdType.COOKIE, "cookie-" + i));
        }
        assertEquals(n, graph.size());
        assertEquals(n / 2, graph.edgeCount());
        // pairs {1,2}, {3,4}, ... taken by smallest id: pair k gets global id k
        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);
        assertEquals(n / 2, result.customers());
        assertEquals(n / 2, result.newIdentifiers().globalId(n - 1));
    }

    @Test
    void freshGlobalIdsStayAboveReservedOnes() {
        IdentityGraph graph = new IdentityGraph();
        graph.load(1, IdType.MEMBER, "m1", 3);
        graph.reserveGlobalIdsUpTo(100);
        long cookie = graph.idOf(IdType.COOKIE, "c1");
        assertEquals(101, graph.provisionalGlobalId(cookie));
    }

    @Test
    void emptyGraphStitchesToNoCustomers() {
        StitchResult result = new IdentityGraph().stitch(StitchPolicy.DEFAULT);
        assertEquals(0, result.customers());
        assertTrue(result.changesNothing());
    }

    @Test
    void rejectsMisuseWithClearMessages() {
        IdentityGraph graph = new IdentityGraph();
        graph.load(1, IdType.MEMBER, "m1", 1);
        assertThrows(IllegalArgumentException.class, () -> graph.load(2, IdType.MEMBER, "m1", 1));
        assertThrows(IllegalArgumentException.class, () -> graph.load(1, IdType.MEMBER, "m2", 1));
        assertThrows(IllegalArgumentException.class, () -> graph.load(3, IdType.MEMBER, "m3", 0));
        assertThrows(IllegalArgumentException.class, () -> graph.loadEdge(1, 1));
        assertThrows(IllegalArgumentException.class, () -> graph.idOf(IdType.PHONE, ""));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> graph.link(1, 99));
        assertEquals("Identifier id 99 is not in the identity graph; load it or register it with idOf first",
                unknown.getMessage());
        graph.idOf(IdType.COOKIE, "c1");
        assertThrows(IllegalStateException.class, () -> graph.load(5, IdType.MEMBER, "m5", 1));
    }

    private static Map<Long, Long> newGlobalIds(StitchResult result) {
        NewIdentifiers added = result.newIdentifiers();
        Map<Long, Long> globalIds = new HashMap<>();
        for (int k = 0; k < added.size(); k++) {
            globalIds.put(added.id(k), added.globalId(k));
        }
        return globalIds;
    }

    private static Map<Long, List<Long>> identifiersByGlobalId(NewIdentifiers added) {
        Map<Long, List<Long>> customers = new TreeMap<>();
        for (int k = 0; k < added.size(); k++) {
            customers.computeIfAbsent(added.globalId(k), globalId -> new ArrayList<>()).add(added.id(k));
        }
        return customers;
    }

    private static Map<Long, Long> globalIds(IdentifierAssignments assignments) {
        Map<Long, Long> globalIds = new HashMap<>();
        for (int k = 0; k < assignments.size(); k++) {
            globalIds.put(assignments.id(k), assignments.globalId(k));
        }
        return globalIds;
    }

    private static long[][] edges(NewEdges edges) {
        long[][] pairs = new long[edges.size()][];
        for (int k = 0; k < edges.size(); k++) {
            pairs[k] = new long[] {edges.a(k), edges.b(k)};
        }
        return pairs;
    }
}
