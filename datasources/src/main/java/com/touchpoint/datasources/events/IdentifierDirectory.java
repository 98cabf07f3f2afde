package com.touchpoint.datasources.events;

import com.touchpoint.datasources.store.ProjectException;
import com.touchpoint.datasources.store.ProjectStore;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static com.touchpoint.datasources.schema.Tables.IDENTIFIER;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Every stored identifier's current global id, by identifier id: how an event, which keeps only its primary
 * identifier's id, finds its customer. Stored values (an event's source user id) stay in the database and are read
 * for the rows shown, or matched and ranked there.
 */
final class IdentifierDirectory {

    private static final int LOOKUP_CHUNK = 512;

    private final ProjectStore store;
    private long[] ids;
    private long[] globalIds;
    private int size;
    private LongIndex positions;
    private long[] ranks;

    private IdentifierDirectory(ProjectStore store, int capacity) {
        this.store = store;
        ids = new long[capacity];
        globalIds = new long[capacity];
    }

    static IdentifierDirectory load(ProjectStore store) {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
            int capacity;
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM identifier")) {
                count.next();
                capacity = count.getInt(1);
            }
            IdentifierDirectory directory = new IdentifierDirectory(store, capacity);
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery("SELECT id, global_id FROM identifier ORDER BY id")) {
                while (rows.next()) {
                    directory.add(rows.getLong(1), rows.getLong(2));
                }
            }
            directory.positions = new LongIndex(directory.ids, directory.size);
            return directory;
        } catch (SQLException e) {
            throw new ProjectException("The identifiers of " + store.file().displayName() + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    private void add(long id, long globalId) {
        if (size == ids.length) {
            int capacity = Math.max(16, size * 2);
            ids = Arrays.copyOf(ids, capacity);
            globalIds = Arrays.copyOf(globalIds, capacity);
        }
        ids[size] = id;
        globalIds[size] = globalId;
        size++;
    }

    /** The index of an identifier id. */
    int indexOf(long identifierId) {
        int found = positions.indexOf(identifierId);
        if (found < 0) {
            throw new IllegalStateException("an event refers to identifier " + identifierId
                    + ", which the project does not have");
        }
        return found;
    }

    long globalId(int index) {
        return globalIds[index];
    }

    /** The stored values of some identifiers, by index (a salted hash for phones and e-mails where pseudonymised). */
    Map<Integer, String> values(Collection<Integer> indexes) {
        Map<Long, Integer> byId = new HashMap<>();
        indexes.forEach(index -> byId.put(ids[index], index));
        Map<Integer, String> values = new HashMap<>();
        // An array parameter lets H2 find each id through the primary key, but it then checks every row found
        // against the whole array: ids go in chunks, so that check stays short (a 20,000-row export page in one
        // query took seconds; a list of parameters, IN (?, ?, …), even scanned the whole table).
        Long[] wanted = byId.keySet().toArray(Long[]::new);
        try (Connection connection = store.connection(); PreparedStatement select = connection.prepareStatement(
                "SELECT id, id_value FROM identifier WHERE id = ANY(?)")) {
            for (int from = 0; from < wanted.length; from += LOOKUP_CHUNK) {
                select.setObject(1, Arrays.copyOfRange(wanted, from, Math.min(wanted.length, from + LOOKUP_CHUNK)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        values.put(byId.get(rows.getLong(1)), rows.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new ProjectException("The identifiers of " + store.file().displayName() + " could not be read: "
                    + e.getMessage(), e);
        }
        return values;
    }

    /** Which identifiers' stored values contain the lower-case needle, ignoring case; by index. */
    boolean[] containing(String lowerCaseNeedle) {
        boolean[] matches = new boolean[size];
        String pattern = "%" + lowerCaseNeedle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        try (var cursor = store.dsl().select(IDENTIFIER.ID).from(IDENTIFIER)
                .where(DSL.lower(IDENTIFIER.ID_VALUE).like(pattern, '\\')).fetchSize(10_000).fetchLazy()) {
            cursor.forEach(r -> {
                int found = positions.indexOf(r.value1());
                if (found >= 0) {
                    matches[found] = true;
                }
            });
        }
        return matches;
    }

    /**
     * Each identifier's rank when all are sorted by stored value, by index; worked out once, in memory (the values are
     * held only meanwhile: a database sort of millions of unindexed values takes far longer).
     */
    long[] ranksByValue() {
        if (ranks == null) {
            String[] values = allValues();
            int[] byValue = new int[size];
            Arrays.setAll(byValue, k -> k);
            IntSort.sort(byValue, (a, b) -> values[a].compareTo(values[b]));
            ranks = new long[size];
            for (int r = 0; r < size; r++) {
                ranks[byValue[r]] = r;
            }
        }
        return ranks;
    }

    /** Every identifier's stored value, by index, in one pass over the table. */
    String[] allValues() {
        String[] values = new String[size];
        try (var cursor = store.dsl().select(IDENTIFIER.ID, IDENTIFIER.ID_VALUE).from(IDENTIFIER).fetchSize(10_000)
                .fetchLazy()) {
            cursor.forEach(r -> {
                int found = positions.indexOf(r.value1());
                if (found >= 0) {
                    values[found] = r.value2();
                }
            });
        }
        return values;
    }

    long id(int index) {
        return ids[index];
    }

    int size() {
        return size;
    }
}
