package com.touchpoint.views.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.attribution.service.RunMonitor;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.Table;

@Timeout(60)
class AttributionViewModelTest {

    private final RecordingErrors errors = new RecordingErrors();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final BackgroundTasks tasks = new BackgroundTasks(
            Executors.newFixedThreadPool(2, new DaemonThreads("test-attribution")), errors, messages);
    private final FakeData data = new FakeData();
    private AttributionViewModel model;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void loadingPutsTheSavedSettingsAndTheProjectsChoicesIntoTheForm() throws Exception {
        data.saved = new SavedSettings("paths.csv", "purchase", List.of("direct", "sms"), List.of(), 14,
                List.of("linear", "markov"), 7, 40, 20, 40, 2, "RATE", "BEST_SEEN_SUBSET", 1).toJson();
        createModel();

        fx(model::loadChoices);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.form().channels().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(SourceChoice.pathReport("paths.csv"), model.form().sourceProperty().get());
        assertEquals(List.of("email", "search"), model.form().touchChannels());
        assertEquals(List.of(ModelKind.LINEAR, ModelKind.MARKOV), model.form().chosenModels());
        assertEquals(14, model.form().lookbackDaysProperty().get());
    }

    @Test
    void loadingAgainAfterAnImportKeepsWhatTheAnalystSetSince() throws Exception {
        data.saved = new SavedSettings(null, "purchase", List.of("direct"), List.of(), 14, List.of("linear"),
                7, 40, 20, 40, 1, "RATE", "BEST_SEEN_SUBSET", 1).toJson();
        createModel();
        fx(model::loadChoices);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.form().channels().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> model.form().lookbackDaysProperty().set(60));

        fx(model::dataChanged);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> data.changes == 1 && tasksIdle());

        assertEquals(60, model.form().lookbackDaysProperty().get());
        assertEquals(List.of(ModelKind.LINEAR), model.form().chosenModels());
    }

    @Test
    void aRunShowsItsResultAndSavesTheSettingsInTheProject() throws Exception {
        createModel();
        fx(() -> model.form().modelProperty(ModelKind.SHAPLEY).set(false));

        fx(model::run);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.results().runProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(4.0, model.results().runProperty().get().totalConversions(), 1e-9, "TestRuns has 4");
        assertEquals(model.form().saved().toJson(), data.saved);
        assertFalse(model.runningProperty().get());
        assertTrue(model.canRunProperty().get());
        assertEquals("4 conversions worth 350.00 · path report paths.csv", model.summaryProperty().get());
    }

    @Test
    void cancelStopsTheRunQuietly() throws Exception {
        data.waitForCancel = true;
        createModel();

        fx(model::run);
        assertTrue(data.started.await(10, TimeUnit.SECONDS));
        assertTrue(model.runningProperty().get());
        assertFalse(model.canRunProperty().get(), "no second run while one is under way");
        fx(model::cancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.runningProperty().get());

        assertNull(model.results().runProperty().get());
        assertNull(data.saved, "a cancelled run saves nothing");
        assertTrue(errors.reports.isEmpty(), errors.reports.toString());
    }

    @Test
    void aFailedRunIsReportedWithItsReasonAndRunCanBePressedAgain() throws Exception {
        data.failure = new IllegalArgumentException("The events hold no conversion of type 'purchase'");
        createModel();

        fx(model::run);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.reports.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Attribution did not finish", errors.reports.get(0).whatHappened());
        assertTrue(errors.reports.get(0).whatToDo().startsWith("The events hold no conversion of type 'purchase'"));
        assertFalse(model.runningProperty().get());
        assertTrue(model.canRunProperty().get());
    }

    private boolean tasksIdle() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> tasks.running().isEmpty()).get(10, TimeUnit.SECONDS);
    }

    private void createModel() throws Exception {
        model = WaitForAsyncUtils.asyncFx(() -> new AttributionViewModel(data, tasks, messages))
                .get(10, TimeUnit.SECONDS);
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /** A project with four channels and one path report, whose runs are {@link TestRuns}'. */
    private static final class FakeData implements AttributionData {
        volatile String saved;
        volatile boolean waitForCancel;
        volatile RuntimeException failure;
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public Choices choices() {
            return new Choices(List.of("ad_click", "purchase"), List.of("direct", "email", "search", "sms"),
                    List.of("paths.csv"));
        }

        @Override
        public AttributionRun run(SourceChoice source, AttributionSettings settings, RunMonitor monitor) {
            started.countDown();
            if (failure != null) {
                throw failure;
            }
            while (waitForCancel && !monitor.isCancelled()) {
                LockSupport.parkNanos(1_000_000);
            }
            monitor.checkCancelled();
            return TestRuns.run(settings);
        }

        @Override
        public Table qualitySummary() {
            return Table.create("Data quality");
        }

        @Override
        public String projectName() {
            return "Shop";
        }

        @Override
        public Optional<String> savedSettings() {
            return Optional.ofNullable(saved);
        }

        @Override
        public void saveSettings(String json) {
            saved = json;
        }

        volatile int changes;

        @Override
        public void dataChanged() {
            changes++;
        }
    }
}
