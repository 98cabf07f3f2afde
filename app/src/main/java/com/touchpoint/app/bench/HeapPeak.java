package com.touchpoint.app.bench;

/**
 * The peak heap in use while a measured step runs, sampled every 10 ms by a daemon thread (per-pool peaks from the
 * memory beans happen at different moments and overstate the total when summed).
 */
final class HeapPeak implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakBytes;

    private HeapPeak() {
        sampler = new Thread(this::sample, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling after a garbage collection, so the figure is the step's own. */
    static HeapPeak start() {
        System.gc();
        return new HeapPeak();
    }

    private void sample() {
        Runtime runtime = Runtime.getRuntime();
        while (running) {
            peakBytes = Math.max(peakBytes, runtime.totalMemory() - runtime.freeMemory());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long megabytes() {
        return peakBytes >> 20;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
