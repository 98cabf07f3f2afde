package com.touchpoint.views.quality;

import com.touchpoint.datasources.imports.QualityReport;
import com.touchpoint.datasources.imports.QualityReport.ColumnQuality;
import com.touchpoint.datasources.imports.QualityReport.SharedIdentifier;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state behind a {@link QualityReportView}: the report shown (null for none) and its facts in the form the view
 * lists them: columns with their share of missing values, quarantine reasons and unknown channels most frequent first.
 */
public final class QualityReportModel {

    /** One row of the columns table; {@code missingShare} is missing / rows read (0 when no row was read). */
    public record ColumnRow(String column, String mappedTo, long missing, long invalid, double missingShare) {
    }

    /** A value with how often it occurred: a quarantine reason or an unknown channel. */
    public record Tally(String value, long count) {
    }

    private final ObjectProperty<QualityReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<Tally> reasons = FXCollections.observableArrayList();
    private final ObservableList<Tally> unknownChannels = FXCollections.observableArrayList();
    private final ObservableList<SharedIdentifier> sharedIdentifiers = FXCollections.observableArrayList();

    public QualityReportModel() {
        report.addListener((property, old, now) -> fill(now));
    }

    public ObjectProperty<QualityReport> reportProperty() {
        return report;
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableList<Tally> quarantineReasons() {
        return reasons;
    }

    public ObservableList<Tally> unknownChannels() {
        return unknownChannels;
    }

    public ObservableList<SharedIdentifier> sharedIdentifiers() {
        return sharedIdentifiers;
    }

    private void fill(QualityReport shown) {
        if (shown == null) {
            columns.clear();
            reasons.clear();
            unknownChannels.clear();
            sharedIdentifiers.clear();
            return;
        }
        columns.setAll(shown.columns().stream().map(column -> row(column, shown.rowsRead())).toList());
        reasons.setAll(mostFrequentFirst(shown.quarantineReasons()));
        unknownChannels.setAll(mostFrequentFirst(shown.unmappedChannels()));
        sharedIdentifiers.setAll(shown.sharedIdentifiers());
    }

    private static ColumnRow row(ColumnQuality column, long rowsRead) {
        double share = rowsRead == 0 ? 0 : (double) column.missing() / rowsRead;
        return new ColumnRow(column.column(), column.mappedTo(), column.missing(), column.invalid(), share);
    }

    private static List<Tally> mostFrequentFirst(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(entry -> new Tally(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::value))
                .toList();
    }
}
