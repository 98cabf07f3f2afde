package com.touchpoint.datasources.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The identity graph of one project in memory: identifiers, the links between identifiers seen on one record, and
 * the customer (global id) each identifier belongs to. The import pipeline loads the stored graph, registers the
 * identifiers and links of new records, writes records with {@link #provisionalGlobalId provisional global ids},
 * and finally {@link #stitch stitches} and writes back the {@link StitchResult}, which also corrects the
 * provisional ids.
 *
 * <p>Memory, all in primitive arrays: per identifier 29 bytes of fields (id, global id, union-find parent, value
 * reference, key hash, type), 11 to 21 bytes of two open-addressing index tables (by key and by id), and its value's
 * length plus one (ASCII; CESU-8 otherwise) in a paged byte store; per link 8 bytes plus 5 to 11 of its table.
 * Arrays grow by doubling. Measured: 3M identifiers of 31 characters on average with 1M links retain 257 MB, 90
 * bytes per identifier. Not thread-safe.
 */
public final class IdentityGraph {

    private static final IdType[] TYPES = IdType.values();
    private static final int INITIAL_CAPACITY = 1024;

    private final ValueArena values = new ValueArena();
    private final IndexHashTable byKey;
    private final IndexHashTable byId;
    private final IndexHashTable byEdge;

    private int count;
    private long[] ids = new long[INITIAL_CAPACITY];
    private byte[] types = new byte[INITIAL_CAPACITY];
    private int[] valueReferences = new int[INITIAL_CAPACITY];
    private int[] keyHashes = new int[INITIAL_CAPACITY];
    /**
     * Stored global id of a committed identifier; for a new one the provisional global id handed out while it was
     * the root of its provisional set, else 0. These are the ids that records may carry.
     */
    private long[] globalIds = new long[INITIAL_CAPACITY];
    /** Union-find parent in the provisional sets; a root's global id is its set's provisional global id. */
    private int[] parents = new int[INITIAL_CAPACITY];
    private final BitSet storedShared = new BitSet();
    /** Indexes of the identifiers of the record being registered (reused: the graph serves one thread). */
    private int[] recordIndexes = new int[8];
    /** Identifiers registered (new or again) since the last stitch: the current import's. */
    private final BitSet registered = new BitSet();

    private int edgeCount;
    private int[] edgeLow = new int[INITIAL_CAPACITY];
    private int[] edgeHigh = new int[INITIAL_CAPACITY];

    /** Identifiers and edges below these counts are in the store (loaded or written back after a stitch). */
    private int committedCount;
    private int committedEdgeCount;
    private long nextId = 1;
    private long nextGlobalId = 1;

    public IdentityGraph() {
        byKey = new IndexHashTable(index -> keyHashes[index]);
        byId = new IndexHashTable(index -> Long.hashCode(ids[index]));
        byEdge = new IndexHashTable(edge -> edgeHash(edgeLow[edge], edgeHigh[edge]));
    }

    /** Number of identifiers. */
    public int size() {
        return count;
    }

    /** Number of distinct links. */
    public int edgeCount() {
        return edgeCount;
    }

    /** Loads a stored identifier that is not shared. */
    public void load(long id, IdType type, String value, long globalId) {
        load(id, type, value, globalId, false);
    }

    /** Loads a stored identifier. Load all identifiers, then all edges, before registering new ones. */
    public void load(long id, IdType type, String value, long globalId, boolean shared) {
        requireLoadingPhase();
        requireValue(type, value);
        if (globalId < 1) {
            throw new IllegalArgumentException("Identifier " + id + " has global id " + globalId
                    + "; stored global ids are positive");
        }
        int hash = keyHash(type, value);
        int keySlot = keySlot(type, value, hash);
        if (byKey.indexAt(keySlot) >= 0) {
            throw new IllegalArgumentException(type + " '" + value + "' is loaded twice, as identifiers "
                    + ids[byKey.indexAt(keySlot)] + " and " + id);
        }
        int idSlot = idSlot(id);
        if (byId.indexAt(idSlot) >= 0) {
            throw new IllegalArgumentException("Identifier id " + id + " is loaded twice");
        }
        int index = append(id, type, value, hash, globalId);
        storedShared.set(index, shared);
        byKey.insert(keySlot, index);
        byId.insert(idSlot, index);
        nextId = Math.max(nextId, id + 1);
        nextGlobalId = Math.max(nextGlobalId, globalId + 1);
        committedCount = count;
    }

    /** Loads a stored link between two loaded identifiers. */
    public void loadEdge(long a, long b) {
        requireLoadingPhase();
        int x = indexOf(a);
        int y = indexOf(b);
        if (x == y) {
            throw new IllegalArgumentException("Stored edge (" + a + ", " + b + ") links an identifier to itself");
        }
        if (!addEdge(x, y)) {
            throw new IllegalArgumentException("Edge (" + a + ", " + b + ") is loaded twice");
        }
        joinUnlessStoredShared(x, y);
        committedEdgeCount = edgeCount;
    }

    /** Makes sure no fresh global id is at or below {@code maxUsedGlobalId}, e.g. ids still used by records. */
    public void reserveGlobalIdsUpTo(long maxUsedGlobalId) {
        nextGlobalId = Math.max(nextGlobalId, maxUsedGlobalId + 1);
    }

    /**
     * The id of an identifier, registering it with a fresh id (above every loaded one) when unseen.
     *
     * @param value the stored form: normalised, and pseudonymised where the project does so
     */
    public long idOf(IdType type, String value) {
        int index = register(type, value); // first: registering may replace the ids array with a larger one
        return ids[index];
    }

    /**
     * Registers the identifiers of one record (as {@link #idOf}) and links every pair of them; returns the id of the
     * first, the record's primary identifier.
     */
    public long registerRecord(IdType[] types, String[] values) {
        if (recordIndexes.length < types.length) {
            recordIndexes = new int[types.length];
        }
        for (int i = 0; i < types.length; i++) {
            recordIndexes[i] = register(types[i], values[i]);
            for (int j = 0; j < i; j++) {
                link(recordIndexes[j], recordIndexes[i]);
            }
        }
        return ids[recordIndexes[0]];
    }

    /** Records that two identifiers were seen on one record; repeated links are kept once. */
    public void link(long a, long b) {
        link(indexOf(a), indexOf(b));
    }

    private int register(IdType type, String value) {
        requireValue(type, value);
        int hash = keyHash(type, value);
        int keySlot = keySlot(type, value, hash);
        int index = byKey.indexAt(keySlot);
        if (index < 0) {
            long id = nextId++;
            index = append(id, type, value, hash, 0);
            byKey.insert(keySlot, index);
            byId.insert(idSlot(id), index);
        }
        registered.set(index);
        return index;
    }

    private void link(int x, int y) {
        if (x != y && addEdge(x, y)) {
            joinUnlessStoredShared(x, y);
        }
    }

    /**
     * The global id to store on a record of this identifier now, before the stitch: the id of its provisional set
     * (the identifiers it is linked to so far, leaving out identifiers stored as shared). A set of new identifiers
     * gets a fresh global id the first time it is asked for.
     */
    public long provisionalGlobalId(long id) {
        int root = find(indexOf(id));
        if (globalIds[root] == 0) {
            globalIds[root] = nextGlobalId++;
        }
        return globalIds[root];
    }

    /**
     * Recomputes all customers from the identifiers and links, reports the changes since the last load or stitch,
     * and takes the result as the stored state.
     *
     * <p>An identifier is shared when it is directly linked to more than {@link StitchPolicy#maxLinksPerType()}
     * identifiers of one type at least as strong as its own; customers are the connected components over the links
     * between non-shared identifiers, and each shared identifier is a customer of its own. Global ids stay stable:
     * taking customers largest first (then ordinary before shared, then by smallest identifier id), each keeps the
     * smallest previous (stored or provisional) global id among its identifiers that no customer before it claimed,
     * or else gets a fresh one above every global id used so far.
     */
    public StitchResult stitch(StitchPolicy policy) {
        CustomerPartition partition = CustomerPartition.compute(count, types, edgeCount, edgeLow, edgeHigh,
                policy.maxLinksPerType());
        PreviousGlobalIds previous = PreviousGlobalIds.of(globalIds, count);
        long[] globalIdOf = GlobalIdAssignment.assign(partition, count, ids, previous, this::indexOf,
                () -> nextGlobalId++);
        RecordCorrections corrections = RecordCorrections.compute(count, ids, previous, this::find, partition,
                globalIdOf);
        StitchResult result = new StitchResult(partition.customers(), corrections.splits(), corrections.merges(),
                changedIdentifiers(partition, globalIdOf), corrections.moved(), newIdentifiers(partition, globalIdOf),
                newEdges(), sharedIdentifiers(partition));
        commit(partition, globalIdOf);
        return result;
    }

    private IdentifierAssignments changedIdentifiers(CustomerPartition partition, long[] globalIdOf) {
        IdentifierAssignments.Builder changed = new IdentifierAssignments.Builder();
        for (int i = 0; i < committedCount; i++) {
            long globalId = globalIdOf[partition.customerOf(i)];
            boolean shared = partition.isShared(i);
            if (globalId != globalIds[i] || shared != storedShared.get(i)) {
                changed.add(ids[i], globalId, shared);
            }
        }
        return changed.build();
    }

    private NewIdentifiers newIdentifiers(CustomerPartition partition, long[] globalIdOf) {
        IdentifierAssignments.Builder assignments = new IdentifierAssignments.Builder();
        for (int i = committedCount; i < count; i++) {
            assignments.add(ids[i], globalIdOf[partition.customerOf(i)], partition.isShared(i));
        }
        return new NewIdentifiers(assignments.build(), Arrays.copyOfRange(types, committedCount, count),
                Arrays.copyOfRange(valueReferences, committedCount, count), values);
    }

    private NewEdges newEdges() {
        int n = edgeCount - committedEdgeCount;
        long[] a = new long[n];
        long[] b = new long[n];
        for (int k = 0; k < n; k++) {
            long first = ids[edgeLow[committedEdgeCount + k]];
            long second = ids[edgeHigh[committedEdgeCount + k]];
            a[k] = Math.min(first, second);
            b[k] = Math.max(first, second);
        }
        return new NewEdges(a, b);
    }

    /** The shared identifiers among those registered since the last stitch. */
    private List<SharedIdentifier> sharedIdentifiers(CustomerPartition partition) {
        List<SharedIdentifier> shared = new ArrayList<>();
        for (int k = 0; k < partition.sharedCount(); k++) {
            int i = partition.sharedIndex(k);
            if (!registered.get(i)) {
                continue;
            }
            shared.add(new SharedIdentifier(ids[i], TYPES[types[i]], values.read(valueReferences[i]),
                    partition.crowdedType(k), partition.crowdedCount(k)));
        }
        return List.copyOf(shared);
    }

    /** The stitched customers become the stored state and the provisional sets. */
    private void commit(CustomerPartition partition, long[] globalIdOf) {
        int[] representative = new int[partition.customers()];
        Arrays.fill(representative, -1);
        for (int i = 0; i < count; i++) {
            int customer = partition.customerOf(i);
            globalIds[i] = globalIdOf[customer];
            storedShared.set(i, partition.isShared(i));
            if (representative[customer] < 0) {
                representative[customer] = i;
            }
            parents[i] = representative[customer];
        }
        committedCount = count;
        committedEdgeCount = edgeCount;
        registered.clear();
    }

    private void joinUnlessStoredShared(int x, int y) {
        if (storedShared.get(x) || storedShared.get(y)) {
            return;
        }
        int rootX = find(x);
        int rootY = find(y);
        if (rootX == rootY) {
            return;
        }
        // the root keeps the smaller provisional global id, so records written with it need no correction
        long globalIdX = globalIds[rootX];
        long globalIdY = globalIds[rootY];
        boolean xStaysRoot = globalIdX != 0 && (globalIdY == 0 || globalIdX <= globalIdY);
        if (xStaysRoot) {
            parents[rootY] = rootX;
        } else {
            parents[rootX] = rootY;
        }
    }

    /** Union-find root, halving the path on the way. */
    private int find(int index) {
        int x = index;
        while (parents[x] != x) {
            parents[x] = parents[parents[x]];
            x = parents[x];
        }
        return x;
    }

    private int append(long id, IdType type, String value, int hash, long globalId) {
        if (count == ids.length) {
            int capacity = count * 2;
            ids = Arrays.copyOf(ids, capacity);
            types = Arrays.copyOf(types, capacity);
            valueReferences = Arrays.copyOf(valueReferences, capacity);
            keyHashes = Arrays.copyOf(keyHashes, capacity);
            globalIds = Arrays.copyOf(globalIds, capacity);
            parents = Arrays.copyOf(parents, capacity);
        }
        int index = count++;
        ids[index] = id;
        types[index] = (byte) type.ordinal();
        valueReferences[index] = values.append(value);
        keyHashes[index] = hash;
        globalIds[index] = globalId;
        parents[index] = index;
        return index;
    }

    /** Adds the edge unless present; returns whether it was added. */
    private boolean addEdge(int x, int y) {
        int low = Math.min(x, y);
        int high = Math.max(x, y);
        int slot = byEdge.firstSlot(edgeHash(low, high));
        for (int edge; (edge = byEdge.indexAt(slot)) >= 0; slot = byEdge.nextSlot(slot)) {
            if (edgeLow[edge] == low && edgeHigh[edge] == high) {
                return false;
            }
        }
        if (edgeCount == edgeLow.length) {
            edgeLow = Arrays.copyOf(edgeLow, edgeCount * 2);
            edgeHigh = Arrays.copyOf(edgeHigh, edgeCount * 2);
        }
        int edge = edgeCount++;
        edgeLow[edge] = low;
        edgeHigh[edge] = high;
        byEdge.insert(slot, edge);
        return true;
    }

    /** The slot holding the identifier, or the empty slot where it would go. */
    private int keySlot(IdType type, String value, int hash) {
        int slot = byKey.firstSlot(hash);
        for (int index; (index = byKey.indexAt(slot)) >= 0; slot = byKey.nextSlot(slot)) {
            if (keyHashes[index] == hash && types[index] == type.ordinal()
                    && values.matches(valueReferences[index], value)) {
                break;
            }
        }
        return slot;
    }

    private int idSlot(long id) {
        int slot = byId.firstSlot(Long.hashCode(id));
        for (int index; (index = byId.indexAt(slot)) >= 0; slot = byId.nextSlot(slot)) {
            if (ids[index] == id) {
                break;
            }
        }
        return slot;
    }

    private int indexOf(long id) {
        int index = byId.indexAt(idSlot(id));
        if (index < 0) {
            throw new IllegalArgumentException("Identifier id " + id + " is not in the identity graph; load it or "
                    + "register it with idOf first");
        }
        return index;
    }

    private void requireLoadingPhase() {
        if (count > committedCount || edgeCount > committedEdgeCount) {
            throw new IllegalStateException("Load the stored identity graph before registering new identifiers or "
                    + "links (or after stitching them)");
        }
    }

    private static void requireValue(IdType type, String value) {
        Objects.requireNonNull(type, "type");
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(type + " value is missing; absent identifiers are not registered");
        }
        if (value.length() > IdentifierNormalizer.MAX_LENGTH) {
            throw new IllegalArgumentException(type + " value has " + value.length() + " characters; normalise it "
                    + "first (at most " + IdentifierNormalizer.MAX_LENGTH + ")");
        }
    }

    private static int keyHash(IdType type, String value) {
        return value.hashCode() ^ type.ordinal() * 0x9E3779B9;
    }

    private static int edgeHash(int low, int high) {
        return low * 0x9E3779B9 + high;
    }
}
