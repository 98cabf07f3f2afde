package com.touchpoint.views.errors;

/**
 * Tells the analyst that something failed: what happened, what to do about it, and the technical cause. The desktop
 * app shows an {@link ErrorDialog}; view-model tests record the reports.
 */
@FunctionalInterface
public interface ErrorReporter {

    /** Reports a failure; must be called on the JavaFX application thread. {@code cause} may be null. */
    void report(String whatHappened, String whatToDo, Throwable cause);
}
