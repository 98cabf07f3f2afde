package com.touchpoint.views.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.settings.AppSettings;
import com.touchpoint.views.settings.DataFolder;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.tasks.StatusBar;
import com.touchpoint.views.testing.RecordingErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class StartScreenTest {

    @TempDir
    static Path folder;

    private final FakeGateway gateway = new FakeGateway();
    private final RecordingErrors errors = new RecordingErrors();
    private Path spring;
    private Path autumn;
    private BackgroundTasks tasks;
    private MainWindow<FakeGateway.Project> window;
    private ClosableView featureView;

    /** A feature view that records being closed. */
    private static final class ClosableView extends Label implements AutoCloseable {
        boolean closed;

        ClosableView(String text) {
            super(text);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        spring = createFile("Spring campaign.tp");
        autumn = createFile("Autumn launch.tp");
        DataFolder dataFolder = new DataFolder(folder.resolve("data"));
        AppSettings settings = AppSettings.load(dataFolder.settingsFile());
        settings.addRecentProject(spring);
        settings.addRecentProject(autumn);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        tasks = new BackgroundTasks(Executors.newSingleThreadExecutor(new DaemonThreads("test-shell")), errors,
                messages);
        Feature<FakeGateway.Project> feature = new Feature<>("app.name", Feather.DATABASE, project -> {
            featureView = new ClosableView(project.file().getFileName().toString());
            return featureView;
        });
        ShellSetup<FakeGateway.Project> setup = new ShellSetup<>(gateway, List.of(feature), Optional.empty());
        ProjectSession<FakeGateway.Project> session = new ProjectSession<>(gateway, settings, dataFolder, tasks,
                errors, messages);
        ShellActions<FakeGateway.Project> actions = new ShellActions<>(setup, session, settings, dataFolder,
                messages, new NoDesktop(), () -> stage);
        window = new MainWindow<>(setup, actions, new StatusBar(tasks, messages), messages);
        stage.setScene(new Scene(window, 1100, 700));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void recentProjectsAreListedMostRecentFirstByName(FxRobot robot) {
        ListView<Path> recent = robot.lookup("#recent-projects").queryListView();

        assertEquals(List.of(autumn, spring), recent.getItems());
        assertTrue(robot.lookup(".recent-name").match((Labeled name) -> "Spring campaign".equals(name.getText()))
                .tryQuery().isPresent());
    }

    @Test
    void clickingARecentProjectOpensItThroughTheGateway(FxRobot robot) throws TimeoutException {
        robot.clickOn(robot.lookup(".recent-name")
                .match((Labeled name) -> "Spring campaign".equals(name.getText())).queryLabeled());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".workspace").tryQuery().isPresent());
        assertEquals(List.of(spring), gateway.opened);
        assertEquals("Spring campaign — Touchpoint", window.titleProperty().get());
        assertEquals(List.of(spring, autumn), window.actions().session().recentProjects());
        assertEquals(List.of(), errors.reports);
    }

    @Test
    void aProjectOpenInAnotherWindowIsExplainedAndTheStartScreenStays(FxRobot robot) throws TimeoutException {
        gateway.locked.add(autumn);

        robot.clickOn(robot.lookup(".recent-name")
                .match((Labeled name) -> "Autumn launch".equals(name.getText())).queryLabeled());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.reports.isEmpty());
        assertEquals("Project Autumn launch.tp is already open", errors.reports.get(0).whatHappened());
        assertEquals("This project is open in another Touchpoint window. Close it there, or open a copy.",
                errors.reports.get(0).whatToDo());
        assertTrue(robot.lookup(".start-screen").tryQuery().isPresent());
    }

    @Test
    void ctrlWClosesTheProjectItsViewsAndTheStartScreenReturns(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.actions().openRecent(spring));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".workspace").tryQuery().isPresent());
        assertEquals("Spring campaign.tp", featureView.getText(), "the first feature shows at once");

        robot.press(KeyCode.CONTROL).type(KeyCode.W)
                .release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gateway.closed.contains(spring));
        assertTrue(robot.lookup(".start-screen").tryQuery().isPresent());
        assertEquals("Touchpoint", window.titleProperty().get());
        assertTrue(featureView.closed);
    }

    private static Path createFile(String name) throws IOException {
        Path file = folder.resolve(name);
        Files.deleteIfExists(file);
        return Files.createFile(file).toAbsolutePath().normalize();
    }

    private static final class NoDesktop implements DesktopServices {
        @Override
        public void openFolder(Path logFolder) {
            throw new AssertionError("not used here");
        }

        @Override
        public void quit() {
            throw new AssertionError("not used here");
        }
    }
}
