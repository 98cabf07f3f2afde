package com.touchpoint.analysis.audience;

import java.util.concurrent.CancellationException;

/**
 * Lets the one who started a long computation stop it: the computation checks the token now and then and ends with
 * {@link CancellationException}. A live count cancels the previous count's token when a newer edit arrives.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** @throws CancellationException when {@link #cancel()} was called */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
