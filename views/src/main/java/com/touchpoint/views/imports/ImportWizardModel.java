package com.touchpoint.views.imports;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.FileImportModel.State;
import com.touchpoint.views.tasks.BackgroundTasks;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The import wizard over one or more files: for each file a reading step (preview and how it is read) and a mapping
 * step, then one import run that imports the files one after another as a background task with progress and cancel,
 * and ends on each file's outcome (its quality report, or why it was not imported). A cancel stops the run: the file
 * being imported is undone and the files after it stay waiting. Use on the JavaFX thread.
 */
public final class ImportWizardModel {

    /** What the wizard shows of the selected file. */
    public enum Step { READING, MAPPING, OUTCOME }

    private final ImportAttempt attempt;
    private final BackgroundTasks tasks;
    private final Executor fxThread;
    private final Runnable dataChanged;
    private final Messages messages;
    private final ObservableList<FileImportModel> files = FXCollections.observableArrayList();
    private final ObservableList<FileImportModel> filesView = FXCollections.unmodifiableObservableList(files);
    private final ReadOnlyObjectWrapper<FileImportModel> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.READING);
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(this, "canNext");
    private final ReadOnlyIntegerWrapper importable = new ReadOnlyIntegerWrapper(this, "importable");
    private final ReadOnlyStringWrapper blocker = new ReadOnlyStringWrapper(this, "blocker");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText");
    private final Queue<FileImportModel> queue = new ArrayDeque<>();
    private final List<FileImportModel> ranThisTime = new ArrayList<>();
    private Task<?> current;

    /**
     * @param zone        the time zone proposed for times written without one
     * @param background  worker threads for previews
     * @param fxThread    the JavaFX thread ({@code Platform::runLater})
     * @param dataChanged called after each import that added data
     */
    public ImportWizardModel(List<Path> paths, ZoneId zone, ImportSteps.Previewer previewer,
                             ImportSteps.Importer importer, BackgroundTasks tasks, ScheduledExecutorService background,
                             Executor fxThread, Runnable dataChanged, Messages messages) {
        this.attempt = new ImportAttempt(importer, messages);
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.dataChanged = dataChanged;
        this.messages = messages;
        for (Path path : paths) {
            FileImportModel file = new FileImportModel(path, zone, previewer, background, fxThread, messages);
            file.stateProperty().addListener((property, old, now) -> fileChanged(file));
            file.readyProperty().addListener((property, old, now) -> updateImportable());
            files.add(file);
        }
        if (!files.isEmpty()) {
            select(files.get(0));
        }
        updateImportable();
    }

    public ObservableList<FileImportModel> files() {
        return filesView;
    }

    public ReadOnlyObjectProperty<FileImportModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    /** How many files wait to be imported (including ones still being read); 0 while an import runs. */
    public ReadOnlyIntegerProperty importableProperty() {
        return importable.getReadOnlyProperty();
    }

    /** Why Import cannot start, in the analyst's words; null when it can (or while an import runs). */
    public ReadOnlyStringProperty blockerProperty() {
        return blocker.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True from the analyst's cancel until the cancelled import has undone its work. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** The running file's progress, 0 to 1, or negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Shows {@code file}: its outcome once an import of it started, otherwise its reading step. */
    public void select(FileImportModel file) {
        selected.set(file);
        step.set(file.stateProperty().get().hasOutcome() ? Step.OUTCOME : Step.READING);
        updateNavigation();
    }

    public void next() {
        move(+1);
    }

    public void back() {
        move(-1);
    }

    /** Imports the waiting files one after another; only while nothing {@link #blockerProperty() blocks} it. */
    public void importAll() {
        if (running.get() || blocker.get() != null) {
            return;
        }
        queue.clear();
        ranThisTime.clear();
        files.stream().filter(file -> file.readyProperty().get()).forEach(queue::add);
        running.set(true);
        updateImportable();
        startNext();
    }

    /** Cancels the running import (it undoes what it wrote) and the files after it. */
    public void cancel() {
        if (current != null) {
            queue.clear();
            cancelling.set(true);
            progressText.unbind();
            progressText.set(messages.get("import.cancelling"));
            current.cancel();
        }
    }

    /** Stops previews still being read; call when the wizard closes. */
    public void dispose() {
        files.forEach(FileImportModel::dispose);
    }

    private void startNext() {
        FileImportModel file = queue.poll();
        if (file == null) {
            finishRun();
            return;
        }
        var request = file.request();
        file.importStarted();
        ranThisTime.add(file);
        select(file);
        Task<?> task = tasks.run(messages.get("import.task", file.fileName()), context -> {
            ImportAttempt.Result result = attempt.run(file.file(), request, context);
            // Handed over here rather than through the task's success: a cancelled task reports nothing.
            fxThread.execute(() -> ended(file, result));
            return result;
        }, result -> { }, failure -> ended(file, new ImportAttempt.Refused(
                messages.get("import.unexpected", String.valueOf(failure.getMessage())))));
        current = task;
        progress.bind(task.progressProperty());
        progressText.bind(task.messageProperty());
    }

    private void ended(FileImportModel file, ImportAttempt.Result result) {
        progress.unbind();
        progressText.unbind();
        current = null;
        file.importEnded(result);
        if (result instanceof ImportAttempt.Imported imported && !imported.outcome().alreadyImported()) {
            dataChanged.run();
        }
        startNext();
    }

    private void finishRun() {
        running.set(false);
        cancelling.set(false);
        progress.set(0);
        progressText.set(null);
        if (!ranThisTime.isEmpty()) {
            select(ranThisTime.get(0));
        }
        updateImportable();
    }

    private void fileChanged(FileImportModel file) {
        if (file == selected.get() && !pages(file).contains(step.get())) {
            List<Step> pages = pages(file);
            step.set(pages.get(pages.size() - 1));
        }
        updateNavigation();
        updateImportable();
    }

    /** The steps a file has now, in order. */
    private static List<Step> pages(FileImportModel file) {
        return switch (file.stateProperty().get()) {
            case LOADING, UNREADABLE -> List.of(Step.READING);
            case READY -> List.of(Step.READING, Step.MAPPING);
            case FAILED, CANCELLED -> List.of(Step.READING, Step.MAPPING, Step.OUTCOME);
            case IMPORTING, IMPORTED, ALREADY_IMPORTED -> List.of(Step.OUTCOME);
        };
    }

    private record Page(FileImportModel file, Step step) {
    }

    private List<Page> allPages() {
        List<Page> all = new ArrayList<>();
        for (FileImportModel file : files) {
            pages(file).forEach(page -> all.add(new Page(file, page)));
        }
        return all;
    }

    private void move(int direction) {
        List<Page> all = allPages();
        int here = all.indexOf(new Page(selected.get(), step.get()));
        int there = here + direction;
        if (here >= 0 && there >= 0 && there < all.size() && !running.get()) {
            Page page = all.get(there);
            selected.set(page.file());
            step.set(page.step());
            updateNavigation();
        }
    }

    private void updateNavigation() {
        List<Page> all = allPages();
        int here = all.indexOf(new Page(selected.get(), step.get()));
        canBack.set(!running.get() && here > 0);
        canNext.set(!running.get() && here >= 0 && here < all.size() - 1);
    }

    private void updateImportable() {
        if (running.get()) {
            importable.set(0);
            blocker.set(null);
            updateNavigation();
            return;
        }
        List<FileImportModel> waiting = files.stream().filter(file -> file.stateProperty().get().isPending()
                || file.stateProperty().get() == State.LOADING).toList();
        FileImportModel notReady = waiting.stream().filter(file -> !file.readyProperty().get()).findFirst()
                .orElse(null);
        importable.set(waiting.size());
        if (waiting.isEmpty()) {
            blocker.set(messages.get("import.blocker.nothing"));
        } else if (notReady != null) {
            blocker.set(notReady.stateProperty().get() == State.LOADING
                    ? messages.get("import.blocker.reading", notReady.fileName())
                    : messages.get("import.blocker.mapping", notReady.fileName()));
        } else {
            blocker.set(null);
        }
        updateNavigation();
    }
}
