package com.touchpoint.views.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.testing.RecordingErrors;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@Timeout(60)
class BackgroundTasksTest {

    private final RecordingErrors errors = new RecordingErrors();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final BackgroundTasks tasks = new BackgroundTasks(
            Executors.newFixedThreadPool(2, new DaemonThreads("test-tasks")), errors, messages);

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theResultArrivesOnTheFxThreadAndTheTaskLeavesTheRunningList() throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();

        WaitForAsyncUtils.asyncFx(() -> tasks.run("Counting", context -> {
            assertTrue(!Platform.isFxApplicationThread());
            return "42 rows";
        }, value -> {
            onFxThread.complete(Platform.isFxApplicationThread());
            result.complete(value);
        }));

        assertEquals("42 rows", result.get(10, TimeUnit.SECONDS));
        assertTrue(onFxThread.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tasks.running().isEmpty());
    }

    @Test
    void progressAndMessageReachTheTaskWhileItRuns() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Task<?> task = WaitForAsyncUtils.asyncFx(() -> tasks.run("Import", context -> {
            context.message("Reading orders.csv");
            context.progress(25, 100);
            reported.countDown();
            finish.await();
            return null;
        }, value -> { })).get(10, TimeUnit.SECONDS);
        assertTrue(reported.await(10, TimeUnit.SECONDS));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> task.getProgress() == 0.25).get());
        assertEquals("Reading orders.csv", WaitForAsyncUtils.asyncFx(task::getMessage).get());
        assertEquals(List.of(task), WaitForAsyncUtils.asyncFx(() -> List.copyOf(tasks.running())).get());
        finish.countDown();
    }

    @Test
    void aFailureIsReportedWithTheTitleAndTheCausesMessage() throws Exception {
        IOException cause = new IOException("orders.csv is not valid UTF-8 or GBK");

        WaitForAsyncUtils.asyncFx(() -> tasks.run("Import orders.csv", context -> {
            throw cause;
        }, value -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.reports.isEmpty());

        RecordingErrors.Report report = errors.reports.get(0);
        assertEquals("Import orders.csv did not finish", report.whatHappened());
        assertTrue(report.whatToDo().startsWith("orders.csv is not valid UTF-8 or GBK"));
        assertSame(cause, report.cause());
    }

    @Test
    void aCancelledTaskEndsQuietly() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> sawCancel = new CompletableFuture<>();
        Task<?> task = WaitForAsyncUtils.asyncFx(() -> tasks.run("Attribution", context -> {
            started.countDown();
            while (!context.isCancelled()) {
                Thread.onSpinWait();
            }
            sawCancel.complete(true);
            return null;
        }, value -> {
            throw new AssertionError("a cancelled task has no result");
        })).get(10, TimeUnit.SECONDS);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        WaitForAsyncUtils.asyncFx(() -> task.cancel()).get(10, TimeUnit.SECONDS);

        assertTrue(sawCancel.get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        assertEquals(List.of(), errors.reports);
    }
}
