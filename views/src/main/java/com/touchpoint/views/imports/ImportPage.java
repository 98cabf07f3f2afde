package com.touchpoint.views.imports;

import com.touchpoint.datasources.store.ImportBatchInfo;
import com.touchpoint.datasources.store.ImportBatchRepository;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.quality.DataLabels;
import com.touchpoint.views.quality.ListTable;
import com.touchpoint.views.quality.QualityReportView;
import com.touchpoint.views.tasks.BackgroundTasks;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Import page: "Choose files…", an area to drop exports on, and the project's import history; selecting an
 * import shows its quality report. The history reloads whenever the project's data changes.
 */
public final class ImportPage extends BorderPane {

    private static final String STYLESHEET = Objects.requireNonNull(
            ImportPage.class.getResource("imports.css"), "imports.css is missing").toExternalForm();
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final DateTimeFormatter FINISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StoreProject project;
    private final ImportWizard wizard;
    private final Messages messages;
    private final ImportHistoryModel history;

    public ImportPage(StoreProject project, ImportWizard wizard, BackgroundTasks tasks, Messages messages) {
        this.project = project;
        this.wizard = wizard;
        this.messages = messages;
        this.history = new ImportHistoryModel(context -> new ImportBatchRepository(project.store()).finished(),
                tasks, messages);
        getStyleClass().add("import-page");
        getStylesheets().add(STYLESHEET);

        Label title = new Label(messages.get("nav.import"));
        title.getStyleClass().add("page-title");
        Button choose = new Button(messages.get("import.page.choose"), new FontIcon(Feather.FOLDER_PLUS));
        choose.setId("import-choose");
        choose.getStyleClass().add("accent");
        choose.setOnAction(event -> wizard.importFiles(project, List.of()));
        VBox top = new VBox(12, title, new HBox(16, choose, dropArea()));
        top.getStyleClass().add("import-page-top");
        setTop(top);
        setCenter(historyAndReport());

        project.dataVersion().addListener((property, old, now) -> history.reload());
        history.reload();
    }

    public ImportHistoryModel history() {
        return history;
    }

    private Node dropArea() {
        Label text = new Label(messages.get("import.page.drop"), new FontIcon(Feather.DOWNLOAD));
        text.getStyleClass().add("drop-text");
        StackPane area = new StackPane(text);
        area.setId("import-drop");
        area.getStyleClass().add("drop-area");
        HBox.setHgrow(area, Priority.ALWAYS);
        area.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                area.pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        area.setOnDragExited(event -> area.pseudoClassStateChanged(DROP_TARGET, false));
        area.setOnDragDropped(event -> {
            List<Path> files = event.getDragboard().hasFiles()
                    ? event.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath).toList()
                    : List.of();
            if (!files.isEmpty()) {
                wizard.importFiles(project, files);
            }
            event.setDropCompleted(!files.isEmpty());
            area.pseudoClassStateChanged(DROP_TARGET, false);
            event.consume();
        });
        return area;
    }

    private Node historyAndReport() {
        ListTable<ImportBatchInfo> table = new ListTable<>(history.imports(), messages.get("import.history.empty"))
                .column(messages.get("import.history.file"), ImportBatchInfo::fileName, 220)
                .column(messages.get("import.history.kind"), info -> DataLabels.kindNamed(messages, info.kind()), 110)
                .column(messages.get("import.history.finished"), info -> info.finishedAt() == null ? ""
                        : FINISHED.format(info.finishedAt().atZoneSameInstant(ZoneId.systemDefault())), 140)
                .numberColumn(messages.get("import.history.loaded"),
                        info -> messages.get("format.number", info.counts().loaded()))
                .numberColumn(messages.get("import.history.quarantined"),
                        info -> messages.get("format.number", info.counts().quarantined()));
        table.setId("import-history");
        table.getSelectionModel().selectedItemProperty().addListener(
                (property, old, now) -> history.selectedProperty().set(now));
        history.selectedProperty().addListener((property, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        Label heading = new Label(messages.get("import.history.title"));
        heading.getStyleClass().add("section-title");
        VBox left = new VBox(8, heading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.getStyleClass().add("import-history");

        Label pick = new Label(messages.get("import.history.pick"));
        pick.getStyleClass().add("dim");
        QualityReportView report = new QualityReportView(history.report(), messages);
        StackPane right = new StackPane(pick, report);
        right.getStyleClass().add("import-report");
        pick.visibleProperty().bind(report.visibleProperty().not());

        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        return split;
    }
}
