package com.touchpoint.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.stream.Stream;

/** Peak heap use between {@link #reset()} and {@link #megabytes()}, summed over the heap pools. */
final class HeapPeak {

    private HeapPeak() {
    }

    static void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long megabytes() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}
