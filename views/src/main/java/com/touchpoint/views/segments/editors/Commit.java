package com.touchpoint.views.segments.editors;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/**
 * When typed text counts as an edit: on Enter and when the field loses focus, so each finished value is one step to
 * undo, not each keystroke.
 */
final class Commit {

    private Commit() {
    }

    static void on(TextField field, Runnable commit) {
        field.setOnAction(event -> commit.run());
        field.focusedProperty().addListener((property, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    /** An editable combo box: a value picked from the list, or typed and confirmed. */
    static void on(ComboBox<String> box, Runnable commit) {
        box.valueProperty().addListener((property, old, now) -> commit.run());
        box.getEditor().focusedProperty().addListener((property, was, now) -> {
            if (!now) {
                box.commitValue();
            }
        });
    }
}
