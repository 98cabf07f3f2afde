package com.touchpoint.datasources.events;

import com.touchpoint.datasources.mapping.MappedRow.EventRow;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventBlockWriterTest {

    @TempDir
    Path dir;
    private ProjectStore store;

    @BeforeEach
    void open() {
        store = ProjectStore.create(ProjectFile.of(dir.resolve("p")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static EventRow row(int i) {
        return new EventRow(i, Map.of(), null, "web", "view", LocalDateTime.of(2026, 1, 1, 0, 0).plusSeconds(i), null,
                null, null, null, null);
    }

    /** Fingerprints by line, so every event is new. */
    private static final EventDeduplication ALL_NEW = new EventDeduplication() {
        @Override
        public long fingerprint(EventRow row, long identifierId) {
            return row.line();
        }

        @Override
        public boolean firstSeen(long fingerprint) {
            return true;
        }
    };

    private long storedRows() {
        return store.dsl().fetchOne("SELECT COALESCE(SUM(row_count), 0) FROM event_block").get(0, Long.class);
    }

    @Test
    void fullBlocksAndTheLastPartOneAreStoredInOrder() throws Exception {
        try (EventBlockWriter writer = new EventBlockWriter(store, 1, ALL_NEW)) {
            for (int i = 0; i < 2 * EventBlockBuilder.ROWS + 5; i++) {
                writer.add(row(i), 7);
            }
        }
        assertEquals(2 * EventBlockBuilder.ROWS + 5, storedRows());
        assertEquals(List.of(0, 1, 2), store.dsl().fetch("SELECT block_no FROM event_block ORDER BY "
                + "block_no").getValues(0, Integer.class));
    }

    @Test
    void aCodingFailureReachesTheCallerAsItselfOnce() {
        RuntimeException boom = new IllegalArgumentException("revenue 1e20 is too large to store");
        EventDeduplication failing = new EventDeduplication() {
            @Override
            public long fingerprint(EventRow row, long identifierId) {
                throw boom;
            }

            @Override
            public boolean firstSeen(long fingerprint) {
                return true;
            }
        };
        Throwable thrown = assertThrows(Throwable.class, () -> {
            try (EventBlockWriter writer = new EventBlockWriter(store, 1, failing)) {
                for (int i = 0; i < 10 * EventBlockBuilder.ROWS; i++) {
                    writer.add(row(i), 1);
                }
            }
        });
        assertSame(boom, thrown);
        assertEquals(0, thrown.getSuppressed().length);
        assertEquals(0, storedRows());
    }

    @Test
    void anAbortedWriterStoresNothingMore() throws Exception {
        EventBlockWriter writer = new EventBlockWriter(store, 1, ALL_NEW);
        for (int i = 0; i < EventBlockBuilder.ROWS - 1; i++) {
            writer.add(row(i), 1);
        }
        writer.abort();
        writer.close();
        assertEquals(0, storedRows(), "the partly filled block is not stored after an abort");
    }

    @Test
    void anInterruptedCloseWaitsForTheCodingThreadBeforeClosingItsConnection() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        AtomicBoolean release = new AtomicBoolean();
        AtomicBoolean coderDone = new AtomicBoolean();
        EventDeduplication slow = new EventDeduplication() {
            @Override
            public long fingerprint(EventRow row, long identifierId) {
                entered.countDown();
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                return row.line();
            }

            @Override
            public boolean firstSeen(long fingerprint) {
                if (fingerprint == EventBlockBuilder.ROWS - 1) {
                    coderDone.set(true);
                }
                return true;
            }
        };
        EventBlockWriter writer = new EventBlockWriter(store, 1, slow);
        for (int i = 0; i < EventBlockBuilder.ROWS; i++) {
            writer.add(row(i), 1);
        }
        entered.await();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            release.set(true);
        });
        releaser.start();
        Thread.currentThread().interrupt();

        assertThrows(InterruptedException.class, writer::close);
        assertTrue(coderDone.get(), "close() returned only after the coding thread finished its block");
        releaser.join();
    }
}
