package com.touchpoint.datasources.events;

import com.touchpoint.datasources.store.ProjectException;
import com.touchpoint.datasources.store.ProjectStore;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import static com.touchpoint.datasources.schema.Tables.EVENT_BLOCK;
import static com.touchpoint.datasources.schema.Tables.EVENT_COUNT;
import static com.touchpoint.datasources.schema.Tables.IMPORT_BATCH;

/** The stored event blocks of finished imports (an import's blocks count once it has finished). */
public final class EventBlockRepository {

    private static final String FINISHED = " FROM event_block b JOIN import_batch i ON i.id = b.batch_id "
            + "WHERE i.finished_at IS NOT NULL ";

    static final String INSERT = "INSERT INTO event_block (batch_id, block_no, row_count, core, details, "
            + "fingerprints) VALUES (?,?,?,?,?,?)";

    private final ProjectStore store;

    public EventBlockRepository(ProjectStore store) {
        this.store = store;
    }

    /** What a block visitor gets: the block's place and its core. */
    interface BlockVisitor {
        void visit(long batchId, int blockNo, CoreBlock core);
    }

    /** Changes whenever an import finishes: the only way stored events or their customers change. */
    record Version(long finishedImports, long lastImport) {
    }

    Version version() {
        var count = DSL.count();
        var last = DSL.max(IMPORT_BATCH.ID);
        var row = store.dsl().select(count, last).from(IMPORT_BATCH).where(IMPORT_BATCH.FINISHED_AT.isNotNull())
                .fetchOne();
        return new Version(row.value1(), row.value2() == null ? 0 : row.value2());
    }

    public long eventCount() {
        Long count = store.dsl().select(DSL.sum(EVENT_BLOCK.ROW_COUNT).cast(Long.class)).from(EVENT_BLOCK)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(EVENT_BLOCK.BATCH_ID))
                .where(IMPORT_BATCH.FINISHED_AT.isNotNull()).fetchOne().value1();
        return count == null ? 0 : count;
    }

    /** Events per channel, most first ("(none)" for events without a channel). */
    public Map<String, Long> countsByChannel() {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        var events = DSL.sum(EVENT_COUNT.EVENTS).cast(Long.class);
        store.dsl().select(EVENT_COUNT.CHANNEL, events).from(EVENT_COUNT).join(IMPORT_BATCH)
                .on(IMPORT_BATCH.ID.eq(EVENT_COUNT.BATCH_ID)).where(IMPORT_BATCH.FINISHED_AT.isNotNull())
                .groupBy(EVENT_COUNT.CHANNEL).orderBy(events.desc(), EVENT_COUNT.CHANNEL)
                .forEach(r -> byChannel.merge(r.value1() == null ? "(none)" : r.value1(), r.value2(), Long::sum));
        return byChannel;
    }

    static void insert(PreparedStatement insert, long batchId, int blockNo, EncodedBlock block) throws SQLException {
        insert.setLong(1, batchId);
        insert.setInt(2, blockNo);
        insert.setInt(3, block.rows());
        insert.setBytes(4, block.core());
        insert.setBytes(5, block.details());
        insert.setBytes(6, block.fingerprints());
        insert.executeUpdate();
    }

    /** Records a finished batch's events per channel, inside the transaction that finishes it. */
    public static void insertCounts(DSLContext tx, long batchId, Map<String, Long> channelCounts) {
        var insert = tx.insertInto(EVENT_COUNT, EVENT_COUNT.BATCH_ID, EVENT_COUNT.CHANNEL, EVENT_COUNT.EVENTS);
        channelCounts.forEach((channel, events) -> insert.values(batchId, channel, events));
        if (!channelCounts.isEmpty()) {
            insert.execute();
        }
    }

    /** Streams the fingerprint of every stored event, for de-duplicating the next import. */
    public void forEachFingerprint(LongConsumer sink) {
        query("SELECT b.fingerprints" + FINISHED, rows -> EventBlockCodec.forEachFingerprint(rows.getBytes(1), sink));
    }

    /**
     * Visits every block of finished imports in storage order: by import, then block. The blocks are listed first and
     * then read one by one, so the database never sorts rows holding the blocks themselves.
     */
    void forEachBlock(BlockVisitor visitor) {
        List<long[]> blocks = new ArrayList<>();
        query("SELECT b.batch_id, b.block_no, b.row_count" + FINISHED + "ORDER BY b.batch_id, b.block_no",
                rows -> blocks.add(new long[]{rows.getLong(1), rows.getInt(2), rows.getInt(3)}));
        try (Connection connection = store.connection(); PreparedStatement select = connection.prepareStatement(
                "SELECT core FROM event_block WHERE batch_id = ? AND block_no = ?")) {
            for (long[] block : blocks) {
                select.setLong(1, block[0]);
                select.setInt(2, (int) block[1]);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        int count = (int) block[2];
                        visitor.visit(block[0], (int) block[1], EventBlockCodec.decodeCore(row.getBytes(1), count));
                    }
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** One block's order ids and properties, as {@link EventBlockCodec#decodeDetails} gives them. */
    String[][] details(long batchId, int blockNo) {
        try (Connection connection = store.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT row_count, details FROM event_block WHERE batch_id = ? AND block_no = ?")) {
            select.setLong(1, batchId);
            select.setInt(2, blockNo);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new ProjectException("Event block " + batchId + "/" + blockNo + " of "
                            + store.file().displayName() + " is gone; reload the data browser.");
                }
                return EventBlockCodec.decodeDetails(row.getBytes(2), row.getInt(1));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private interface RowWork {
        void accept(ResultSet rows) throws SQLException;
    }

    private void query(String sql, RowWork work) {
        try (Connection connection = store.connection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(16);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    work.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private ProjectException failed(SQLException e) {
        return new ProjectException("The events of " + store.file().displayName() + " could not be read: "
                + e.getMessage(), e);
    }
}
