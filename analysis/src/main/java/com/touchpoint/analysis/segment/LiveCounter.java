package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.CancellationToken;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The live size of a segment being edited: each edit asks for a count; the count starts only after the edits pause
 * for the debounce delay, and a newer request cancels the older one, waiting or running, so only the latest edit's
 * result is delivered. Results arrive on the executor's thread; a view-model hands them to its UI thread.
 */
public final class LiveCounter {

    /** Counts a segment, checking the token now and then (normally {@link SegmentEvaluator#evaluate}). */
    @FunctionalInterface
    public interface Counter {
        Evaluation count(Segment segment, CancellationToken token);
    }

    /** What a request gives: the evaluation, or why the segment cannot be counted as it stands. */
    public record Result(Segment segment, Evaluation evaluation, String problem) {
    }

    private final Counter counter;
    private final ScheduledExecutorService executor;
    private final long debounceMillis;
    private ScheduledFuture<?> pending;
    private CancellationToken current;

    public LiveCounter(Counter counter, ScheduledExecutorService executor, Duration debounce) {
        this.counter = counter;
        this.executor = executor;
        this.debounceMillis = debounce.toMillis();
    }

    /** Asks for {@code segment}'s count; {@code onResult} gets it unless a newer request comes first. */
    public synchronized void request(Segment segment, Consumer<Result> onResult) {
        cancel();
        CancellationToken token = new CancellationToken();
        current = token;
        pending = executor.schedule(() -> run(segment, token, onResult), debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** Drops the waiting or running count, if any. */
    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            current.cancel();
            pending = null;
        }
    }

    private void run(Segment segment, CancellationToken token, Consumer<Result> onResult) {
        Result result;
        try {
            result = new Result(segment, counter.count(segment, token), null);
        } catch (CancellationException e) {
            return;
        } catch (AnalysisException e) {
            result = new Result(segment, null, e.getMessage());
        }
        synchronized (this) {
            if (token.isCancelled()) {
                return;
            }
        }
        onResult.accept(result);
    }
}
