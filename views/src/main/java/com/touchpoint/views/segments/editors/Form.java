package com.touchpoint.views.segments.editors;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Label and field pairs in two columns, the fields taking the width. */
public final class Form extends GridPane {

    private int rows;

    public Form() {
        getStyleClass().add("editor-form");
        setHgap(10);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row: {@code label} beside {@code field}. */
    public Form row(String label, Node field) {
        Label text = new Label(label);
        text.getStyleClass().add("editor-label");
        text.setLabelFor(field);
        add(text, 0, rows);
        add(field, 1, rows);
        rows++;
        return this;
    }
}
