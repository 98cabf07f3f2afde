package com.touchpoint.views.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.settings.AppSettings;
import com.touchpoint.views.settings.DataFolder;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@Timeout(60)
class ProjectSessionTest {

    @TempDir
    Path folder;

    private final FakeGateway gateway = new FakeGateway();
    private final RecordingErrors errors = new RecordingErrors();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private DataFolder dataFolder;
    private AppSettings settings;
    private BackgroundTasks tasks;
    private ProjectSession<FakeGateway.Project> session;
    private ShellActions<FakeGateway.Project> actions;
    private final List<List<Path>> imports = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        dataFolder = new DataFolder(folder.resolve("data"));
        settings = AppSettings.load(dataFolder.settingsFile());
        tasks = new BackgroundTasks(Executors.newSingleThreadExecutor(new DaemonThreads("test-session")), errors,
                messages);
        session = new ProjectSession<>(gateway, settings, dataFolder, tasks, errors, messages);
        ShellSetup<FakeGateway.Project> setup = new ShellSetup<>(gateway, List.of(),
                Optional.of((project, files) -> imports.add(files)));
        actions = new ShellActions<>(setup, session, settings, dataFolder, messages, null, () -> null);
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void openingAnotherProjectClosesThePreviousOneOnlyAfterTheNewOneOpened() throws Exception {
        Path first = file("first.tp");
        Path second = file("second.tp");
        fx(() -> session.open(first));
        await(() -> gateway.opened.size() == 1 && session.projectProperty().get() != null);

        fx(() -> session.open(second));
        await(() -> gateway.closed.contains(first));

        assertEquals(second, session.projectProperty().get().file());
        assertEquals(List.of(first, second), gateway.opened);
        assertEquals(List.of(second, first), session.recentProjects());
        assertEquals(List.of(second, first), AppSettings.load(dataFolder.settingsFile()).recentProjects());
    }

    @Test
    void openingTheProjectThatIsAlreadyOpenDoesNothing() throws Exception {
        Path first = file("first.tp");
        fx(() -> session.open(first));
        await(() -> session.projectProperty().get() != null);

        fx(() -> session.open(first));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(first), gateway.opened);
        assertTrue(tasks.running().isEmpty());
    }

    @Test
    void aRecentProjectThatWasDeletedIsExplainedAndForgotten() throws Exception {
        Path gone = file("gone.tp");
        fx(() -> session.open(gone));
        await(() -> !session.recentProjects().isEmpty());
        fx(session::close);
        Files.delete(gone);

        fx(() -> session.open(gone));

        assertEquals("The project file gone.tp no longer exists", errors.reports.get(0).whatHappened());
        assertEquals(List.of(), session.recentProjects());
    }

    @Test
    void aNewProjectGetsTheProjectExtensionAndOpens() throws Exception {
        fx(() -> session.create(folder.resolve("Summer")));
        await(() -> session.projectProperty().get() != null);

        assertEquals(folder.resolve("Summer.tp"), session.projectProperty().get().file());
        assertTrue(Files.exists(folder.resolve("Summer.tp")));
    }

    @Test
    void theSampleProjectLivesInTheDataFolder() throws Exception {
        fx(session::openSample);
        await(() -> session.projectProperty().get() != null);

        assertEquals(dataFolder.sampleFolder().resolve("Touchpoint sample.tp"), session.projectProperty().get().file());
    }

    @Test
    void otherFailuresSayWhichProjectAndWhy() throws Exception {
        Path broken = file("broken.tp");
        gateway.broken.put(broken, new IOException("broken.tp is not a Touchpoint project"));

        fx(() -> session.open(broken));
        await(() -> !errors.reports.isEmpty());

        assertEquals("Could not open project broken.tp", errors.reports.get(0).whatHappened());
        assertTrue(errors.reports.get(0).whatToDo().startsWith("broken.tp is not a Touchpoint project"));
        assertNull(session.projectProperty().get());
    }

    @Test
    void droppedFilesOpenAProjectOrGoToImportOnlyWhenThatMakesSense() throws Exception {
        Path project = file("shop.tp");
        Path csv = file("orders.csv");
        Path json = file("events.json");

        assertEquals(Optional.of(ShellActions.DropKind.OPEN_PROJECT), actions.dropKind(List.of(project)));
        assertEquals(Optional.empty(), actions.dropKind(List.of(csv)), "no project open to import into");
        assertEquals(Optional.empty(), actions.dropKind(List.of(folder)), "a folder is neither");

        fx(() -> session.open(project));
        await(() -> session.projectProperty().get() != null);
        assertEquals(Optional.of(ShellActions.DropKind.IMPORT), actions.dropKind(List.of(csv, json)));

        fx(() -> assertTrue(actions.drop(List.of(csv, json))));
        assertEquals(List.of(List.of(csv, json)), imports);
    }

    private Path file(String name) throws IOException {
        return Files.createFile(folder.resolve(name)).toAbsolutePath().normalize();
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
