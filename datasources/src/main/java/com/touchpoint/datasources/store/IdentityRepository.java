package com.touchpoint.datasources.store;

import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.identity.IdentifierAssignments;
import com.touchpoint.datasources.identity.IdentityGraph;
import com.touchpoint.datasources.identity.NewEdges;
import com.touchpoint.datasources.identity.NewIdentifiers;
import com.touchpoint.datasources.identity.StitchResult;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static com.touchpoint.datasources.schema.Tables.CUSTOMER;
import static com.touchpoint.datasources.schema.Tables.IDENTIFIER;
import static com.touchpoint.datasources.schema.Tables.IDENTITY_EDGE;

/** The stored identity graph: loads it for an import and writes back what a stitch changed. */
public final class IdentityRepository {

    private final ProjectStore store;
    private final DSLContext dsl;

    public IdentityRepository(ProjectStore store) {
        this.store = store;
        this.dsl = store.dsl();
    }

    public IdentityGraph load() {
        IdentityGraph graph = new IdentityGraph();
        try (var cursor = dsl.select(IDENTIFIER.ID, IDENTIFIER.ID_TYPE, IDENTIFIER.ID_VALUE, IDENTIFIER.GLOBAL_ID,
                IDENTIFIER.SHARED).from(IDENTIFIER).fetchSize(10_000).fetchLazy()) {
            cursor.forEach(r -> graph.load(r.value1(), IdType.valueOf(r.value2()), r.value3(), r.value4(), r.value5()));
        }
        try (var cursor = dsl.select(IDENTITY_EDGE.A, IDENTITY_EDGE.B).from(IDENTITY_EDGE).fetchSize(10_000)
                .fetchLazy()) {
            cursor.forEach(r -> graph.loadEdge(r.value1(), r.value2()));
        }
        Long maxOnIdentifiers = dsl.select(DSL.max(IDENTIFIER.GLOBAL_ID)).from(IDENTIFIER).fetchOne().value1();
        Long maxOnCustomers = dsl.select(DSL.max(CUSTOMER.GLOBAL_ID)).from(CUSTOMER).fetchOne().value1();
        graph.reserveGlobalIdsUpTo(Math.max(maxOnIdentifiers == null ? 0 : maxOnIdentifiers,
                maxOnCustomers == null ? 0 : maxOnCustomers));
        return graph;
    }

    /**
     * Writes the identifiers and links a stitch found new, committing as it goes (a large first import brings
     * millions, and one huge transaction is slow to commit); they carry the batch id, so discarding the batch
     * removes them again.
     */
    public void insertNew(long batchId, StitchResult result) throws SQLException {
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            insertIdentifiers(connection, batchId, result.newIdentifiers());
            insertEdges(connection, batchId, result.newEdges());
            connection.commit();
        }
    }

    /**
     * Writes the rest of a stitch inside the caller's transaction: changed identifiers, and the global ids of stored
     * customers. Events follow their identifier's global id, so they need no change.
     */
    public void apply(DSLContext tx, StitchResult result) {
        tx.connection(connection -> {
            updateIdentifiers(connection, result.changedIdentifiers());
            mergeCustomers(connection, result.globalIdMerges());
        });
    }

    private static void insertIdentifiers(Connection connection, long batchId, NewIdentifiers identifiers)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO identifier (id, id_type, id_value, global_id, shared, batch_id) VALUES (?,?,?,?,?,?)")) {
            for (int k = 0; k < identifiers.size(); k++) {
                insert.setLong(1, identifiers.id(k));
                insert.setString(2, identifiers.type(k).name());
                insert.setString(3, identifiers.value(k));
                insert.setLong(4, identifiers.globalId(k));
                insert.setBoolean(5, identifiers.shared(k));
                insert.setLong(6, batchId);
                insert.addBatch();
                commitEvery(connection, insert, k);
            }
            insert.executeBatch();
        }
    }

    private static void insertEdges(Connection connection, long batchId, NewEdges edges) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO identity_edge (a, b, batch_id) VALUES (?,?,?)")) {
            for (int k = 0; k < edges.size(); k++) {
                insert.setLong(1, Math.min(edges.a(k), edges.b(k)));
                insert.setLong(2, Math.max(edges.a(k), edges.b(k)));
                insert.setLong(3, batchId);
                insert.addBatch();
                commitEvery(connection, insert, k);
            }
            insert.executeBatch();
        }
    }

    private static void commitEvery(Connection connection, PreparedStatement insert, int k) throws SQLException {
        if (k % 20_000 == 19_999) {
            insert.executeBatch();
            connection.commit();
        }
    }

    private static void updateIdentifiers(Connection connection, IdentifierAssignments changed) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE identifier SET global_id = ?, shared = ? WHERE id = ?")) {
            for (int k = 0; k < changed.size(); k++) {
                update.setLong(1, changed.globalId(k));
                update.setBoolean(2, changed.shared(k));
                update.setLong(3, changed.id(k));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Merges the customers of merged global ids into the surviving one, through a temporary old → new table. */
    private static void mergeCustomers(Connection connection, Map<Long, Long> merges) throws SQLException {
        if (merges.isEmpty()) {
            return;
        }
        long[] oldIds = merges.keySet().stream().mapToLong(Long::longValue).toArray();
        long[] newIds = merges.values().stream().mapToLong(Long::longValue).toArray();
        withRemapTable(connection, oldIds, newIds, statement -> {
            statement.executeUpdate("MERGE INTO customer c USING (SELECT o.*, r.new_id FROM customer o "
                    + "JOIN remap r ON r.old_id = o.global_id) m ON (c.global_id = m.new_id) "
                    + "WHEN MATCHED THEN UPDATE SET display_name = COALESCE(c.display_name, m.display_name), "
                    + "gender = COALESCE(c.gender, m.gender), birth_date = COALESCE(c.birth_date, m.birth_date), "
                    + "city = COALESCE(c.city, m.city), member_level = COALESCE(c.member_level, m.member_level), "
                    + "signup_time = COALESCE(c.signup_time, m.signup_time), "
                    + "attributes = COALESCE(c.attributes, m.attributes) "
                    + "WHEN NOT MATCHED THEN INSERT (global_id, display_name, gender, birth_date, city, member_level, "
                    + "signup_time, attributes) VALUES (m.new_id, m.display_name, m.gender, m.birth_date, m.city, "
                    + "m.member_level, m.signup_time, m.attributes)");
            statement.executeUpdate("DELETE FROM customer WHERE global_id IN (SELECT old_id FROM remap)");
        });
    }

    private interface StatementWork {
        void run(Statement statement) throws SQLException;
    }

    private static void withRemapTable(Connection connection, long[] from, long[] to, StatementWork work)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE LOCAL TEMPORARY TABLE remap (old_id BIGINT PRIMARY KEY, new_id BIGINT) "
                    + "TRANSACTIONAL");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO remap VALUES (?, ?)")) {
                for (int k = 0; k < from.length; k++) {
                    insert.setLong(1, from[k]);
                    insert.setLong(2, to[k]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            work.run(statement);
            statement.execute("DROP TABLE remap");
        }
    }
}
