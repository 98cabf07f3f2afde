package com.touchpoint.views.audience;

import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.JobContext;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The computations one audience model starts (RFM, tags, k-means): whether one is running, and why the last request
 * could not run or failed. Work stops through a {@link CancellationToken}: pressing cancel in the status bar cancels
 * the token, so the computation ends early instead of running on unseen. Use on the FX thread.
 */
public final class AudienceComputation {

    /** Work given the task's context and a token that is cancelled with the task. */
    @FunctionalInterface
    public interface TokenJob<T> {
        T run(JobContext context, CancellationToken token) throws Exception;
    }

    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    public AudienceComputation(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why the last request could not run, or why it failed; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Shows why a request cannot run as it stands; null clears it. */
    public void problem(String why) {
        problem.set(why);
    }

    /** Runs the work in the background; a failure becomes the problem, and computing ends however the work ends. */
    public <T> void run(String title, TokenJob<T> job, Consumer<? super T> onResult) {
        problem.set(null);
        computing.set(true);
        CancellationToken token = new CancellationToken();
        Task<T> task = tasks.run(title, context -> job.run(context, token), result -> {
            computing.set(false);
            onResult.accept(result);
        }, failure -> {
            computing.set(false);
            problem.set(failure.getMessage());
        });
        task.stateProperty().addListener((property, old, now) -> {
            if (now == Worker.State.CANCELLED) {
                token.cancel();
                computing.set(false);
            }
        });
    }
}
