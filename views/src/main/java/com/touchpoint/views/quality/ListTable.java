package com.touchpoint.views.quality;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * A read-only table over a short list of records (report facts, identifiers, import history): columns are given as
 * functions of the row, numbers are right-aligned, and {@link #fitRows} makes it exactly as tall as its rows, so a page
 * of several tables scrolls as one.
 */
public final class ListTable<T> extends TableView<T> {

    private static final double ROW_HEIGHT = 30;
    private static final double HEADER_HEIGHT = 42;
    private static final int LONG_TEXT = 24;
    private static final double TEXT_WIDTH = 160;
    private static final double NUMBER_WIDTH = 100;
    private static final double MIN_WIDTH = 70;

    public ListTable(ObservableList<T> rows, String placeholder) {
        super(rows);
        getStyleClass().add("list-table");
        setFixedCellSize(ROW_HEIGHT);
        // Columns share the width in proportion to their preferred widths: text columns get more than numbers.
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(placeholder);
        empty.setWrapText(true);
        empty.getStyleClass().add("dim");
        setPlaceholder(empty);
    }

    /** Adds a column showing {@code text} of each row. */
    public ListTable<T> column(String title, Function<T, String> text) {
        return add(title, text, false, TEXT_WIDTH);
    }

    /** Adds a column showing {@code text} of each row, taking a share of the width that goes with {@code width}. */
    public ListTable<T> column(String title, Function<T, String> text, double width) {
        return add(title, text, false, width);
    }

    /** Adds a right-aligned column showing {@code number} of each row, formatted by the caller. */
    public ListTable<T> numberColumn(String title, Function<T, String> number) {
        return add(title, number, true, NUMBER_WIDTH);
    }

    /** Makes the table show all its rows (at least {@code minRows}) without a scroll bar of its own. */
    public ListTable<T> fitRows(int minRows) {
        return fitRows(minRows, Integer.MAX_VALUE);
    }

    /** Makes the table as tall as its rows, between {@code minRows} and {@code maxRows}; beyond that it scrolls. */
    public ListTable<T> fitRows(int minRows, int maxRows) {
        prefHeightProperty().bind(Bindings.createDoubleBinding(() -> HEADER_HEIGHT
                + ROW_HEIGHT * Math.min(maxRows, Math.max(minRows, getItems().size())) + 2, getItems()));
        setMinHeight(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        return this;
    }

    private ListTable<T> add(String title, Function<T, String> text, boolean numeric, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Long values (quarantine reasons) are cut off in the cell: the tooltip shows them whole.
                setTooltip(empty || item == null || item.length() < LONG_TEXT ? null : new Tooltip(item));
            }
        });
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setMinWidth(MIN_WIDTH);
        if (numeric) {
            column.getStyleClass().add("numeric");
        }
        getColumns().add(column);
        return this;
    }
}
