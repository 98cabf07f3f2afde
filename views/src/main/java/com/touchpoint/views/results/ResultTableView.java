package com.touchpoint.views.results;

import atlantafx.base.theme.Styles;
import com.touchpoint.views.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows any result table (a Tablesaw {@code Table}) with sortable columns, numbers right-aligned and formatted as
 * counts, money or percent (see {@link ResultFormats}), Ctrl+C copying the selected rows as tab-separated text, and a
 * bar with Copy all and an Export menu (Excel…, CSV…); exports run as background tasks. The caller may put its
 * own controls at the left of the bar. Every result table of the app uses it.
 */
public final class ResultTableView extends BorderPane {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final int WIDTH_SAMPLE_ROWS = 200;
    private static final double MIN_COLUMN_WIDTH = 64;
    private static final double MAX_COLUMN_WIDTH = 440;

    private final ResultTableModel model;
    private final ExportChooser chooser;
    private final TableView<Integer> table = new TableView<>();
    private final HBox bar = new HBox();
    private final HBox leading = new HBox();
    private final ReadOnlyObjectWrapper<Integer> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");

    public ResultTableView(ResultTableModel model, Messages messages) {
        this.model = model;
        this.chooser = new ExportChooser(messages);
        getStyleClass().add("result-table");
        getStylesheets().add(Objects.requireNonNull(ResultTableView.class.getResource("result-table.css"),
                "result-table.css is missing from the build").toExternalForm());

        table.setItems(model.rows());
        table.getStyleClass().add(Styles.DENSE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("result.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((property, old, now) -> selectedRow.set(now));
        MenuItem copy = new MenuItem(messages.get("result.copy"));
        copy.setAccelerator(COPY);
        copy.setOnAction(event -> copySelection());
        MenuItem copyAll = new MenuItem(messages.get("result.copyAll"));
        copyAll.setOnAction(event -> toClipboard(model.copyAllText()));
        table.setContextMenu(new ContextMenu(copy, copyAll));
        table.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copySelection();
                event.consume();
            }
        });
        model.tableProperty().addListener((property, old, now) -> buildColumns());
        model.columnTitlesProperty().addListener((property, old, now) -> buildColumns());
        buildColumns();

        Label notice = new Label();
        notice.getStyleClass().add("result-notice");
        notice.textProperty().bind(model.noticeProperty());
        Button copyAllButton = new Button(messages.get("result.copyAll"), new FontIcon(Feather.COPY));
        copyAllButton.getStyleClass().add("result-copy-all");
        copyAllButton.setOnAction(event -> toClipboard(model.copyAllText()));
        MenuItem excel = new MenuItem(messages.get("result.exportExcel"));
        excel.setOnAction(event -> export(ExportFile.EXCEL));
        MenuItem csv = new MenuItem(messages.get("result.exportCsv"));
        csv.setOnAction(event -> export(ExportFile.CSV));
        MenuButton exportButton = new MenuButton(messages.get("result.export"), new FontIcon(Feather.DOWNLOAD),
                excel, csv);
        exportButton.getStyleClass().add("result-export");
        for (ButtonBase button : List.of(copyAllButton, exportButton)) {
            button.disableProperty().bind(model.tableProperty().isNull());
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getStyleClass().add("result-bar");
        leading.getStyleClass().add("result-leading");
        HBox.setHgrow(leading, Priority.SOMETIMES);
        leading.setMinWidth(0);
        bar.getChildren().addAll(leading, gap, notice, copyAllButton, exportButton);
        setTop(bar);
        setCenter(table);
    }

    public ResultTableModel model() {
        return model;
    }

    /** The table row (of the model's table, not the sorted position) selected last, or null. */
    public ReadOnlyObjectProperty<Integer> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** Puts the caller's controls at the left of the bar, replacing earlier ones. */
    public void setLeading(Node controls) {
        leading.getChildren().setAll(controls);
    }

    public void clearSelection() {
        table.getSelectionModel().clearSelection();
    }

    /** The text shown while there is no table or it has no rows. */
    public void setPlaceholderText(String text) {
        table.setPlaceholder(new Label(text));
    }

    TableView<Integer> table() {
        return table;
    }

    private void buildColumns() {
        table.getSortOrder().clear();
        table.getColumns().clear();
        for (int c = 0; c < model.columnCount(); c++) {
            table.getColumns().add(column(c));
        }
    }

    private TableColumn<Integer, Object> column(int index) {
        TableColumn<Integer, Object> column = new TableColumn<>(model.title(index));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(model.value(index, cell.getValue())));
        boolean numeric = model.isNumeric(index);
        if (numeric) {
            column.getStyleClass().add("numeric");
        }
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || getTableRow() == null || getTableRow().getItem() == null ? null
                        : model.text(index, getTableRow().getItem()));
            }
        });
        column.setPrefWidth(preferredWidth(index));
        return column;
    }

    /** Wide enough for the title and the widest of the first rows' texts, within limits. */
    private double preferredWidth(int index) {
        Text measure = new Text(model.title(index));
        double widest = measure.getLayoutBounds().getWidth() + 12;
        int rows = Math.min(WIDTH_SAMPLE_ROWS, model.rows().size());
        for (int r = 0; r < rows; r++) {
            measure.setText(model.text(index, r));
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 28));
    }

    private void copySelection() {
        Set<Integer> selected = Set.copyOf(table.getSelectionModel().getSelectedItems());
        if (!selected.isEmpty()) {
            // In the order shown, whatever order the rows were selected in.
            toClipboard(model.copyText(model.rows().stream().filter(selected::contains).toList()));
        }
    }

    private void export(ExportFile kind) {
        chooser.choose(getScene().getWindow(), kind, model.suggestedName()).ifPresent(model::export);
    }

    private static void toClipboard(String text) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }
}
