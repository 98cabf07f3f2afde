package com.touchpoint.views.imports;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.FieldMapping.Need;
import com.touchpoint.views.quality.DataLabels;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The mapping step of one file: the saved-mapping note, the name the mapping is saved under, what keeps the file from
 * importing, and one line per canonical field with its column, its constant and value map (text fields) and sample
 * values.
 */
final class MappingStepView extends VBox {

    /** The column choice that means "not mapped"; column names are never empty. */
    private static final String NOT_MAPPED = "";

    private final MappingModel mapping;
    private final Messages messages;
    private final VBox problems = new VBox(4);

    MappingStepView(MappingModel mapping, Messages messages) {
        super(12);
        this.mapping = mapping;
        this.messages = messages;
        getStyleClass().add("wizard-step");
        if (mapping.fromSavedProfile()) {
            getChildren().add(Notices.note(Feather.BOOKMARK, "notice-info",
                    messages.get("mapping.saved", mapping.profileNameProperty().get())));
        }
        getChildren().addAll(nameRow(), problems);
        problems.getStyleClass().add("mapping-problems");
        mapping.problems().addListener((ListChangeListener<String>) change -> showProblems());
        showProblems();
        ScrollPane fields = new ScrollPane(fieldGrid());
        fields.setFitToWidth(true);
        fields.getStyleClass().add("mapping-fields");
        VBox.setVgrow(fields, Priority.ALWAYS);
        getChildren().add(fields);
    }

    private Node nameRow() {
        Label label = new Label(messages.get("mapping.name"));
        TextField name = new TextField();
        name.setId("mapping-name");
        name.textProperty().bindBidirectional(mapping.profileNameProperty());
        name.setPrefColumnCount(30);
        label.setLabelFor(name);
        HBox row = new HBox(10, label, name);
        row.getStyleClass().add("mapping-name-row");
        return row;
    }

    private void showProblems() {
        List<Node> lines = new ArrayList<>();
        for (String problem : mapping.problems()) {
            lines.add(Notices.note(Feather.ALERT_CIRCLE, "notice-problem", problem));
        }
        if (lines.isEmpty()) {
            lines.add(Notices.note(Feather.CHECK_CIRCLE, "notice-ok", messages.get("mapping.complete")));
        }
        problems.getChildren().setAll(lines);
    }

    private GridPane fieldGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("mapping-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints samples = new ColumnConstraints();
        samples.setHgrow(Priority.ALWAYS);
        samples.setHalignment(HPos.LEFT);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), new ColumnConstraints(), samples);
        grid.addRow(0, heading("mapping.field"), heading("mapping.column"), heading("mapping.constant"),
                heading("mapping.values"), heading("mapping.samples"));
        int line = 1;
        boolean identifiers = false;
        boolean others = false;
        for (FieldMapping row : mapping.rows()) {
            // Identifiers and the kind's own fields are listed under a heading each; "one of" belongs to the group.
            if (row.field().isIdentifier() && !identifiers) {
                identifiers = true;
                grid.add(group(row.need() == Need.ONE_OF ? "mapping.group.identifiersOneOf"
                        : "mapping.group.identifiers"), 0, line++, 5, 1);
            } else if (!row.field().isIdentifier() && identifiers && !others) {
                others = true;
                grid.add(group("mapping.group.fields"), 0, line++, 5, 1);
            }
            grid.addRow(line++, fieldLabel(row), columnChoice(row), constantField(row), valueMapCell(row),
                    samplesLabel(row));
        }
        return grid;
    }

    private Node group(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("mapping-group");
        return label;
    }

    private Node heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("mapping-heading");
        return label;
    }

    private Node fieldLabel(FieldMapping row) {
        Label name = new Label(DataLabels.field(messages, row.field()));
        name.getStyleClass().add("mapping-field");
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, name);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        // An identifier's "one of" is said once, by its group's heading.
        if (row.need() == Need.REQUIRED || row.need() == Need.ONE_OF && !row.field().isIdentifier()) {
            Label badge = new Label(messages.get(row.need() == Need.REQUIRED ? "mapping.required" : "mapping.oneOf"));
            badge.getStyleClass().addAll("need-badge", row.need() == Need.REQUIRED ? "required" : "one-of");
            box.getChildren().add(badge);
        }
        box.setId("field-" + row.field().key());
        return box;
    }

    private Node columnChoice(FieldMapping row) {
        List<String> choices = new ArrayList<>();
        choices.add(NOT_MAPPED);
        choices.addAll(mapping.columns());
        ComboBox<String> column = new ComboBox<>(FXCollections.observableArrayList(choices));
        column.setId("column-" + row.field().key());
        column.setPrefWidth(190);
        column.setMinWidth(Region.USE_PREF_SIZE);
        column.setCellFactory(list -> new ColumnCell());
        column.setButtonCell(new ColumnCell());
        column.setValue(row.columnProperty().get() == null ? NOT_MAPPED : row.columnProperty().get());
        column.valueProperty().addListener((property, old, now) ->
                row.columnProperty().set(now == null || now.equals(NOT_MAPPED) ? null : now));
        return column;
    }

    private Node constantField(FieldMapping row) {
        TextField constant = new TextField();
        constant.setId("constant-" + row.field().key());
        constant.setPrefColumnCount(11);
        constant.setMinWidth(Region.USE_PREF_SIZE);
        if (row.acceptsConstant()) {
            constant.textProperty().bindBidirectional(row.constantProperty());
            constant.setPromptText(messages.get("mapping.constant.prompt"));
        } else {
            constant.setDisable(true);
            constant.setPromptText(messages.get("mapping.constant.none"));
        }
        return constant;
    }

    /** For a text field: "Values…", which edits its value map (once it has a column), and how many values it maps. */
    private Node valueMapCell(FieldMapping row) {
        if (!row.acceptsValueMap()) {
            return new Region();
        }
        Button edit = new Button(messages.get("mapping.values.edit"));
        edit.setId("values-" + row.field().key());
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.disableProperty().bind(row.columnProperty().isNull().and(row.valueMapProperty().isNull()));
        edit.setOnAction(event -> new ValueMapDialog(mapping.valueMapEditor(row), messages, getScene().getWindow())
                .show());
        Label summary = new Label();
        summary.setId("values-summary-" + row.field().key());
        summary.getStyleClass().addAll("dim", "mapping-values");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(() -> row.valueMapProperty().get() == null ? ""
                : messages.get("mapping.values.count", row.valueMapProperty().get().entries().size()),
                row.valueMapProperty()));
        HBox box = new HBox(8, edit, summary);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node samplesLabel(FieldMapping row) {
        Label samples = new Label();
        samples.textProperty().bind(row.samplesProperty());
        samples.getStyleClass().addAll("dim", "mapping-samples");
        return samples;
    }

    /** Shows a column name, or "not mapped" for the empty choice. */
    private final class ColumnCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.equals(NOT_MAPPED) ? messages.get("mapping.notMapped") : item);
        }
    }
}
