package com.touchpoint.datasources.events;

import com.touchpoint.datasources.store.ProjectException;
import com.touchpoint.datasources.store.ProjectStore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Every stored identifier's current global id (and, when asked for, its stored value), by identifier id: how an
 * event, which keeps only its primary identifier's id, finds its customer and its source user id.
 */
final class IdentifierDirectory {

    private long[] ids;
    private long[] globalIds;
    private String[] values;
    private int size;
    private LongIndex index;

    private IdentifierDirectory(int capacity, boolean withValues) {
        ids = new long[capacity];
        globalIds = new long[capacity];
        values = withValues ? new String[capacity] : null;
    }

    static IdentifierDirectory load(ProjectStore store, boolean withValues) {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
            int capacity;
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM identifier")) {
                count.next();
                capacity = count.getInt(1);
            }
            IdentifierDirectory directory = new IdentifierDirectory(capacity, withValues);
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery("SELECT id, global_id" + (withValues ? ", id_value" : "")
                    + " FROM identifier ORDER BY id")) {
                while (rows.next()) {
                    directory.add(rows.getLong(1), rows.getLong(2), withValues ? rows.getString(3) : null);
                }
            }
            directory.index = new LongIndex(directory.ids, directory.size);
            return directory;
        } catch (SQLException e) {
            throw new ProjectException("The identifiers of " + store.file().displayName() + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    private void add(long id, long globalId, String value) {
        if (size == ids.length) {
            int capacity = Math.max(16, size * 2);
            ids = Arrays.copyOf(ids, capacity);
            globalIds = Arrays.copyOf(globalIds, capacity);
            values = values == null ? null : Arrays.copyOf(values, capacity);
        }
        ids[size] = id;
        globalIds[size] = globalId;
        if (values != null) {
            values[size] = value;
        }
        size++;
    }

    /** The index of an identifier id. */
    int indexOf(long identifierId) {
        int found = index.indexOf(identifierId);
        if (found < 0) {
            throw new IllegalStateException("an event refers to identifier " + identifierId
                    + ", which the project does not have");
        }
        return found;
    }

    long globalId(int index) {
        return globalIds[index];
    }

    /** The stored value (a salted hash for phones and e-mails in a pseudonymised project). */
    String value(int index) {
        return values[index];
    }

    int size() {
        return size;
    }
}
