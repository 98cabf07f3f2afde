package com.touchpoint.views.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.AudienceLoader;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.ReferenceTime;
import com.touchpoint.analysis.audience.ResultStore;
import com.touchpoint.analysis.rfm.RfmCalculator;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.rfm.RfmSettings;
import com.touchpoint.analysis.rfm.RfmTables;
import com.touchpoint.analysis.segment.ClusterCondition;
import com.touchpoint.analysis.segment.SegmentLibrary;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.sampledata.SampleProject;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class AudienceViewTest {

    @TempDir
    static Path folder;

    private static StoreProject project;
    private static RfmScores expectedRfm;

    private final RecordingErrors errors = new RecordingErrors();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private BackgroundTasks tasks;
    private AudienceSessions sessions;
    private AudienceView view;

    @BeforeAll
    static void sampleProject() throws Exception {
        Path file = folder.resolve("sample.mv.db");
        SampleProject.create(ProjectFile.of(file), ImportMonitor.NONE);
        project = new StoreGateway().open(file);
        // The backend's own scores with the default settings, which the view must show.
        AudienceData data = AudienceLoader.load(project.store(), events -> { });
        expectedRfm = RfmCalculator.compute(data, RfmSettings.DEFAULT, ReferenceTime.of(project.store(), data),
                new CancellationToken());
    }

    @AfterAll
    static void closeProject() {
        project.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(Executors.newFixedThreadPool(2, new DaemonThreads("test-tasks")), errors,
                messages);
        sessions = new AudienceSessions(tasks, messages);
        view = new AudienceView(project, sessions, messages, tasks);
        stage.setScene(new Scene(view, 1200, 760));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.close();
            tasks.close();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void rfmShowsTheBackendsHeatMapTakesANewGroupNameAndSavesIt(FxRobot robot) throws Exception {
        AudienceSession session = sessions.acquire(project);
        waitFor(() -> session.stateProperty().get() != null);

        robot.clickOn("#rfm-compute");
        waitFor(() -> robot.lookup("#rfm-save").query().isDisabled() == false);

        RfmTables.HeatMap expected = RfmTables.heatMap(expectedRfm);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                assertEquals(String.format(Locale.ENGLISH, "%,d", expected.customers(r, f)),
                        robot.lookup("#heat-r" + r + "-f" + f + " .heat-count").queryAs(Label.class).getText(),
                        "R " + r + ", F " + f);
            }
        }

        Node champions = robot.from(robot.lookup("#rfm-group-names").queryAs(Node.class)).lookup(".table-cell")
                .match(LabeledMatchers.hasText("Champions")).query();
        robot.doubleClickOn(champions).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Best customers").type(KeyCode.ENTER);
        // Champions are R 5 with F 4-5 in the default map, so the R 5, F 5 cell now carries the new name.
        waitFor(() -> robot.lookup("#heat-r5-f5 .heat-group").queryAs(Label.class).getText()
                .equals("Best customers"));

        robot.clickOn("#rfm-save");
        waitFor(() -> session.stateProperty().get().data().rfm().isPresent());
        RfmSettings stored = new ResultStore(project.store()).rfmSettings();
        assertEquals("Best customers", stored.groups().get(0).name());
        assertEquals("champions", stored.groups().get(0).key());
        assertTrue(errors.reports.isEmpty(), () -> errors.reports.toString());
        session.release();
    }

    @Test
    void aClusteringRunsIsProfiledAndItsFirstClusterBecomesASegment(FxRobot robot) throws Exception {
        AudienceSession session = sessions.acquire(project);
        waitFor(() -> session.stateProperty().get() != null);
        int customers = session.stateProperty().get().data().size();

        robot.clickOn(messages.get("audience.tab.clusters"));
        robot.clickOn("#clusters-run");
        waitFor(() -> !session.stateProperty().get().data().clusterings().isEmpty()
                && !robot.lookup("#clusters-save-segment").query().isDisabled());

        var clustering = session.stateProperty().get().data().clusterings().get("clusters");
        assertEquals(4, clustering.k());
        assertEquals(customers, java.util.Arrays.stream(clustering.assignment()).filter(c -> c >= 1).count());

        robot.clickOn("#clusters-save-segment");
        SegmentLibrary library = new SegmentLibrary(project.store());
        waitFor(() -> library.load("clusters cluster 1").isPresent());
        assertEquals(new ClusterCondition("clusters", List.of(1)),
                library.load("clusters cluster 1").orElseThrow().condition());
        assertTrue(errors.reports.isEmpty(), () -> errors.reports.toString());
        session.release();
    }

    @Test
    void theViewsOfAProjectShareOneAudienceThatLoadsAgainWhenTheDataChanges() throws Exception {
        AudienceSession session = sessions.acquire(project);
        waitFor(() -> session.stateProperty().get() != null);
        AudienceState before = session.stateProperty().get();

        project.dataChanged();

        waitFor(() -> session.stateProperty().get() != before && session.stateProperty().get() != null);
        assertEquals(before.data().size(), session.stateProperty().get().data().size());
        assertTrue(session == sessions.acquire(project));
        session.release();
        session.release();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
    }
}
