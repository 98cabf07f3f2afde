package com.touchpoint.views.errors;

import com.touchpoint.views.i18n.Messages;
import java.time.Duration;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches exceptions nobody handled, on any thread, and shows them with the error reporter (which logs what it
 * shows). Within a few seconds of one dialog further ones are only logged, so a failure that repeats on every layout pass does not bury
 * the analyst in dialogs.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);
    private static final long QUIET_NANOS = Duration.ofSeconds(3).toNanos();

    private final ErrorReporter reporter;
    private final Messages messages;
    private long lastShown = System.nanoTime() - QUIET_NANOS;

    UncaughtErrors(ErrorReporter reporter, Messages messages) {
        this.reporter = reporter;
        this.messages = messages;
    }

    /** Makes this the handler for every thread of the process. */
    public static void install(ErrorReporter reporter, Messages messages) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(reporter, messages));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        long now = System.nanoTime();
        if (now - lastShown < QUIET_NANOS) {
            LOG.error("Uncaught exception (not shown: another was shown moments ago)", error);
            return;
        }
        lastShown = now;
        try {
            reporter.report(messages.get("error.unexpected"), messages.get("error.unexpected.todo"), error);
        } catch (RuntimeException failedToShow) {
            LOG.error("Uncaught exception", error);
            LOG.error("Could not show the error dialog for it", failedToShow);
        }
    }
}
