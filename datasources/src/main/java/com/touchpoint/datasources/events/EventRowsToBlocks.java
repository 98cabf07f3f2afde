package com.touchpoint.datasources.events;

import com.touchpoint.datasources.mapping.MappedRow.EventRow;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Moves the event rows of a project made before event blocks (schema version 2) into blocks, keeping each import's
 * events in their order, fingerprints and counts per channel. Runs inside the migration's transaction: if it fails
 * the project stays as it was.
 */
public final class EventRowsToBlocks {

    private static final String ROWS = "SELECT batch_id, identifier_id, channel, event_type, event_time, campaign, "
            + "item, order_id, revenue, properties, fingerprint FROM event ORDER BY batch_id, id";

    private final DSLContext dsl;
    private final PreparedStatement insertBlock;
    private EventBlockBuilder block = new EventBlockBuilder();
    private final Map<String, Long> channelCounts = new HashMap<>();
    private long batchId = -1;
    private int blockNo;

    private EventRowsToBlocks(Connection connection) throws SQLException {
        this.dsl = DSL.using(connection, SQLDialect.H2);
        this.insertBlock = connection.prepareStatement(EventBlockRepository.INSERT);
    }

    public static void move(Connection connection) throws SQLException {
        EventRowsToBlocks move = new EventRowsToBlocks(connection);
        try (move.insertBlock; Statement statement = connection.createStatement()) {
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery(ROWS)) {
                while (rows.next()) {
                    move.add(rows);
                }
            }
            move.endBatch();
        }
    }

    private void add(ResultSet row) throws SQLException {
        long rowBatch = row.getLong(1);
        if (rowBatch != batchId) {
            endBatch();
            batchId = rowBatch;
        }
        long identifierId = row.getLong(2);
        if (row.wasNull()) {
            throw new SQLException("an event of import " + rowBatch + " has no identifier; the project is damaged");
        }
        EventRow event = new EventRow(0, Map.of(), null, row.getString(3), row.getString(4),
                row.getObject(5, LocalDateTime.class), row.getString(6), row.getString(7), row.getString(8),
                row.getBigDecimal(9), row.getString(10));
        block.put(event, identifierId, row.getLong(11));
        if (block.size() == EventBlockBuilder.ROWS) {
            storeBlock();
        }
    }

    private void storeBlock() throws SQLException {
        EncodedBlock encoded = EventBlockCodec.encode(block);
        EventBlockRepository.insert(insertBlock, batchId, blockNo++, encoded);
        encoded.channelCounts().forEach((channel, n) -> channelCounts.merge(channel, n, Long::sum));
        block = new EventBlockBuilder();
    }

    private void endBatch() throws SQLException {
        if (block.size() > 0) {
            storeBlock();
        }
        EventBlockRepository.insertCounts(dsl, batchId, channelCounts);
        channelCounts.clear();
        blockNo = 0;
    }
}
