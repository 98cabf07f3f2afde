package com.touchpoint.views.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.AudienceLoader;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.analysis.audience.ReferenceTime;
import com.touchpoint.analysis.segment.Comparison;
import com.touchpoint.analysis.segment.ConditionPath;
import com.touchpoint.analysis.segment.Evaluation;
import com.touchpoint.analysis.segment.EventCondition;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.PropertyCondition;
import com.touchpoint.analysis.segment.Segment;
import com.touchpoint.analysis.segment.SegmentEvaluator;
import com.touchpoint.analysis.segment.SegmentLibrary;
import com.touchpoint.analysis.segment.SegmentReference;
import com.touchpoint.analysis.segment.TimeWindow;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.sampledata.SampleProject;
import com.touchpoint.views.audience.AudienceSessions;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class SegmentsViewTest {

    /** What the robot builds: Shanghai customers who bought in the 30 days before the latest event. */
    private static final Segment EXPECTED = Segment.of("Shanghai buyers", Group.and(
            PropertyCondition.of("city", Comparison.EQUALS, "上海"),
            EventCondition.did(EventFilter.types("purchase"), TimeWindow.last("30d"))));

    @TempDir
    static Path folder;

    private static StoreProject project;
    private static Evaluation expected;

    private final RecordingErrors errors = new RecordingErrors();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2,
            new DaemonThreads("test-segments"));
    private BackgroundTasks tasks;
    private SegmentsView view;

    @BeforeAll
    static void sampleProject() throws Exception {
        Path file = folder.resolve("sample.mv.db");
        SampleProject.create(ProjectFile.of(file), ImportMonitor.NONE);
        project = new StoreGateway().open(file);
        // The backend's own count of the same segment, which the view must show.
        AudienceData data = AudienceLoader.load(project.store(), events -> { });
        expected = new SegmentEvaluator(data, new SegmentLibrary(project.store()).lookup())
                .evaluate(EXPECTED, ReferenceTime.of(project.store(), data), new CancellationToken());
    }

    @AfterAll
    static void closeProject() {
        project.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(Executors.newFixedThreadPool(2, new DaemonThreads("test-tasks")), errors,
                messages);
        view = new SegmentsView(project, new AudienceSessions(tasks, messages), messages, errors, tasks, background);
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
        background.shutdownNow();
    }

    @Test
    void aTwoConditionSegmentCountsAsTheBackendDoesAndIsSavedIntoTheList(FxRobot robot) throws Exception {
        SegmentBuilderModel builder = view.model().builder();
        waitFor(() -> view.model().session().stateProperty().get() != null);

        robot.clickOn("#segment-add").clickOn(messages.get("segment.kind.property"));
        ComboBox<?> value = robot.lookup(".value-fields .combo-box").queryAs(ComboBox.class);
        robot.clickOn(value.lookup(".arrow-button")).clickOn("上海");
        robot.clickOn("#segment-add").clickOn(messages.get("segment.kind.event"));
        // The name is set in one step: typing key by key through the robot loses keys on a loaded machine.
        TextField name = robot.lookup("#segment-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Shanghai buyers"));
        waitFor(() -> !builder.countingProperty().get() && builder.countProperty().get() != null
                && builder.countProperty().get().isOf(builder.rootProperty().get()));

        int expectedSize = expected.size();
        assertEquals(EXPECTED.condition(), builder.rootProperty().get());
        assertTrue(expectedSize > 0, "the sample has Shanghai buyers in the last 30 days");
        assertEquals(expectedSize, builder.countProperty().get().evaluation().size());
        assertEquals(messages.get("segment.count.size", expectedSize),
                robot.lookup("#segment-size").queryAs(Label.class).getText());
        assertEquals("city is 上海 and did purchase in the last 30 days",
                robot.lookup("#segment-sentence").queryAs(Label.class).getText());
        // Each row shows what its condition keeps on its own, and the second the group's funnel after it.
        List<String> own = List.of(count(expectedSize), count(expected.ownCount(ConditionPath.of(0))),
                count(expected.ownCount(ConditionPath.of(1))));
        waitFor(() -> robot.lookup(".own-count").queryAllAs(Label.class).stream().map(Label::getText).toList()
                .equals(own));
        assertEquals("→ " + count(expected.funnel(ConditionPath.ROOT).get(1)),
                robot.lookup(".funnel-count").match(Node::isVisible).queryAs(Label.class).getText());

        robot.clickOn("#segment-save");
        waitFor(() -> view.model().list().rows().stream().anyMatch(row -> row.name().equals("Shanghai buyers")
                && row.size() != null));

        SegmentLibrary.Summary saved = view.model().list().rows().stream()
                .filter(row -> row.name().equals("Shanghai buyers")).findFirst().orElseThrow();
        assertEquals(new SegmentLibrary.Summary("Shanghai buyers", "", expectedSize, null), saved);
        assertEquals(EXPECTED.condition(), new SegmentLibrary(project.store()).load("Shanghai buyers")
                .orElseThrow().condition());
        assertTrue(robot.lookup("Shanghai buyers").tryQuery().isPresent());
        assertTrue(errors.reports.isEmpty(), () -> errors.reports.toString());
    }

    @Test
    void aSegmentThatWouldContainItselfIsRefusedWithTheChainAndCtrlZTakesTheStepBack(FxRobot robot)
            throws Exception {
        SegmentBuilderModel builder = view.model().builder();
        Group beijing = Group.and(PropertyCondition.of("city", Comparison.EQUALS, "北京"));
        SegmentLibrary library = new SegmentLibrary(project.store());
        library.save(Segment.of("Loop A", beijing));
        library.save(Segment.of("Loop B", Group.and(new SegmentReference("Loop A"))));
        WaitForAsyncUtils.asyncFx(() -> view.model().session().segmentsChanged());
        waitFor(() -> view.model().list().names().contains("Loop B") && !view.model().list().countingProperty().get()
                && robot.lookup("Loop A").tryQuery().isPresent());

        // Opened through the model: a double click's two clicks fall apart on a loaded machine.
        robot.interact(() -> view.model().open("Loop A"));
        waitFor(() -> "Loop A".equals(builder.savedNameProperty().get()));
        robot.clickOn("#segment-add").clickOn(messages.get("segment.kind.segment"));
        robot.clickOn("#segment-save");
        waitFor(() -> view.model().saveProblem().get() != null);

        assertEquals(Group.and(beijing.conditions().get(0), new SegmentReference("Loop B")),
                builder.rootProperty().get());
        assertEquals("Segment 'Loop A' would contain itself: 'Loop A' → 'Loop B' → 'Loop A'. Remove one of these "
                + "segment references.", robot.lookup("#segment-save-problem").queryAs(Label.class).getText());
        assertEquals(beijing, library.load("Loop A").orElseThrow().condition());

        robot.clickOn(".condition-tree").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(beijing, builder.rootProperty().get());
        assertEquals(false, builder.modifiedProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, builder.rootProperty().get().conditions().size());
    }

    private static String count(int value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
    }
}
