package com.touchpoint.views.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.testing.RecordingErrors;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class StatusBarTest {

    private final RecordingErrors errors = new RecordingErrors();
    private BackgroundTasks tasks;
    private StatusBar bar;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        tasks = new BackgroundTasks(Executors.newSingleThreadExecutor(new DaemonThreads("test-status")), errors,
                messages);
        bar = new StatusBar(tasks, messages);
        stage.setScene(new Scene(bar, 600, 40));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theRunningTasksMessageShowsAndItsCancelButtonCancelsIt(FxRobot robot) throws Exception {
        // A status bar that listened through a throw-away list view would lose its listener here.
        System.gc();
        CountDownLatch started = new CountDownLatch(1);
        Task<?> task = WaitForAsyncUtils.asyncFx(() -> tasks.run("Import", context -> {
            context.message("Reading orders.csv");
            started.countDown();
            while (!context.isCancelled()) {
                Thread.onSpinWait();
            }
            return null;
        }, value -> { })).get(10, TimeUnit.SECONDS);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> "Reading orders.csv".equals(bar.taskMessage())).get());
        robot.clickOn(".status-cancel");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(task::isDone).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", WaitForAsyncUtils.asyncFx(bar::taskMessage).get());
        assertTrue(WaitForAsyncUtils.asyncFx(task::isCancelled).get());
        assertEquals(List.of(), errors.reports);
    }
}
