package com.touchpoint.views.attribution;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.JourneySource;
import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.attribution.service.RunMonitor;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.JobContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attribution view's state and actions: the {@link AttributionForm}, running it over the project as a
 * background task with progress and cancel, the {@link AttributionResults} of the last run, and exporting the
 * workbook and the chart. The last settings are saved in the project when a run succeeds and put back when the view
 * opens. Use on the JavaFX thread.
 */
public final class AttributionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AttributionViewModel.class);
    private static final long PROGRESS_STEPS = 1000;

    private final AttributionData data;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ModelNames names;
    private final AttributionForm form;
    private final AttributionResults results = new AttributionResults();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final BooleanBinding canRun;
    private final StringBinding summary;
    private Task<AttributionRun> current;
    private boolean settingsRestored;

    public AttributionViewModel(AttributionData data, BackgroundTasks tasks, Messages messages) {
        this.data = data;
        this.tasks = tasks;
        this.messages = messages;
        this.names = new ModelNames(messages);
        this.form = new AttributionForm(messages);
        canRun = running.not().and(form.problemProperty().isNull());
        summary = Bindings.createStringBinding(this::describeRun, results.runProperty());
    }

    public AttributionForm form() {
        return form;
    }

    public AttributionResults results() {
        return results;
    }

    public ModelNames names() {
        return names;
    }

    /** True while a run is under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The share of the current run done, 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether Run may be pressed: nothing is running and the settings have no problem. */
    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** One line on the run shown: conversions, value and where the journeys came from; empty before a run. */
    public StringBinding summaryProperty() {
        return summary;
    }

    /**
     * Reads the project's event types, channels and path reports into the form; the first time also the settings
     * saved in the project (later loads keep what the analyst has set since).
     */
    public void loadChoices() {
        boolean restore = !settingsRestored;
        settingsRestored = true;
        tasks.run(messages.get("attribution.loading"),
                context -> new Loaded(data.choices(), restore ? data.savedSettings() : Optional.empty()),
                loaded -> {
                    loaded.saved().flatMap(AttributionViewModel::readSaved).ifPresent(form::apply);
                    AttributionData.Choices choices = loaded.choices();
                    form.setChoices(choices.eventTypes(), choices.channels(), choices.pathReports());
                });
    }

    /** The project's data changed: later runs read it again, and the choices are read again. */
    public void dataChanged() {
        data.dataChanged();
        loadChoices();
    }

    /**
     * Runs the form's settings as a background task; the result replaces the one shown and the settings are saved
     * in the project. Does nothing while a run is under way or the settings have a problem.
     */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        AttributionSettings settings = form.settings();
        SourceChoice source = form.sourceProperty().get();
        String saved = form.saved().toJson();
        Task<AttributionRun> task = tasks.run(messages.get("attribution.task"), context -> {
            AttributionRun run = data.run(source, settings, monitor(context));
            data.saveSettings(saved);
            return run;
        }, results.runProperty()::set);
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        task.stateProperty().addListener((property, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED
                    || state == Worker.State.CANCELLED) {
                progress.unbind();
                running.set(false);
                current = null;
            }
        });
    }

    /** Stops the run under way, if any. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Writes the attribution workbook of the run shown to {@code out} as a background task. */
    public Task<Path> exportWorkbook(Path out) {
        AttributionRun run = results.runProperty().get();
        return tasks.run(messages.get("export.running", out.getFileName()), context -> {
            AttributionWorkbook.write(run, data.qualitySummary(), data.projectName(), out);
            return out;
        }, this::saved);
    }

    /** Saves the chart of the run shown as PNG as a background task; {@code fontFamily} draws its text. */
    public Task<Path> exportChart(Path out, String fontFamily) {
        AttributionRun run = results.runProperty().get();
        return tasks.run(messages.get("export.running", out.getFileName()), context -> {
            CreditChart.savePng(chart(run, fontFamily), out);
            return out;
        }, this::saved);
    }

    /** The chart of {@code run} with titles in the interface language. */
    public JFreeChart chart(AttributionRun run, String fontFamily) {
        return CreditChart.create(run, names, messages.get("attribution.chart.title"),
                messages.get("attribution.chart.channels"), messages.get("attribution.chart.conversions"),
                fontFamily);
    }

    /** A file name for exports of the run shown, without extension. */
    public String suggestedName(String what) {
        return data.projectName() + " " + what;
    }

    /** A short note on the last export that went well ("Saved report.xlsx"), empty before. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private void saved(Path written) {
        notice.set(messages.get("export.done", written.getFileName()));
    }

    private RunMonitor monitor(JobContext context) {
        return RunMonitor.of((fraction, step) -> {
            context.progress(Math.round(fraction * PROGRESS_STEPS), PROGRESS_STEPS);
            context.message(messages.get("attribution.step", stepName(step)));
        }, context::isCancelled);
    }

    /** The engine's step names are model ids ("markov") or short English phrases; model ids read as model names. */
    private String stepName(String step) {
        return Arrays.stream(ModelKind.values()).filter(kind -> kind.id().equals(step)).findFirst()
                .map(names::label).orElse(step);
    }

    private String describeRun() {
        AttributionRun run = results.runProperty().get();
        if (run == null) {
            return "";
        }
        return run.dataRange()
                .map(range -> messages.get("attribution.summary.events", run.totalConversions(), run.totalValue(),
                        range.firstDay().toString(), range.lastDay().toString()))
                .orElseGet(() -> messages.get("attribution.summary.report", run.totalConversions(),
                        run.totalValue(), run.input().source() instanceof JourneySource.PathReport report
                                ? report.name() : run.input().source().describe()));
    }

    private static Optional<SavedSettings> readSaved(String json) {
        try {
            return Optional.of(SavedSettings.fromJson(json));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring the saved attribution settings, starting from the defaults", e);
            return Optional.empty();
        }
    }

    private record Loaded(AttributionData.Choices choices, Optional<String> saved) {
    }
}
