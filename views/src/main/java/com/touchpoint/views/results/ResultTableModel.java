package com.touchpoint.views.results;

import com.touchpoint.reports.ColumnFormat;
import com.touchpoint.reports.TsvText;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.BackgroundTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import tech.tablesaw.api.Table;

/**
 * The state behind a {@link ResultTableView}: the table shown, the order of its rows on screen (the view sorts
 * {@link #rows()} in place), each column's title and format, and copying and exporting the rows in that order.
 * Use on the JavaFX thread.
 */
public final class ResultTableModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ResultFormats formats;
    private final ObjectProperty<Table> table = new SimpleObjectProperty<>(this, "table");
    private final ObjectProperty<UnaryOperator<String>> columnTitles;
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private final List<ColumnFormat> columnFormats = new ArrayList<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ResultTableModel(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
        this.formats = new ResultFormats(messages.locale());
        this.columnTitles = new SimpleObjectProperty<>(this, "columnTitles", ColumnTitles.of(messages));
        table.addListener((property, old, now) -> tableChanged(now));
    }

    /** The table shown; null shows nothing. Setting a table shows its rows in their own order. */
    public ObjectProperty<Table> tableProperty() {
        return table;
    }

    /** How a column name reads as a title; {@link ColumnTitles} by default. */
    public ObjectProperty<UnaryOperator<String>> columnTitlesProperty() {
        return columnTitles;
    }

    /** The table's row numbers in the order shown: the table view's items, sorted in place by header clicks. */
    public ObservableList<Integer> rows() {
        return rows;
    }

    public int columnCount() {
        return table.get() == null ? 0 : table.get().columnCount();
    }

    public String title(int column) {
        return columnTitles.get().apply(table.get().column(column).name());
    }

    public ColumnFormat format(int column) {
        return columnFormats.get(column);
    }

    public boolean isNumeric(int column) {
        return switch (format(column)) {
            case COUNT, DECIMAL, MONEY, PERCENT -> true;
            default -> false;
        };
    }

    /** The value at {@code row} of the table (not of the sorted view); null or NaN when missing. */
    public Object value(int column, int row) {
        return table.get().column(column).get(row);
    }

    /** The value as shown on screen. */
    public String text(int column, int row) {
        return formats.text(format(column), value(column, row));
    }

    /** The given table rows, in the given order, as tab-separated text with a header line (see {@link TsvText}). */
    public String copyText(List<Integer> tableRows) {
        return TsvText.of(rowsOf(tableRows));
    }

    /** Every row in the order shown, as tab-separated text with a header line. */
    public String copyAllText() {
        return copyText(rows);
    }

    /**
     * Writes the rows in the order shown to {@code out} (.xlsx or .csv) as a background task; a failure is reported
     * with what to do.
     */
    public Task<Path> export(Path out) {
        Table ordered = rowsOf(rows);
        return tasks.run(messages.get("export.running", out.getFileName()), context -> {
            TableExport.write(ordered, out);
            return out;
        }, written -> notice.set(messages.get("export.done", written.getFileName())));
    }

    /** A short note on the last export that went well ("Saved results.xlsx"), empty before. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** A file name for exports of the current table, without extension. */
    public String suggestedName() {
        return table.get() == null ? "" : table.get().name();
    }

    private Table rowsOf(List<Integer> tableRows) {
        Table source = table.get();
        if (tableRows.equals(IntStream.range(0, source.rowCount()).boxed().toList())) {
            return source;
        }
        Table copy = source.emptyCopy();
        for (int row : tableRows) {
            copy.addRow(row, source);
        }
        return copy;
    }

    private void tableChanged(Table now) {
        columnFormats.clear();
        notice.set("");
        if (now == null) {
            rows.clear();
            return;
        }
        now.columns().forEach(column -> columnFormats.add(ResultFormats.formatOf(column)));
        rows.setAll(IntStream.range(0, now.rowCount()).boxed().toList());
    }
}
