package com.touchpoint.views.imports;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.quality.QualityReportModel;
import com.touchpoint.views.quality.QualityReportView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * How one file's import went: running, its quality report (with a note when the same file was imported before), why
 * it was not imported and what to do, or that it was cancelled and the project is unchanged.
 */
final class OutcomeView extends VBox {

    /** @param wizard the run the file is part of, for the progress of its import */
    OutcomeView(FileImportModel file, ImportWizardModel wizard, Messages messages) {
        super(12);
        getStyleClass().add("wizard-step");
        String message = file.messageProperty().get();
        switch (file.stateProperty().get()) {
            case IMPORTING -> {
                ProgressBar bar = new ProgressBar();
                bar.setId("import-progress");
                bar.progressProperty().bind(wizard.progressProperty());
                bar.setPrefWidth(420);
                Label step = new Label();
                step.textProperty().bind(wizard.progressTextProperty());
                step.getStyleClass().add("dim");
                VBox box = new VBox(10, new Label(messages.get("import.running", file.fileName())), bar, step);
                box.getStyleClass().add("wizard-placeholder");
                getChildren().add(box);
            }
            case IMPORTED, ALREADY_IMPORTED -> {
                getChildren().add(Notices.note(Feather.CHECK_CIRCLE, "notice-ok", message != null ? message
                        : messages.get("import.done", file.reportProperty().get().rowsLoaded())));
                QualityReportModel report = new QualityReportModel();
                report.reportProperty().set(file.reportProperty().get());
                Node view = new QualityReportView(report, messages);
                VBox.setVgrow(view, Priority.ALWAYS);
                getChildren().add(view);
            }
            case FAILED -> getChildren().add(Notices.problem(messages.get("import.failed", file.fileName()), message,
                    messages.get("import.failed.todo")));
            case CANCELLED -> getChildren().add(Notices.note(Feather.INFO, "notice-info", message));
            default -> throw new IllegalStateException(file.fileName() + " has no outcome yet");
        }
    }
}
