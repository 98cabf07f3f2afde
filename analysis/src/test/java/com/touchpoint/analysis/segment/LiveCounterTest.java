package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AnalysisException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@Timeout(10)
class LiveCounterTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<LiveCounter.Result> results = new CopyOnWriteArrayList<>();
    private final CountDownLatch delivered = new CountDownLatch(1);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static Evaluation sized(int size) {
        BitSet bits = new BitSet();
        bits.set(0, size);
        return new Evaluation(bits, 10, Map.of(), Map.of(), 0);
    }

    private void collect(LiveCounter.Result result) {
        results.add(result);
        delivered.countDown();
    }

    @Test
    void aNewerEditReplacesAWaitingCount() throws InterruptedException {
        List<String> counted = new CopyOnWriteArrayList<>();
        LiveCounter counter = new LiveCounter((segment, token) -> {
            counted.add(segment.name());
            return sized(segment.name().length());
        }, executor, Duration.ofMillis(200));
        counter.request(Segment.of("first", Group.and()), this::collect);
        counter.request(Segment.of("second!", Group.and()), this::collect);
        delivered.await();
        assertEquals(List.of("second!"), counted, "the first edit was never counted");
        assertEquals(7, results.get(0).evaluation().size());
    }

    @Test
    void aNewerEditCancelsARunningCount() throws InterruptedException {
        CountDownLatch firstStarted = new CountDownLatch(1);
        LiveCounter counter = new LiveCounter((segment, token) -> {
            if (segment.name().equals("slow")) {
                firstStarted.countDown();
                while (!token.isCancelled()) {
                    Thread.onSpinWait();
                }
                token.throwIfCancelled();
            }
            return sized(3);
        }, executor, Duration.ZERO);
        counter.request(Segment.of("slow", Group.and()), this::collect);
        firstStarted.await();
        counter.request(Segment.of("fast", Group.and()), this::collect);
        delivered.await();
        assertEquals(1, results.size());
        assertEquals("fast", results.get(0).segment().name());
    }

    @Test
    void aSegmentThatCannotBeCountedGivesTheReason() throws InterruptedException {
        LiveCounter counter = new LiveCounter((segment, token) -> {
            throw new AnalysisException("Customers have no property 'age'");
        }, executor, Duration.ZERO);
        counter.request(Segment.of("bad", Group.and()), this::collect);
        delivered.await();
        assertNull(results.get(0).evaluation());
        assertEquals("Customers have no property 'age'", results.get(0).problem());
    }
}
