package com.touchpoint.views.testing;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** An executor that runs nothing until told, so a test decides when background work happens. */
public final class ManualExecutor implements Executor {

    private final Queue<Runnable> queued = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
        queued.add(command);
    }

    /** Runs the oldest queued task; returns false when there was none. */
    public boolean runNext() {
        Runnable next = queued.poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    public void runAll() {
        while (runNext()) {
            // keeps going: a task may queue more
        }
    }
}
