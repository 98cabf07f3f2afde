package com.touchpoint.datasources.events;

import com.touchpoint.datasources.mapping.MappedRow.EventRow;
import com.touchpoint.datasources.store.ProjectStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Appends the events of one import batch as blocks. Full blocks are de-duplicated, coded and stored by a thread of
 * their own, in order, on a connection of its own, committing as it goes, with at most {@value #IN_FLIGHT} blocks waiting so memory stays
 * bounded. The blocks carry the batch id: until the batch is finished no reader sees them, and discarding the batch
 * removes them.
 */
public final class EventBlockWriter implements AutoCloseable {

    private static final int IN_FLIGHT = 4;

    private final Connection connection;
    private final PreparedStatement insert;
    private final long batchId;
    private final ExecutorService coder;
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final EventDeduplication deduplication;
    private final Map<String, Long> channelCounts = new HashMap<>();
    private volatile Throwable failure;
    private EventBlockBuilder block = new EventBlockBuilder();
    private int blocks;
    private long stored;
    private long duplicates;

    public EventBlockWriter(ProjectStore store, long batchId, EventDeduplication deduplication) throws SQLException {
        this.deduplication = deduplication;
        this.connection = store.connection();
        this.connection.setAutoCommit(false);
        this.insert = connection.prepareStatement(EventBlockRepository.INSERT);
        this.batchId = batchId;
        this.coder = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "event-blocks " + batchId);
            thread.setDaemon(true);
            return thread;
        });
    }

    public void add(EventRow row, long identifierId) throws SQLException, InterruptedException {
        if (block.add(row, identifierId)) {
            submit();
        }
    }

    /** Events stored; complete after {@link #close()}. */
    public long stored() {
        return stored;
    }

    /** Events dropped as already stored or seen before in this import; complete after {@link #close()}. */
    public long duplicates() {
        return duplicates;
    }

    /** Events per channel of everything written (null key: no channel); complete after {@link #close()}. */
    public Map<String, Long> channelCounts() {
        return channelCounts;
    }

    private void submit() throws SQLException, InterruptedException {
        checkFailure();
        EventBlockBuilder full = block;
        int blockNo = blocks++;
        block = new EventBlockBuilder();
        slots.acquire();
        coder.execute(() -> {
            try {
                if (failure == null) {
                    duplicates += full.keepFirstSeen(deduplication);
                    if (full.size() > 0) {
                        store(blockNo, EventBlockCodec.encode(full));
                    }
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                slots.release();
            }
        });
    }

    private void store(int blockNo, EncodedBlock encoded) throws SQLException {
        EventBlockRepository.insert(insert, batchId, blockNo, encoded);
        connection.commit();
        stored += encoded.rows();
        encoded.channelCounts().forEach((channel, n) -> channelCounts.merge(channel, n, Long::sum));
    }

    private void checkFailure() throws SQLException {
        Throwable e = failure;
        if (e instanceof SQLException sql) {
            throw sql;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e != null) {
            throw new IllegalStateException("storing events failed: " + e, e);
        }
    }

    /** Stores the last, partly filled block and waits for every block to be stored. */
    @Override
    public void close() throws SQLException, InterruptedException {
        try (connection; insert) {
            try {
                if (block.size() > 0 && failure == null) {
                    submit();
                }
            } finally {
                coder.shutdown();
                if (!coder.awaitTermination(1, TimeUnit.DAYS)) {
                    coder.shutdownNow();
                }
            }
            checkFailure();
        } catch (InterruptedException e) {
            coder.shutdownNow();
            throw e;
        }
    }
}
