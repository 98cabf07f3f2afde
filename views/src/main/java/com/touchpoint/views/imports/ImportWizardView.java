package com.touchpoint.views.imports;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.FileImportModel.State;
import com.touchpoint.views.imports.ImportWizardModel.Step;
import com.touchpoint.views.quality.DataLabels;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import wizard's content: the files on the left with how each stands, the selected file's step in the middle
 * (reading, mapping or outcome, with the running import's progress), and Back / Next, Import, Cancel and Close
 * below.
 */
public final class ImportWizardView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            ImportWizardView.class.getResource("imports.css"), "imports.css is missing").toExternalForm();

    private final ImportWizardModel model;
    private final Messages messages;
    private final StackPane stepArea = new StackPane();
    private final Label stepTitle = new Label();
    private final InvalidationListener redraw = observable -> showStep();
    private FileImportModel watched;

    /** @param close what the Close button does (hides the window) */
    public ImportWizardView(ImportWizardModel model, Messages messages, Runnable close) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("import-wizard");
        getStylesheets().add(STYLESHEET);

        stepTitle.getStyleClass().add("wizard-title");
        stepTitle.setId("wizard-step-title");
        setTop(stepTitle);
        setLeft(fileList());
        stepArea.getStyleClass().add("wizard-step-area");
        setCenter(stepArea);
        setBottom(buttons(close));

        model.selectedProperty().addListener((property, old, now) -> watch(now));
        model.stepProperty().addListener(redraw);
        watch(model.selectedProperty().get());
    }

    public ImportWizardModel model() {
        return model;
    }

    private void watch(FileImportModel file) {
        if (watched != null) {
            watched.stateProperty().removeListener(redraw);
            watched.mappingProperty().removeListener(redraw);
        }
        watched = file;
        if (file != null) {
            file.stateProperty().addListener(redraw);
            file.mappingProperty().addListener(redraw);
        }
        showStep();
    }

    private void showStep() {
        FileImportModel file = model.selectedProperty().get();
        if (file == null) {
            stepArea.getChildren().clear();
            stepTitle.setText(messages.get("import.wizard.title"));
            return;
        }
        Step step = model.stepProperty().get();
        MappingModel mapping = file.mappingProperty().get();
        Node content = switch (step) {
            case READING -> new ReadingStepView(file, messages);
            case MAPPING -> mapping == null ? new ReadingStepView(file, messages)
                    : new MappingStepView(mapping, messages);
            case OUTCOME -> file.stateProperty().get().hasOutcome() ? new OutcomeView(file, model, messages)
                    : new ReadingStepView(file, messages);
        };
        stepTitle.setText(messages.get("import.step." + step.name().toLowerCase(Locale.ROOT),
                file.fileName()));
        stepArea.getChildren().setAll(content);
    }

    private Node fileList() {
        ObservableList<FileImportModel> files = FXCollections.observableArrayList(
                file -> new Observable[] {file.stateProperty(), file.readyProperty(), file.kindProperty()});
        Bindings.bindContent(files, model.files());
        ListView<FileImportModel> list = new ListView<>(files);
        list.setId("wizard-files");
        list.getStyleClass().add("wizard-files");
        list.setCellFactory(view -> new FileCell());
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((property, old, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((property, old, now) -> list.getSelectionModel().select(now));
        list.disableProperty().bind(model.runningProperty());
        return list;
    }

    private Node buttons(Runnable close) {
        Button back = new Button(messages.get("import.back"), new FontIcon(Feather.CHEVRON_LEFT));
        back.setId("wizard-back");
        back.disableProperty().bind(model.canBackProperty().not());
        back.setOnAction(event -> model.back());
        Button next = new Button(messages.get("import.next"), new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("wizard-next");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.disableProperty().bind(model.canNextProperty().not());
        next.setOnAction(event -> model.next());

        Label blocker = new Label();
        blocker.getStyleClass().add("wizard-blocker");
        blocker.setId("wizard-blocker");
        blocker.textProperty().bind(model.blockerProperty());
        blocker.setWrapText(true);
        blocker.setMinWidth(0);
        HBox.setHgrow(blocker, Priority.ALWAYS);
        blocker.setMaxWidth(Double.MAX_VALUE);

        Button cancel = new Button(messages.get("import.cancel"));
        cancel.setId("wizard-cancel");
        cancel.disableProperty().bind(model.cancellingProperty());
        cancel.setOnAction(event -> model.cancel());
        HBox running = new HBox(8, cancel);
        running.getStyleClass().add("wizard-progress");
        running.visibleProperty().bind(model.runningProperty());
        running.managedProperty().bind(running.visibleProperty());

        Button importButton = new Button();
        importButton.setId("wizard-import");
        importButton.getStyleClass().add("accent");
        importButton.setGraphic(new FontIcon(Feather.UPLOAD));
        importButton.textProperty().bind(Bindings.createStringBinding(() -> model.importableProperty().get() == 0
                ? messages.get("import.startNone")
                : messages.get("import.start", model.importableProperty().get()), model.importableProperty()));
        importButton.disableProperty().bind(model.blockerProperty().isNotNull().or(model.runningProperty()));
        importButton.setOnAction(event -> model.importAll());
        importButton.setDefaultButton(true);
        Button closeButton = new Button(messages.get("import.close"));
        closeButton.setId("wizard-close");
        closeButton.disableProperty().bind(model.runningProperty());
        closeButton.setOnAction(event -> close.run());

        HBox bar = new HBox(8, back, next, blocker, running, importButton, closeButton);
        bar.getStyleClass().add("wizard-buttons");
        return bar;
    }

    /** A file with an icon for how it stands, its name and its kind or state. */
    private final class FileCell extends ListCell<FileImportModel> {
        @Override
        protected void updateItem(FileImportModel file, boolean empty) {
            super.updateItem(file, empty);
            if (empty || file == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            State state = file.stateProperty().get();
            FontIcon icon = new FontIcon(icon(state, file.readyProperty().get()));
            icon.getStyleClass().addAll("file-state-icon", "state-" + state.name().toLowerCase(Locale.ROOT));
            Label name = new Label(file.fileName());
            name.getStyleClass().add("file-name");
            Label detail = new Label(detail(file));
            detail.getStyleClass().addAll("dim", "file-detail");
            setGraphic(new HBox(8, icon, new VBox(1, name, detail)));
            setText(null);
        }

        private String detail(FileImportModel file) {
            State state = file.stateProperty().get();
            if (state == State.READY && file.kindProperty().get() != null) {
                String kind = DataLabels.kind(messages, file.kindProperty().get());
                return file.readyProperty().get() ? kind : messages.get("import.file.incomplete", kind);
            }
            return messages.get("import.state." + state.name().toLowerCase(Locale.ROOT));
        }

        private Ikon icon(State state, boolean ready) {
            return switch (state) {
                case LOADING -> Feather.LOADER;
                case UNREADABLE, FAILED -> Feather.ALERT_TRIANGLE;
                case READY -> ready ? Feather.FILE_TEXT : Feather.EDIT_3;
                case IMPORTING -> Feather.UPLOAD_CLOUD;
                case IMPORTED, ALREADY_IMPORTED -> Feather.CHECK_CIRCLE;
                case CANCELLED -> Feather.SLASH;
            };
        }
    }
}
