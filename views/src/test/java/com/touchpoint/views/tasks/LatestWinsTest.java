package com.touchpoint.views.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final BlockingQueue<Object> delivered = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private LatestWins<String> latestWins(Duration delay) {
        return new LatestWins<>(scheduler, delay, Runnable::run, delivered::add, delivered::add);
    }

    @Test
    void aWaitingRequestThatIsSupersededNeverRuns() throws InterruptedException {
        ScheduledExecutorService oneThread = Executors.newSingleThreadScheduledExecutor();
        try {
            CountDownLatch release = new CountDownLatch(1);
            oneThread.execute(() -> awaitQuietly(release));
            List<String> started = new CopyOnWriteArrayList<>();
            LatestWins<String> preview = new LatestWins<>(oneThread, Duration.ZERO, Runnable::run, delivered::add,
                    delivered::add);
            preview.submit(superseded -> {
                started.add("old");
                return "old";
            });
            preview.submit(superseded -> {
                started.add("new");
                return "new";
            });
            release.countDown();

            assertEquals("new", delivered.poll(10, TimeUnit.SECONDS));
            assertEquals(List.of("new"), started);
        } finally {
            oneThread.shutdownNow();
        }
    }

    @Test
    void onlyTheNewestOfRequestsInQuickSuccessionIsDelivered() throws InterruptedException {
        LatestWins<String> preview = latestWins(Duration.ofMillis(50));
        for (int i = 1; i <= 5; i++) {
            String value = "request " + i;
            preview.submit(superseded -> value);
        }

        assertEquals("request 5", delivered.poll(10, TimeUnit.SECONDS));
        preview.submit(superseded -> "marker");
        assertEquals("marker", delivered.poll(10, TimeUnit.SECONDS), "nothing older arrived in between");
    }

    @Test
    void aRunningRequestThatWasSupersededSeesItAndItsResultIsDropped() throws InterruptedException {
        LatestWins<String> preview = latestWins(Duration.ZERO);
        CountDownLatch oldStarted = new CountDownLatch(1);
        CountDownLatch newSubmitted = new CountDownLatch(1);
        CountDownLatch oldLooked = new CountDownLatch(1);
        AtomicBoolean oldSawSuperseded = new AtomicBoolean();
        preview.submit(superseded -> {
            oldStarted.countDown();
            newSubmitted.await();
            oldSawSuperseded.set(superseded.getAsBoolean());
            oldLooked.countDown();
            return "old";
        });
        assertTrue(oldStarted.await(10, TimeUnit.SECONDS));
        preview.submit(superseded -> "new");
        newSubmitted.countDown();

        assertEquals("new", delivered.poll(10, TimeUnit.SECONDS));
        preview.submit(superseded -> "marker");
        assertEquals("marker", delivered.poll(10, TimeUnit.SECONDS), "the old result was dropped");
        // The old request's result is dropped, so nothing else waits for it to have looked.
        assertTrue(oldLooked.await(10, TimeUnit.SECONDS));
        assertTrue(oldSawSuperseded.get());
    }

    @Test
    void theLatestRequestsFailureIsDelivered() throws InterruptedException {
        LatestWins<String> preview = latestWins(Duration.ZERO);
        IllegalStateException failure = new IllegalStateException("count failed");
        preview.submit(superseded -> {
            throw failure;
        });

        assertEquals(failure, delivered.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void cancelDropsTheRunningRequest() throws InterruptedException {
        LatestWins<String> preview = latestWins(Duration.ZERO);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        preview.submit(superseded -> {
            started.countDown();
            cancelled.await();
            finished.countDown();
            return "cancelled";
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        preview.cancel();
        cancelled.countDown();
        assertTrue(finished.await(10, TimeUnit.SECONDS));

        preview.submit(superseded -> "marker");
        assertEquals("marker", delivered.poll(10, TimeUnit.SECONDS));
        assertFalse(delivered.contains("cancelled"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
