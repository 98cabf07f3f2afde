package com.touchpoint.views.segments.editors;

import com.touchpoint.views.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The values a comparison takes: none (is empty), one, two (between … and …), or a list separated by commas (one
 * of). With suggestions, single values can also be picked from a list.
 */
final class ValueFields extends HBox {

    private static final PseudoClass NO_SUGGESTIONS = PseudoClass.getPseudoClass("no-suggestions");

    private final ComboBox<String> first = new ComboBox<>();
    private final ComboBox<String> second = new ComboBox<>();
    private final TextField list = new TextField();
    private final Label and;
    private int arity = 1;

    ValueFields(Messages messages, Runnable onCommit) {
        setSpacing(8);
        getStyleClass().add("value-fields");
        and = new Label(messages.get("editor.and"));
        for (ComboBox<String> box : List.of(first, second)) {
            box.setEditable(true);
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setVisibleRowCount(12);
            Commit.on(box, onCommit);
        }
        list.setPromptText(messages.get("editor.listPrompt"));
        HBox.setHgrow(list, Priority.ALWAYS);
        Commit.on(list, onCommit);
        setArity(1);
    }

    /** Values to pick single values from (none: typed only), and the hint shown in empty fields. */
    void setSuggestions(List<String> suggestions, String prompt) {
        for (ComboBox<String> box : List.of(first, second)) {
            box.getItems().setAll(suggestions);
            box.setPromptText(prompt);
            box.pseudoClassStateChanged(NO_SUGGESTIONS, suggestions.isEmpty());
        }
    }

    /** 0: no field; 1: one; 2: two joined by "and"; -1: a list. */
    void setArity(int newArity) {
        arity = newArity;
        switch (arity) {
            case 0 -> getChildren().clear();
            case 1 -> getChildren().setAll(first);
            case 2 -> getChildren().setAll(first, and, second);
            default -> getChildren().setAll(list);
        }
        setVisible(arity != 0);
        setManaged(arity != 0);
    }

    /** The values typed for the current arity, blanks dropped. */
    List<String> values() {
        return switch (arity) {
            case 0 -> List.of();
            case 1 -> nonBlank(text(first));
            case 2 -> {
                List<String> both = new ArrayList<>(nonBlank(text(first)));
                both.addAll(nonBlank(text(second)));
                yield List.copyOf(both);
            }
            default -> Values.split(list.getText());
        };
    }

    void setValues(List<String> values) {
        first.setValue(values.isEmpty() ? null : values.get(0));
        second.setValue(values.size() < 2 ? null : values.get(1));
        list.setText(Values.join(values));
    }

    /** The committed value: picked from the list, or typed and confirmed with Enter or by leaving the field. */
    private static String text(ComboBox<String> box) {
        return box.getValue();
    }

    private static List<String> nonBlank(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip());
    }
}
