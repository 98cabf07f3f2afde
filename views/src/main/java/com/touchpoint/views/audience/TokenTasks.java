package com.touchpoint.views.audience;

import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.JobContext;

import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs analysis work that stops through a {@link CancellationToken} (RFM, tags, k-means) as a background task:
 * pressing cancel in the status bar cancels the token, so the computation ends early instead of running on unseen.
 */
public final class TokenTasks {

    /** Work given the task's context and a token that is cancelled with the task. */
    @FunctionalInterface
    public interface TokenJob<T> {
        T run(JobContext context, CancellationToken token) throws Exception;
    }

    private TokenTasks() {
    }

    /** Like {@link BackgroundTasks#run(String, com.touchpoint.views.tasks.Job, Consumer, Consumer)}; on the FX thread. */
    public static <T> Task<T> run(BackgroundTasks tasks, String title, TokenJob<T> job, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        Task<T> task = tasks.run(title, context -> job.run(context, token), onSuccess, onFailure);
        task.stateProperty().addListener((property, old, now) -> {
            if (now == Worker.State.CANCELLED) {
                token.cancel();
            }
        });
        return task;
    }
}
