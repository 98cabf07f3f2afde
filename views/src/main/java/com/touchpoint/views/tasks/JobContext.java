package com.touchpoint.views.tasks;

/** What a running {@link Job} can tell the status bar, and how it learns it was cancelled. Thread-safe. */
public interface JobContext {

    /** Shows {@code text} as the job's current step, e.g. "Reading orders.csv". */
    void message(String text);

    /** Shows {@code done} of {@code total} units done; a negative total means "unknown". */
    void progress(long done, long total);

    /** True once the analyst pressed cancel; a long job checks this between steps and stops early. */
    boolean isCancelled();
}
