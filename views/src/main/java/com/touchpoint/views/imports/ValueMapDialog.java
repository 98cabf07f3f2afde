package com.touchpoint.views.imports;

import com.touchpoint.datasources.normalize.ValueMap;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.quality.DataLabels;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The value-map editor of one text field as a dialog over the wizard: the column's values with their row counts, a
 * tick and a "becomes" text for each, a line to add a value not in the preview, and what happens to values not
 * mapped. Apply gives the field the dictionary; Cancel leaves it as it was.
 */
final class ValueMapDialog {

    private final ValueMapModel editor;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType apply;
    private final GridPane values = new GridPane();

    ValueMapDialog(ValueMapModel editor, Messages messages, Window owner) {
        this.editor = editor;
        this.messages = messages;
        this.apply = new ButtonType(messages.get("values.apply"), ButtonData.OK_DONE);
        dialog.initOwner(owner);
        String field = DataLabels.field(messages, editor.field().field());
        dialog.setTitle(messages.get("values.title", field));
        dialog.setHeaderText(editor.column() == null ? messages.get("values.header.noColumn", field)
                : messages.get("values.header", field, editor.column()));
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(ImportWizardView.STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("value-map-dialog");
        // Wide enough for the value table; the explanation in the header wraps instead of widening the dialog.
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().setAll(apply,
                new ButtonType(messages.get("values.cancel"), ButtonData.CANCEL_CLOSE));
    }

    /** Shows the dialog without blocking; Apply gives the field the edited dictionary. */
    void show() {
        dialog.setOnHidden(event -> {
            if (apply.equals(dialog.getResult())) {
                editor.apply();
            }
        });
        dialog.show();
    }

    private Node content() {
        values.getStyleClass().add("value-map-grid");
        values.setHgap(12);
        values.setVgap(6);
        editor.entries().addListener((ListChangeListener<ValueEntry>) change -> showValues());
        showValues();
        ScrollPane scroll = new ScrollPane(values);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(320);
        scroll.getStyleClass().add("mapping-fields");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(12, scroll, addRow(), unknownRow());
    }

    private void showValues() {
        values.getChildren().clear();
        values.addRow(0, heading("values.value"), heading("values.rows"), heading("values.mapped"),
                heading("values.becomes"));
        List<ValueEntry> entries = editor.entries();
        for (int i = 0; i < entries.size(); i++) {
            ValueEntry entry = entries.get(i);
            Label value = new Label(entry.value());
            Label rows = new Label(entry.rows() == 0 ? messages.get("values.rows.none")
                    : messages.get("values.rows.count", entry.rows()));
            rows.getStyleClass().add("dim");
            CheckBox mapped = new CheckBox();
            mapped.setId("value-mapped-" + i);
            mapped.selectedProperty().bindBidirectional(entry.mappedProperty());
            TextField becomes = new TextField();
            becomes.setId("value-becomes-" + i);
            becomes.setPrefColumnCount(14);
            becomes.setPromptText(messages.get("values.becomes.prompt"));
            becomes.textProperty().bindBidirectional(entry.becomesProperty());
            values.addRow(i + 1, value, rows, mapped, becomes);
        }
    }

    private Node heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("mapping-heading");
        return label;
    }

    private Node addRow() {
        TextField typed = new TextField();
        typed.setId("value-add-text");
        typed.setPromptText(messages.get("values.add.prompt"));
        typed.setPrefColumnCount(18);
        Button add = new Button(messages.get("values.add"));
        add.setId("value-add");
        add.disableProperty().bind(typed.textProperty().isEmpty());
        Runnable addTyped = () -> {
            if (editor.addValue(typed.getText()) != null) {
                typed.clear();
            }
        };
        add.setOnAction(event -> addTyped.run());
        typed.setOnAction(event -> addTyped.run());
        HBox row = new HBox(8, typed, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node unknownRow() {
        ComboBox<ValueMap.Unknown> unknown = new ComboBox<>(FXCollections.observableArrayList(
                ValueMap.Unknown.KEEP, ValueMap.Unknown.BLANK, ValueMap.Unknown.REJECT));
        unknown.setId("value-unknown");
        unknown.setConverter(new StringConverter<>() {
            @Override
            public String toString(ValueMap.Unknown value) {
                return value == null ? "" : messages.get("values.unknown." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ValueMap.Unknown fromString(String string) {
                throw new UnsupportedOperationException("the choice is not editable");
            }
        });
        unknown.valueProperty().bindBidirectional(editor.unknownProperty());
        Label label = new Label(messages.get("values.unknown"));
        label.setLabelFor(unknown);
        HBox row = new HBox(10, label, unknown);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
