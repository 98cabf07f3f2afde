package com.touchpoint.views.tasks;

import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs long work (import, counts, analyses, export) on worker threads with progress, message and cancel, so the
 * JavaFX thread never waits. Running tasks are listed for the {@link StatusBar}; a failure goes to the error
 * reporter unless the caller handles it; a cancelled task ends quietly. Call from the JavaFX thread.
 */
public final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService executor;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    // One view, kept: an unmodifiable view listens to its source weakly, so a view made per call stops updating.
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);

    public BackgroundTasks(ExecutorService executor, ErrorReporter errors, Messages messages) {
        this.executor = executor;
        this.errors = errors;
        this.messages = messages;
    }

    /** Starts {@code job}; {@code onSuccess} gets its result on the JavaFX thread; failures are reported. */
    public <T> Task<T> run(String title, Job<T> job, Consumer<? super T> onSuccess) {
        return run(title, job, onSuccess, failure -> reportFailure(messages.get("task.failed", title), failure));
    }

    /** Starts {@code job}; exactly one of the callbacks runs on the JavaFX thread unless it is cancelled. */
    public <T> Task<T> run(String title, Job<T> job, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure) {
        JobTask<T> task = new JobTask<>(title, job);
        task.setOnSucceeded(event -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            running.remove(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(event -> running.remove(task));
        running.add(task);
        executor.execute(task);
        return task;
    }

    /** The tasks started and not yet finished, oldest first; changes on the JavaFX thread only. */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    /**
     * Reports a failure under the headline {@code whatHappened}, with the cause's own message (which says what went
     * wrong in the analyst's terms) and what to do.
     */
    public void reportFailure(String whatHappened, Throwable failure) {
        String reason = Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
        errors.report(whatHappened, messages.get("task.failed.todo", reason), failure);
    }

    /** Cancels what is running and stops the worker threads; on the JavaFX thread. */
    @Override
    public void close() {
        // A copy: cancelling on the JavaFX thread removes the task from the list at once.
        List.copyOf(running).forEach(Task::cancel);
        executor.shutdownNow();
    }

    private static final class JobTask<T> extends Task<T> implements JobContext {
        private final Job<T> job;

        JobTask(String title, Job<T> job) {
            this.job = job;
            updateTitle(title);
            updateMessage(title);
        }

        @Override
        protected T call() throws Exception {
            return job.run(this);
        }

        /**
         * Cancels without interrupting the worker: jobs stop by checking {@link #isCancelled()}, because an
         * interrupted H2 query can close the database file under the project.
         */
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return super.cancel(false);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }

        @Override
        public void progress(long done, long total) {
            updateProgress(done, total);
        }
    }
}
