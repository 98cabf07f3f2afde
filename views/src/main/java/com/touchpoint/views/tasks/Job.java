package com.touchpoint.views.tasks;

/** Work that runs off the JavaFX thread, reporting progress and noticing cancellation through its context. */
@FunctionalInterface
public interface Job<T> {

    T run(JobContext context) throws Exception;
}
