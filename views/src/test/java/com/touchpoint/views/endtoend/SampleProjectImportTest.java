package com.touchpoint.views.endtoend;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.sampledata.SampleProject;
import com.touchpoint.views.browser.DataBrowserView;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.FileImportModel;
import com.touchpoint.views.imports.ImportWizardModel;
import com.touchpoint.views.imports.ImportWizardView;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first analyst loop: open the sample project, import a file through the wizard, find its rows in the browser. */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class SampleProjectImportTest {

    @TempDir
    Path folder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingErrors errors = new RecordingErrors();
    private final ScheduledExecutorService background =
            Executors.newScheduledThreadPool(2, new DaemonThreads("test-e2e"));
    private BackgroundTasks tasks;
    private StoreProject project;
    private Stage stage;
    private ImportWizardModel wizard;
    private DataBrowserView browser;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new BackgroundTasks(Executors.newSingleThreadExecutor(new DaemonThreads("test-e2e-task")), errors,
                messages);
        stage.setScene(new Scene(new Pane(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            wizard.dispose();
            browser.close();
            tasks.close();
        }).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
        project.close();
    }

    @Test
    void aFileImportedThroughTheWizardShowsInTheDataBrowser(FxRobot robot) throws Exception {
        Path sample = folder.resolve("sample");
        SampleProject.create(ProjectFile.of(sample), ImportMonitor.NONE);
        project = new StoreGateway().open(ProjectFile.of(sample).dataFile());
        // Three WeChat pushes of a campaign the sample does not have; the third repeats the second.
        Path file = Files.writeString(folder.resolve("wechat_push.csv"), """
                member_id,event,ts,channel,campaign
                M90000001,push_open,2026-10-30 09:00:00,wechat,winter_teaser
                M90000002,push_open,2026-10-30 09:05:00,wechat,winter_teaser
                M90000002,push_open,2026-10-30 09:05:00,wechat,winter_teaser
                """);
        robot.interact(() -> {
            wizard = new ImportWizardModel(List.of(file), ZoneId.of("Asia/Shanghai"), project.imports()::preview,
                    project.imports()::importFile, tasks, background, Platform::runLater, project::dataChanged,
                    messages);
            stage.getScene().setRoot(new ImportWizardView(wizard, messages, () -> { }));
        });
        FileImportModel push = wizard.files().get(0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> push.stateProperty().get() == FileImportModel.State.READY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#wizard-import");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> push.stateProperty().get() == FileImportModel.State.IMPORTED);

        robot.interact(() -> {
            browser = new DataBrowserView(project, messages, errors, background, tasks);
            stage.getScene().setRoot(browser);
            browser.model().textProperty().set("winter_teaser");
        });
        // Two events loaded (the repeated row is a duplicate), found among the sample's 19,140 by the search.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".row-count")
                .queryAs(Labeled.class).getText().equals("2 rows"));
        robot.interact(() -> browser.model().textProperty().set(""));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".row-count")
                .queryAs(Labeled.class).getText().equals("19,142 rows"));
        assertEquals(List.of(), errors.reports);
    }
}
