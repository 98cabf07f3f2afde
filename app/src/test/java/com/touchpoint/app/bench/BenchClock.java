package com.touchpoint.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/** Times one step: wall milliseconds, this thread's CPU milliseconds and the peak heap while it ran. */
record BenchClock(String step, long wallMillis, long cpuMillis, long peakHeapMb) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static <T> T time(String step, Supplier<T> work) {
        T result;
        BenchClock clock;
        try (HeapPeak heap = HeapPeak.start()) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = work.get();
            clock = new BenchClock(step, (System.nanoTime() - start) / 1_000_000,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, heap.megabytes());
        }
        System.out.printf("%-34s %,10d ms wall %,10d ms CPU %,8d MB peak heap%n", clock.step(), clock.wallMillis(),
                clock.cpuMillis(), clock.peakHeapMb());
        return result;
    }
}
