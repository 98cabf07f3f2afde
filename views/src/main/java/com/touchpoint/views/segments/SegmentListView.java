package com.touchpoint.views.segments;

import com.touchpoint.analysis.segment.SegmentLibrary;
import com.touchpoint.views.i18n.Messages;

import java.text.NumberFormat;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The saved segments with their current sizes (a segment that cannot be counted says why in its tooltip), and New,
 * Open, Duplicate and Delete. Double-clicking a segment opens it.
 */
final class SegmentListView extends VBox {

    private final SegmentsModel model;
    private final Messages messages;
    private final NumberFormat counts;
    private final TableView<SegmentLibrary.Summary> table = new TableView<>();

    /**
     * @param open    opens a segment by name (after asking about unsaved changes)
     * @param confirm asks whether to go ahead with deleting the named segment
     */
    SegmentListView(SegmentsModel model, Messages messages, Consumer<String> open, Predicate<String> confirm,
                    Runnable startNew) {
        this.model = model;
        this.messages = messages;
        this.counts = NumberFormat.getIntegerInstance(messages.locale());
        getStyleClass().add("segment-list");
        Label title = new Label(messages.get("segments.title"));
        title.getStyleClass().add("segment-list-title");

        Button create = new Button(messages.get("segments.new"), new FontIcon(Feather.PLUS));
        create.setId("segments-new");
        create.setOnAction(event -> startNew.run());
        Button openButton = new Button(null, new FontIcon(Feather.EDIT_2));
        openButton.setTooltip(new Tooltip(messages.get("segments.open")));
        openButton.setId("segments-open");
        openButton.setOnAction(event -> selectedName(open));
        Button duplicate = new Button(null, new FontIcon(Feather.COPY));
        duplicate.setTooltip(new Tooltip(messages.get("segments.duplicate")));
        duplicate.setId("segments-duplicate");
        duplicate.setOnAction(event -> selectedName(model::duplicate));
        Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
        delete.setId("segments-delete");
        delete.setTooltip(new Tooltip(messages.get("segments.delete")));
        delete.setOnAction(event -> selectedName(name -> {
            if (confirm.test(name)) {
                model.delete(name);
            }
        }));
        var nothingSelected = table.getSelectionModel().selectedItemProperty().isNull();
        openButton.disableProperty().bind(nothingSelected);
        duplicate.disableProperty().bind(nothingSelected);
        delete.disableProperty().bind(nothingSelected);
        HBox buttons = new HBox(6, create, openButton, duplicate, delete);
        buttons.getStyleClass().add("segment-list-buttons");

        table.setId("segments-table");
        table.setItems(model.list().rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label empty = new Label(messages.get("segments.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("dim");
        table.setPlaceholder(empty);
        TableColumn<SegmentLibrary.Summary, String> name = new TableColumn<>(messages.get("segments.column.name"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        TableColumn<SegmentLibrary.Summary, SegmentLibrary.Summary> size =
                new TableColumn<>(messages.get("segments.column.size"));
        size.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        size.setCellFactory(column -> new SizeCell());
        size.getStyleClass().add("numeric");
        size.setMaxWidth(110);
        size.setMinWidth(90);
        table.getColumns().add(name);
        table.getColumns().add(size);
        table.setRowFactory(view -> {
            TableRow<SegmentLibrary.Summary> row = new TableRow<>() {
                @Override
                protected void updateItem(SegmentLibrary.Summary item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null || item.description().isBlank() ? null
                            : new Tooltip(item.description()));
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().name());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, buttons, table);
    }

    private void selectedName(Consumer<String> action) {
        SegmentLibrary.Summary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected.name());
        }
    }

    /** A size, "counting…" until counted, or "—" with the reason when it cannot be counted. */
    private final class SizeCell extends TableCell<SegmentLibrary.Summary, SegmentLibrary.Summary> {
        @Override
        protected void updateItem(SegmentLibrary.Summary item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
            } else if (item.size() != null) {
                setText(counts.format(item.size()));
            } else if (item.problem() != null) {
                setText("—");
                setTooltip(new Tooltip(item.problem()));
            } else {
                setText(model.list().countingProperty().get() ? messages.get("segments.counting") : "");
            }
        }
    }
}
