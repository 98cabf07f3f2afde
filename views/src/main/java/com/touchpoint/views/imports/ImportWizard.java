package com.touchpoint.views.imports;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.shell.FileImportHandler;
import com.touchpoint.views.tasks.BackgroundTasks;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the import wizard in a window over the main window, for files dropped on it or chosen with File › Import
 * (Ctrl+I), or the Import page's "Choose files…". With no files given it asks for them first. The window stays
 * modal while open, so the project cannot be closed under a running import; closing it during an import cancels
 * the import instead.
 */
public final class ImportWizard implements FileImportHandler<StoreProject> {

    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ScheduledExecutorService background;

    /** @param background worker threads for previews */
    public ImportWizard(Messages messages, BackgroundTasks tasks, ScheduledExecutorService background) {
        this.messages = messages;
        this.tasks = tasks;
        this.background = background;
    }

    @Override
    public void importFiles(StoreProject project, List<Path> files) {
        Window owner = ActiveWindow.get();
        List<Path> chosen = files.isEmpty() ? choose(owner) : files;
        if (!chosen.isEmpty()) {
            open(project, chosen, owner);
        }
    }

    /** Shows the wizard for {@code files} and returns its window (already showing). */
    public Stage open(StoreProject project, List<Path> files, Window owner) {
        ImportWizardModel model = new ImportWizardModel(files, ZoneId.systemDefault(), project.imports()::preview,
                project.imports()::importFile, tasks, background, Platform::runLater, project::dataChanged,
                messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("import.wizard.title"));
        stage.setScene(new Scene(new ImportWizardView(model, messages, stage::hide), 1100, 720));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setOnCloseRequest(event -> {
            if (model.runningProperty().get()) {
                event.consume();
                model.cancel();
            }
        });
        stage.setOnHidden(event -> model.dispose());
        stage.show();
        return stage;
    }

    private List<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("import.choose.exports"), "*.csv", "*.tsv", "*.txt",
                        "*.json", "*.ndjson", "*.jsonl"),
                new FileChooser.ExtensionFilter(messages.get("files.all"), "*"));
        List<File> picked = chooser.showOpenMultipleDialog(owner);
        return picked == null ? List.of() : picked.stream().map(File::toPath).toList();
    }
}
