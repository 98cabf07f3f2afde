package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.read.RawRecord;
import com.touchpoint.datasources.read.RecordSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads, maps and prepares a file's records on a thread of its own and queues them in blocks, so parsing and
 * mapping run on one core while the database writes on the other.
 */
final class RowReader implements Runnable {

    private static final int BLOCK_SIZE = 4096;

    private final RecordSource source;
    private final RowPreparer preparer;
    private final BlockingQueue<RowBlock> queue = new ArrayBlockingQueue<>(8);
    private volatile boolean stopped;

    RowReader(RecordSource source, RowPreparer preparer) {
        this.source = source;
        this.preparer = preparer;
    }

    @Override
    public void run() {
        long records = 0;
        try {
            List<Object> rows = new ArrayList<>(BLOCK_SIZE);
            RawRecord record;
            while (!stopped && (record = source.next()) != null) {
                rows.add(preparer.prepare(record, source.header().size()));
                records++;
                if (rows.size() == BLOCK_SIZE) {
                    hand(new RowBlock(rows, source.bytesRead(), records, false, null));
                    rows = new ArrayList<>(BLOCK_SIZE);
                }
            }
            hand(new RowBlock(rows, source.bytesRead(), records, false, null));
            hand(RowBlock.end(source.bytesRead(), records));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | Error e) {
            handQuietly(RowBlock.failed(e instanceof Exception exception ? exception : new IllegalStateException(e)));
        }
    }

    /** The next block; blocks until the reader has one. */
    RowBlock take() throws InterruptedException {
        return queue.take();
    }

    /** Makes the reader stop at its next record and drop what it has not handed over. */
    void stop() {
        stopped = true;
        queue.clear();
    }

    private void hand(RowBlock block) throws InterruptedException {
        while (!stopped && !queue.offer(block, 100, TimeUnit.MILLISECONDS)) {
            Thread.onSpinWait();
        }
    }

    private void handQuietly(RowBlock block) {
        try {
            hand(block);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
