package com.touchpoint.attribution.service;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Receives a run's progress and tells it when the analyst cancelled. Called from the running thread. */
public interface RunMonitor {

    RunMonitor NONE = of((fraction, step) -> { }, () -> false);

    /** Receives the share done so far (0 to 1) and the step under way, such as "Markov order 1". */
    @FunctionalInterface
    interface Progress {
        void report(double fraction, String step);
    }

    void progress(double fraction, String step);

    boolean isCancelled();

    static RunMonitor of(Progress progress, BooleanSupplier cancelled) {
        return new RunMonitor() {
            @Override
            public void progress(double fraction, String step) {
                progress.report(fraction, step);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** @throws CancellationException when the analyst cancelled */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("The attribution was cancelled");
        }
    }

    /** This monitor seen by a part of the work that covers {@code from} to {@code to} of the whole. */
    default RunMonitor within(double from, double to) {
        RunMonitor whole = this;
        return of((fraction, step) -> whole.progress(from + fraction * (to - from), step), whole::isCancelled);
    }
}
