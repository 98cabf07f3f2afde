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
 * their own, in order, on a connection of its own, committing as it goes, with at most {@value #IN_FLIGHT} blocks
 * waiting so memory stays bounded. The blocks carry the batch id: until the batch is finished no reader sees them,
 * and discarding the batch removes them. A failure on the coding thread is thrown by the next call here, once.
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
    private volatile boolean aborted;
    private boolean failureThrown;
    private EventBlockBuilder block = new EventBlockBuilder();
    private int blocks;
    private long stored;
    private long duplicates;

    public EventBlockWriter(ProjectStore store, long batchId, EventDeduplication deduplication) throws SQLException {
        this.deduplication = deduplication;
        this.batchId = batchId;
        this.connection = store.connection();
        try {
            this.connection.setAutoCommit(false);
            this.insert = connection.prepareStatement(EventBlockRepository.INSERT);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
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

    /** The import is given up: blocks not yet stored are dropped, and {@link #close()} stores nothing more. */
    public void abort() {
        aborted = true;
    }

    private void submit() throws SQLException, InterruptedException {
        throwFailure();
        EventBlockBuilder full = block;
        int blockNo = blocks++;
        block = new EventBlockBuilder();
        slots.acquire();
        coder.execute(() -> {
            try {
                if (failure == null && !aborted) {
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

    /** Throws the coding thread's failure the first time it is seen. */
    private void throwFailure() throws SQLException {
        Throwable e = failure;
        if (e == null || failureThrown) {
            return;
        }
        failureThrown = true;
        if (e instanceof SQLException sql) {
            throw sql;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException("storing events failed: " + e, e);
    }

    /**
     * Stores the last, partly filled block (unless aborted or failed), waits until the coding thread is done,
     * interrupted or not, and only then closes the connection it uses. An interrupt is passed on afterwards.
     */
    @Override
    public void close() throws SQLException, InterruptedException {
        boolean interrupted = false;
        try {
            if (block.size() > 0 && failure == null && !aborted) {
                submit();
            }
        } catch (InterruptedException e) {
            interrupted = true;
            aborted = true;
        } finally {
            coder.shutdown();
            interrupted |= awaitCoder();
            insert.close();
            connection.close();
        }
        if (interrupted) {
            throw new InterruptedException("storing events was interrupted");
        }
        throwFailure();
    }

    /** Waits for the coding thread to finish; returns whether this thread was interrupted meanwhile. */
    private boolean awaitCoder() {
        boolean interrupted = false;
        while (true) {
            try {
                if (coder.awaitTermination(1, TimeUnit.MINUTES)) {
                    return interrupted;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                aborted = true;
            }
        }
    }
}
