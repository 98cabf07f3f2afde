package com.touchpoint.views.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.datasources.imports.ImportCancelledException;
import com.touchpoint.datasources.imports.ImportFailedException;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportOutcome;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.read.FileFormat;
import com.touchpoint.datasources.store.CustomerProfileRepository;
import com.touchpoint.datasources.store.StatsRepository;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.FileImportModel.State;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
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

/** The import wizard over a real project store: preview, mapping, import, quality report. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class ImportWizardTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path folder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingErrors errors = new RecordingErrors();
    private final AtomicInteger dataChanges = new AtomicInteger();
    private final ScheduledExecutorService background =
            Executors.newScheduledThreadPool(2, new DaemonThreads("test-wizard"));
    private BackgroundTasks tasks;
    private StoreProject project;
    private Stage stage;
    private ImportWizardModel wizard;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new BackgroundTasks(Executors.newSingleThreadExecutor(new DaemonThreads("test-import")), errors,
                messages);
        stage.setScene(new Scene(new Pane(), 1100, 720));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            wizard.dispose();
            tasks.close();
        }).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
        project.close();
    }

    private void openWizard(FxRobot robot, Path... files) throws IOException {
        project = new StoreGateway().create(folder.resolve("test project"));
        openWizard(robot, project.imports()::importFile, files);
    }

    private void openWizard(FxRobot robot, ImportSteps.Importer importer, Path... files) throws IOException {
        if (project == null) {
            project = new StoreGateway().create(folder.resolve("test project"));
        }
        robot.interact(() -> {
            wizard = new ImportWizardModel(List.of(files), SHANGHAI, project.imports()::preview,
                    importer, tasks, background, Platform::runLater,
                    dataChanges::incrementAndGet, messages);
            stage.getScene().setRoot(new ImportWizardView(wizard, messages, stage::hide));
        });
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static boolean hasLabel(FxRobot robot, String text) {
        return robot.lookup(".label").match((Labeled label) -> text.equals(label.getText())).tryQuery().isPresent();
    }

    @Test
    void aCsvIsPreviewedMappedImportedAndItsQualityReportShowsTheCounts(FxRobot robot) throws Exception {
        // 4 rows: two good, the 3rd repeats the 2nd (a duplicate), the 4th has no readable time (quarantined).
        Path file = write("email.csv", """
                member_id,event,ts,channel
                M1,click,2026-08-01 10:00:00,email
                M2,open,2026-08-01 11:00:00,email
                M2,open,2026-08-01 11:00:00,email
                M3,open,not a time,email
                """);
        openWizard(robot, file);
        FileImportModel email = wizard.files().get(0);
        await(() -> email.readyProperty().get());
        assertEquals("email.csv — how the file is read", text(robot, "#wizard-step-title"));
        assertEquals("Import 1 file", robot.lookup("#wizard-import").queryButton().getText());

        robot.clickOn("#wizard-next");
        assertEquals("email.csv — which column is which", text(robot, "#wizard-step-title"));
        assertTrue(hasLabel(robot, "Every required field is mapped."));

        robot.clickOn("#wizard-import");
        await(() -> email.stateProperty().get() == State.IMPORTED);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("email.csv — result", text(robot, "#wizard-step-title"));
        assertTrue(hasLabel(robot, "4 rows read"));
        // 2 of 4 rows loaded is 50%; 1 of 4 quarantined and 1 of 4 duplicate are 25% each.
        assertTrue(hasLabel(robot, "Loaded 2 (50.0%)"));
        assertTrue(hasLabel(robot, "Quarantined 1 (25.0%)"));
        assertTrue(hasLabel(robot, "Duplicates 1 (25.0%)"));
        assertEquals(2, new StatsRepository(project.store()).stats().events());
        await(() -> dataChanges.get() == 1);
        assertEquals(List.of(), errors.reports);
    }

    @Test
    void aMissingRequiredFieldBlocksTheImportUntilAConstantIsTyped(FxRobot robot) throws Exception {
        Path file = write("visits.csv", """
                member_id,ts
                M1,2026-08-01 10:00:00
                M2,2026-08-02 10:00:00
                """);
        openWizard(robot, file);
        FileImportModel visits = wizard.files().get(0);
        await(() -> visits.stateProperty().get() == State.READY);
        WaitForAsyncUtils.waitForFxEvents();
        Button importButton = robot.lookup("#wizard-import").queryButton();
        assertTrue(importButton.isDisabled());
        assertEquals("Finish the mapping of visits.csv first.", text(robot, "#wizard-blocker"));

        robot.clickOn("#wizard-next");
        assertTrue(hasLabel(robot,
                "Event type is required: choose its column, or type a constant for the whole file."));
        // Set the text in one step: typing key by key through the robot loses keys on a loaded machine.
        TextField constant = robot.lookup("#constant-event_type").queryAs(TextField.class);
        robot.interact(() -> constant.setText("visit"));

        await(() -> !importButton.isDisabled());
        robot.clickOn(importButton);
        await(() -> visits.stateProperty().get() == State.IMPORTED);
        assertEquals(2, visits.reportProperty().get().rowsLoaded());
        assertEquals(2, new StatsRepository(project.store()).stats().events());
    }

    @Test
    void aFileThatCannotBeReadSaysWhyAndIsLeftOut(FxRobot robot) throws Exception {
        Path empty = write("empty.csv", "");
        openWizard(robot, empty);
        FileImportModel file = wizard.files().get(0);

        await(() -> file.stateProperty().get() == State.UNREADABLE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(hasLabel(robot, "empty.csv cannot be read"));
        assertTrue(robot.lookup("#wizard-import").queryButton().isDisabled());
        assertEquals("Nothing left to import.", text(robot, "#wizard-blocker"));
        assertEquals(0, dataChanges.get());
    }

    @Test
    void aValueMapIsEditedInItsDialogAndTheMappingSaysHowManyValuesItMaps(FxRobot robot) throws Exception {
        Path file = write("crm.csv", """
                member_id,name,gender
                M1,张三,男
                M2,李四,女
                M3,王五,男
                """);
        openWizard(robot, file);
        FileImportModel crm = wizard.files().get(0);
        await(() -> crm.readyProperty().get());
        robot.clickOn("#wizard-next");
        // The suggested mapping gives the gender column the built-in dictionary of 16 codes.
        assertEquals("16 mapped", text(robot, "#values-summary-gender"));

        robot.clickOn("#values-gender");
        WaitForAsyncUtils.waitForFxEvents();
        // 男 (2 rows) and 女 come first, then the dictionary's 14 other codes; keep just the first two, 女 as "W".
        assertEquals(16, robot.lookup(".value-map-dialog .check-box").queryAll().size());
        List<CheckBox> ticks = IntStream.range(0, 16)
                .mapToObj(i -> robot.lookup("#value-mapped-" + i).queryAs(CheckBox.class)).toList();
        TextField female = robot.lookup("#value-becomes-1").queryAs(TextField.class);
        robot.interact(() -> {
            ticks.forEach(tick -> tick.setSelected(false));
            female.setText("W");
            ticks.get(0).setSelected(true);
        });
        Button apply = robot.lookup(".value-map-dialog .button").match((Button button) -> "Apply".equals(
                button.getText())).queryButton();
        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("2 mapped", text(robot, "#values-summary-gender"));
        robot.clickOn("#wizard-import");
        await(() -> crm.stateProperty().get() == State.IMPORTED);
        CustomerProfileRepository customers = new CustomerProfileRepository(project.store());
        assertEquals("W", customers.attributes(customers.find("M2").get(0).globalId()).orElseThrow().gender());
        assertEquals("M", customers.attributes(customers.find("M3").get(0).globalId()).orElseThrow().gender());
    }

    @Test
    void aFormatChosenInTheReadingStepReadsTheFileAgain(FxRobot robot) throws Exception {
        Path file = write("visits.csv", "member_id,event,ts\nM1,visit,2026-08-01 10:00:00\n");
        openWizard(robot, file);
        FileImportModel visits = wizard.files().get(0);
        await(() -> visits.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ComboBox<FileFormat> format = robot.lookup("#reading-format").queryAs(ComboBox.class);
        assertEquals(FileFormat.CSV, format.getValue());
        robot.interact(() -> format.setValue(FileFormat.JSON_ARRAY));

        await(() -> visits.stateProperty().get() == State.UNREADABLE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hasLabel(robot, "visits.csv cannot be read"));
        ComboBox<?> again = robot.lookup("#reading-format").queryAs(ComboBox.class);
        assertEquals(FileFormat.JSON_ARRAY, again.getValue());
        assertFalse(again.isDisabled(), "the format can be chosen again for a file that cannot be read");
    }

    /** An import that runs until it is cancelled, as a large file would, then undoes itself. */
    private static ImportOutcome runUntilCancelled(Path file, ImportRequest request, ImportMonitor monitor)
            throws ImportCancelledException {
        long half = 500;
        monitor.progress(half, 2 * half, 10);
        while (!monitor.isCancelled()) {
            Thread.onSpinWait();
        }
        throw new ImportCancelledException(file.getFileName().toString());
    }

    @Test
    void cancellingStopsTheRunSaysTheProjectIsUnchangedAndLeavesTheNextFileWaiting(FxRobot robot) throws Exception {
        String text = "member_id,event,ts\nM1,click,2026-08-01 10:00:00\n";
        Path first = write("first.csv", text);
        Path second = write("second.csv", text.replace("M1", "M2"));
        openWizard(robot, ImportWizardTest::runUntilCancelled, first, second);
        await(() -> wizard.files().stream().allMatch(file -> file.readyProperty().get()));
        assertEquals("Import 2 files", robot.lookup("#wizard-import").queryButton().getText());

        robot.clickOn("#wizard-import");
        await(() -> wizard.progressProperty().get() == 0.5);
        robot.clickOn("#wizard-cancel");

        await(() -> wizard.files().get(0).stateProperty().get() == State.CANCELLED);
        await(() -> !wizard.runningProperty().get());
        assertTrue(hasLabel(robot, "The import was cancelled. The project is unchanged: everything this file had "
                + "added was removed."));
        assertEquals(State.READY, wizard.files().get(1).stateProperty().get());
        assertEquals("Import 2 files", robot.lookup("#wizard-import").queryButton().getText());
        assertEquals(0, dataChanges.get());
    }

    @Test
    void aFailedImportShowsItsMessageAndWhatToDoAndBackLeadsToTheMapping(FxRobot robot) throws Exception {
        Path file = write("orders.csv", "member_id,event,ts\nM1,click,2026-08-01 10:00:00\n");
        openWizard(robot, (path, request, monitor) -> {
            throw new ImportFailedException("orders.csv cannot be imported as events: the disk is full.", null);
        }, file);
        await(() -> wizard.files().get(0).readyProperty().get());

        robot.clickOn("#wizard-import");
        await(() -> wizard.files().get(0).stateProperty().get() == State.FAILED);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(hasLabel(robot, "orders.csv was not imported"));
        assertTrue(hasLabel(robot, "orders.csv cannot be imported as events: the disk is full."));
        assertTrue(hasLabel(robot, "Nothing in the project changed. Go back to the mapping or the reading settings, "
                + "fix what the message names, and import again."));
        robot.clickOn("#wizard-back");
        assertEquals("orders.csv — which column is which", text(robot, "#wizard-step-title"));
    }
}
