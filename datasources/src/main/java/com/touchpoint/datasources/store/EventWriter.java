package com.touchpoint.datasources.store;

import com.touchpoint.datasources.mapping.MappedRow.EventRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Appends events of one import batch with JDBC batches on a connection of its own, committing every
 * {@value #COMMIT_EVERY} rows so a long import does not hold one huge transaction. If the import fails, the batch
 * is discarded as a whole by {@link ImportBatchRepository#discard(long)}.
 */
public final class EventWriter implements AutoCloseable {

    private static final int COMMIT_EVERY = 20_000;
    private static final String INSERT = "INSERT INTO event (global_id, identifier_id, source_user_id, channel, "
            + "event_type, event_time, campaign, item, order_id, revenue, properties, batch_id, fingerprint) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Connection connection;
    private final PreparedStatement insert;
    private final long batchId;
    private int pending;
    private long written;

    public EventWriter(ProjectStore store, long batchId) throws SQLException {
        this.connection = store.connection();
        this.connection.setAutoCommit(false);
        this.insert = connection.prepareStatement(INSERT);
        this.batchId = batchId;
    }

    public void add(EventRow row, long globalId, long identifierId, long fingerprint) throws SQLException {
        insert.setLong(1, globalId);
        insert.setLong(2, identifierId);
        insert.setString(3, row.sourceUserId());
        insert.setString(4, row.channel());
        insert.setString(5, row.eventType());
        insert.setObject(6, row.timeUtc());
        insert.setString(7, row.campaign());
        insert.setString(8, row.item());
        insert.setString(9, row.orderId());
        if (row.revenue() == null) {
            insert.setNull(10, Types.DECIMAL);
        } else {
            insert.setBigDecimal(10, row.revenue());
        }
        insert.setString(11, row.properties());
        insert.setLong(12, batchId);
        insert.setLong(13, fingerprint);
        insert.addBatch();
        if (++pending == COMMIT_EVERY) {
            flush();
        }
    }

    public long written() {
        return written + pending;
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            written += pending;
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection; insert) {
            flush();
        }
    }
}
