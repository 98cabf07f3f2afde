package com.touchpoint.views.imports;

import com.touchpoint.datasources.imports.QualityReport;
import com.touchpoint.datasources.store.ImportBatchInfo;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.quality.QualityReportModel;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.Job;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project's import history, newest first, and the quality report of the import selected in it. Loads in the
 * background; {@link #reload} after the data changed. Use on the JavaFX thread.
 */
public final class ImportHistoryModel {

    private final Job<List<ImportBatchInfo>> load;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObservableList<ImportBatchInfo> imports = FXCollections.observableArrayList();
    private final ObjectProperty<ImportBatchInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final QualityReportModel report = new QualityReportModel();

    /** @param load reads the finished imports (on a worker thread) */
    public ImportHistoryModel(Job<List<ImportBatchInfo>> load, BackgroundTasks tasks, Messages messages) {
        this.load = load;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((property, old, now) -> report.reportProperty().set(
                now == null || now.qualityJson() == null ? null : QualityReport.fromJson(now.qualityJson())));
    }

    public ObservableList<ImportBatchInfo> imports() {
        return imports;
    }

    /** The import whose report is shown; null for none. */
    public ObjectProperty<ImportBatchInfo> selectedProperty() {
        return selected;
    }

    public QualityReportModel report() {
        return report;
    }

    /** Reads the history again; keeps the selected import selected when it is still there. */
    public void reload() {
        tasks.run(messages.get("import.history.loading"), load, loaded -> {
            long keep = selected.get() == null ? -1 : selected.get().id();
            imports.setAll(loaded.stream().sorted(Comparator.comparingLong(ImportBatchInfo::id).reversed()).toList());
            selected.set(imports.stream().filter(info -> info.id() == keep).findFirst().orElse(null));
        });
    }
}
