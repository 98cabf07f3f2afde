package com.touchpoint.views.table;

import com.touchpoint.views.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A table that stays fast over millions of rows: it shows a {@link PagedTableModel}'s rows, loading pages as they
 * scroll into view. Header clicks (shift-click for more keys) sort through the source; the caller puts its own filter
 * controls in the bar above the table with {@link #setFilterControls}; Ctrl+C copies the selected rows as
 * tab-separated text with a header line. Closing it stops its model's loading.
 */
public final class PagedTableView<F> extends BorderPane implements AutoCloseable {

    /** Row height in pixels; the stylesheet may change it with -fx-fixed-cell-size. */
    private static final double FIXED_ROW_HEIGHT = 30;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private final PagedTableModel<F> model;
    private final TableView<RowSlot> table = new TableView<>();
    private final HBox bar = new HBox();
    private boolean swappingRows;
    private Consumer<List<Object>> onRowOpened = values -> { };

    public PagedTableView(PagedTableModel<F> model, Messages messages) {
        this.model = model;
        getStyleClass().add("paged-table");

        table.getColumns().add(rowNumberColumn());
        for (int i = 0; i < model.columns().size(); i++) {
            table.getColumns().add(valueColumn(model.columns().get(i), i));
        }
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // All rows the same height: the table then never measures rows, which matters with millions of them.
        table.setFixedCellSize(FIXED_ROW_HEIGHT);
        table.setRowFactory(view -> {
            PagedRow row = new PagedRow();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty() && row.getItem().values() != null) {
                    onRowOpened.accept(row.getItem().values());
                }
            });
            return row;
        });
        model.rowsProperty().addListener((property, old, now) -> showRows(now));
        showRows(model.rowsProperty().get());
        // The source sorts, not the table: header clicks change the sort order and sort types, which become the query.
        table.setSortPolicy(view -> true);
        table.getSortOrder().addListener((ListChangeListener<TableColumn<RowSlot, ?>>) change -> sortChanged());
        table.getColumns().forEach(column -> column.sortTypeProperty().addListener(
                (property, old, now) -> sortChanged()));
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.countingProperty())
                .then(messages.get("table.loading")).otherwise(messages.get("table.empty")));
        table.setPlaceholder(placeholder);

        MenuItem copy = new MenuItem(messages.get("table.copy"));
        copy.setAccelerator(COPY);
        copy.setOnAction(event -> copySelection());
        table.setContextMenu(new ContextMenu(copy));
        table.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copySelection();
                event.consume();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SELECT_ALL.match(event) && !model.allowSelectAll()) {
                event.consume();
            }
        });

        Label count = new Label();
        count.getStyleClass().add("row-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> model.countingProperty().get() || model.rowCountProperty().get() < 0
                        ? messages.get("table.counting")
                        : messages.get("table.rows", model.rowCountProperty().get()),
                model.countingProperty(), model.rowCountProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getStyleClass().add("paged-table-bar");
        bar.getChildren().addAll(gap, count);
        setTop(bar);
        setCenter(table);
    }

    /** Puts the caller's filter controls at the left of the bar above the table, replacing earlier ones. */
    public void setFilterControls(Node controls) {
        bar.getChildren().remove(0, bar.getChildren().size() - 2);
        bar.getChildren().add(0, controls);
    }

    /** What double-clicking a loaded row does with its values (e.g. open the customer it belongs to). */
    public void setOnRowOpened(Consumer<List<Object>> action) {
        onRowOpened = action;
    }

    /** Stops the model's loading; the shell calls this for feature views when their project closes. */
    @Override
    public void close() {
        model.close();
    }

    TableView<RowSlot> table() {
        return table;
    }

    /**
     * Shows the rows of a new query from the top. TableView clears its sort order whenever its items list is
     * replaced; the order is put back, and the changes this makes are not taken as new sort requests.
     */
    private void showRows(PagedRows<F> rows) {
        List<TableColumn<RowSlot, ?>> sortOrder = List.copyOf(table.getSortOrder());
        swappingRows = true;
        try {
            table.setItems(rows);
            table.getSortOrder().setAll(sortOrder);
        } finally {
            swappingRows = false;
        }
        if (rows != null && !rows.isEmpty()) {
            table.scrollTo(0);
        }
        // Rows whose index stays the same get no updateIndex call for new items: rebuild them so they ask for pages.
        table.refresh();
    }

    private void copySelection() {
        List<Integer> selected = List.copyOf(table.getSelectionModel().getSelectedIndices());
        model.copy(selected, text -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
    }

    private void sortChanged() {
        if (!swappingRows) {
            model.sortProperty().set(sortKeys());
        }
    }

    private List<SortKey> sortKeys() {
        return table.getSortOrder().stream()
                .map(column -> new SortKey(((ColumnInfo) column.getUserData()).id(),
                        column.getSortType() == TableColumn.SortType.ASCENDING))
                .toList();
    }

    private static TableColumn<RowSlot, Object> rowNumberColumn() {
        TableColumn<RowSlot, Object> column = new TableColumn<>("#");
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(72);
        column.getStyleClass().add("row-number");
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || getIndex() < 0 ? null : Integer.toString(getIndex() + 1));
            }
        });
        return column;
    }

    private static TableColumn<RowSlot, Object> valueColumn(ColumnInfo info, int position) {
        TableColumn<RowSlot, Object> column = new TableColumn<>(info.title());
        column.setUserData(info);
        column.setSortable(info.sortable());
        column.setPrefWidth(info.isNumeric() ? 110 : 160);
        if (info.isNumeric()) {
            column.getStyleClass().add("numeric");
        }
        column.setCellValueFactory(cell -> {
            RowSlot slot = cell.getValue();
            return Bindings.createObjectBinding(() -> {
                List<Object> values = slot.values();
                return values == null || position >= values.size() ? null : values.get(position);
            }, slot.valuesProperty());
        });
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : ValueFormat.format(item));
            }
        });
        return column;
    }

    /** A row that asks its list for its page when it comes into view. */
    private static final class PagedRow extends TableRow<RowSlot> {
        @Override
        public void updateIndex(int index) {
            if (getTableView() != null && getTableView().getItems() instanceof PagedRows<?> rows) {
                rows.showing(index);
            }
            super.updateIndex(index);
        }
    }
}
