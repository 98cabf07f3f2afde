package com.touchpoint.views.tasks;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Debounced, latest-wins work for live previews (audience size while a condition is edited, row counts while a filter
 * is typed): each request waits {@code delay}; a newer request cancels an older one that is still waiting, and only
 * the newest request's result or failure is delivered, on the deliver executor. A superseded request that is already
 * running is not interrupted (an interrupted H2 query can close the database file); it may stop early by polling the
 * {@code superseded} check it is given, and its result is dropped.
 */
public final class LatestWins<R> {

    private final ScheduledExecutorService scheduler;
    private final long delayNanos;
    private final Executor deliver;
    private final Consumer<? super R> onResult;
    private final Consumer<? super Throwable> onFailure;
    private long generation;
    private Future<?> pending;

    /**
     * @param deliver where results and failures are handed over, {@code Platform::runLater} for the UI
     */
    public LatestWins(ScheduledExecutorService scheduler, Duration delay, Executor deliver,
                      Consumer<? super R> onResult, Consumer<? super Throwable> onFailure) {
        this.scheduler = scheduler;
        this.delayNanos = delay.toNanos();
        this.deliver = deliver;
        this.onResult = onResult;
        this.onFailure = onFailure;
    }

    /** Runs {@code work} after the delay unless a newer request comes first; cancels any older request. */
    public synchronized void submit(Work<? extends R> work) {
        long mine = ++generation;
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(() -> run(mine, work), delayNanos, TimeUnit.NANOSECONDS);
    }

    /** Cancels the waiting or running request; nothing is delivered for it. */
    public synchronized void cancel() {
        generation++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private synchronized boolean isLatest(long request) {
        return request == generation;
    }

    private void run(long request, Work<? extends R> work) {
        if (!isLatest(request)) {
            return;
        }
        try {
            R result = work.call(() -> !isLatest(request));
            deliver.execute(() -> {
                if (isLatest(request)) {
                    onResult.accept(result);
                }
            });
        } catch (Exception failure) {
            deliver.execute(() -> {
                if (isLatest(request)) {
                    onFailure.accept(failure);
                }
            });
        }
    }

    /** One request's work; {@code superseded} turns true once a newer request was submitted. */
    @FunctionalInterface
    public interface Work<R> {
        R call(BooleanSupplier superseded) throws Exception;
    }
}
