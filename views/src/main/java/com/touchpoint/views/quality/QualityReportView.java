package com.touchpoint.views.quality;

import com.touchpoint.datasources.imports.QualityReport;
import com.touchpoint.datasources.imports.QualityReport.SharedIdentifier;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.quality.QualityReportModel.ColumnRow;
import com.touchpoint.views.quality.QualityReportModel.Tally;
import com.touchpoint.views.table.ValueFormat;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The quality report of one import: where the rows went (loaded, quarantined, duplicate) with a bar, the customers
 * after it, the time range, how complete each column was, why rows were quarantined, channel values the project does
 * not know and identifiers left out of stitching. Sections without facts are left out.
 */
public final class QualityReportView extends ScrollPane {

    private static final String STYLESHEET = Objects.requireNonNull(
            QualityReportView.class.getResource("quality.css"), "quality.css is missing").toExternalForm();

    private final QualityReportModel model;
    private final Messages messages;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label rowsRead = new Label();
    private final ShareBar bar = new ShareBar("loaded", "quarantined", "duplicate");
    private final Label loaded = legend("loaded");
    private final Label quarantined = legend("quarantined");
    private final Label duplicate = legend("duplicate");
    private final Label customers = new Label();
    private final Label timeRange = new Label();

    public QualityReportView(QualityReportModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("quality-report");
        getStylesheets().add(STYLESHEET);
        setFitToWidth(true);
        title.getStyleClass().add("quality-title");
        subtitle.getStyleClass().addAll("dim", "quality-subtitle");
        rowsRead.getStyleClass().add("quality-figure");
        FlowPane legends = new FlowPane(18, 4, loaded, quarantined, duplicate);
        VBox counts = new VBox(8, rowsRead, bar, legends, customers, timeRange);
        counts.getStyleClass().add("quality-counts");

        VBox content = new VBox(20,
                new VBox(2, title, subtitle),
                counts,
                section(messages.get("quality.columns"), null, columnsTable(), model.columns()),
                section(messages.get("quality.reasons"), messages.get("quality.reasons.hint"), reasonsTable(),
                        model.quarantineReasons()),
                section(messages.get("quality.channels"), messages.get("quality.channels.hint"), channelsTable(),
                        model.unknownChannels()),
                section(messages.get("quality.shared"), messages.get("quality.shared.hint"), sharedTable(),
                        model.sharedIdentifiers()));
        content.getStyleClass().add("quality-content");
        setContent(content);
        model.reportProperty().addListener((property, old, report) -> show(report));
        show(model.reportProperty().get());
    }

    public QualityReportModel model() {
        return model;
    }

    private void show(QualityReport report) {
        setVisible(report != null);
        if (report == null) {
            return;
        }
        title.setText(report.fileName());
        subtitle.setText(messages.get("quality.subtitle", DataLabels.kindNamed(messages, report.kind()),
                report.encoding(), reading(report.delimiter()), report.mappingName()));
        rowsRead.setText(messages.get("quality.rowsRead", report.rowsRead()));
        bar.setCounts(report.rowsLoaded(), report.rowsQuarantined(), report.rowsDuplicate());
        loaded.setText(messages.get("quality.loaded", report.rowsLoaded(),
                Percent.of(messages, share(report.rowsLoaded(), report))));
        quarantined.setText(messages.get("quality.quarantined", report.rowsQuarantined(),
                Percent.of(messages, share(report.rowsQuarantined(), report))));
        duplicate.setText(messages.get("quality.duplicate", report.rowsDuplicate(),
                Percent.of(messages, share(report.rowsDuplicate(), report))));
        customers.setText(messages.get("quality.customers", report.customersAfter(), report.customersMerged()));
        boolean hasTimes = report.firstTimeUtc() != null;
        timeRange.setText(hasTimes ? messages.get("quality.timeRange", ValueFormat.format(report.firstTimeUtc()),
                ValueFormat.format(report.lastTimeUtc())) : "");
        timeRange.setVisible(hasTimes);
        timeRange.setManaged(hasTimes);
        setVvalue(0);
    }

    /** How the file was read, as the import history stores it ("CSV ;", "CSV tab", "NDJSON"), in words. */
    private String reading(String stored) {
        if (stored == null || !stored.startsWith("CSV ")) {
            return stored;
        }
        String separator = stored.substring("CSV ".length());
        return messages.get("quality.csv", separator.equals("tab") ? messages.get("import.delimiter.tab")
                : "\"" + separator + "\"");
    }

    private static double share(long part, QualityReport report) {
        return report.rowsRead() == 0 ? 0 : (double) part / report.rowsRead();
    }

    private ListTable<ColumnRow> columnsTable() {
        return new ListTable<>(model.columns(), "")
                .column(messages.get("quality.column"), ColumnRow::column)
                .column(messages.get("quality.mappedTo"), row -> row.mappedTo() == null
                        ? messages.get("quality.mappedTo.properties")
                        : DataLabels.fieldNamed(messages, row.mappedTo()))
                .numberColumn(messages.get("quality.missing"), row -> messages.get("format.number", row.missing()))
                .numberColumn(messages.get("quality.invalid"), row -> messages.get("format.number", row.invalid()))
                .numberColumn(messages.get("quality.missingShare"),
                        row -> Percent.of(messages, row.missingShare()))
                .fitRows(1);
    }

    private ListTable<Tally> reasonsTable() {
        return tallyTable(model.quarantineReasons(), messages.get("quality.reason"));
    }

    private ListTable<Tally> channelsTable() {
        return tallyTable(model.unknownChannels(), messages.get("quality.channel"));
    }

    private ListTable<Tally> tallyTable(ObservableList<Tally> rows, String valueTitle) {
        return new ListTable<>(rows, "")
                .column(valueTitle, Tally::value)
                .numberColumn(messages.get("quality.rows"), tally -> messages.get("format.number", tally.count()))
                .fitRows(1);
    }

    private ListTable<SharedIdentifier> sharedTable() {
        return new ListTable<>(model.sharedIdentifiers(), "")
                .column(messages.get("quality.idType"), shared -> DataLabels.idTypeNamed(messages, shared.type()))
                .column(messages.get("quality.idValue"), SharedIdentifier::value)
                .numberColumn(messages.get("quality.linked"),
                        shared -> messages.get("format.number", shared.linkedIdentifiers()))
                .fitRows(1);
    }

    /** A titled section that is shown only while {@code rows} has any. */
    private static Node section(String heading, String hint, Region table, ObservableList<?> rows) {
        Label title = new Label(heading);
        title.getStyleClass().add("quality-heading");
        VBox section = new VBox(6, title);
        if (hint != null) {
            Label hintLabel = new Label(hint);
            hintLabel.setWrapText(true);
            hintLabel.getStyleClass().addAll("dim", "quality-hint");
            section.getChildren().add(hintLabel);
        }
        section.getChildren().add(table);
        section.visibleProperty().bind(Bindings.isNotEmpty(rows));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private static Label legend(String style) {
        Region dot = new Region();
        dot.getStyleClass().addAll("legend-dot", style);
        Label label = new Label(null, dot);
        label.getStyleClass().add("quality-legend");
        return label;
    }
}
