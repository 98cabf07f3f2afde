package com.touchpoint.views.segments.editors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import org.controlsfx.control.CheckComboBox;

/**
 * Picks any number of values from a list (event types, channels, RFM groups…); shows the picked ones, or
 * {@code noneText} ("any") when none is picked. Values already in a condition but missing from the list (a segment
 * written by hand) are listed too, so they can be seen and taken away.
 */
final class MultiChoice extends CheckComboBox<String> {

    private final String noneText;
    private final Function<String, String> label;
    private boolean filling;

    MultiChoice(List<String> values, String noneText, Function<String, String> label, Runnable onChange) {
        super(FXCollections.observableArrayList(values));
        this.noneText = noneText;
        this.label = label;
        setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        setMaxWidth(Double.MAX_VALUE);
        getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            updateTitle();
            if (!filling) {
                onChange.run();
            }
        });
        updateTitle();
    }

    MultiChoice(List<String> values, String noneText, Runnable onChange) {
        this(values, noneText, Function.identity(), onChange);
    }

    /** The picked values, in list order. */
    List<String> checked() {
        return List.copyOf(getCheckModel().getCheckedItems());
    }

    void setChecked(List<String> values) {
        filling = true;
        try {
            Set<String> missing = new LinkedHashSet<>(values);
            getItems().forEach(missing::remove);
            getItems().addAll(missing);
            getCheckModel().clearChecks();
            values.forEach(value -> getCheckModel().check(value));
        } finally {
            filling = false;
        }
        updateTitle();
    }

    private void updateTitle() {
        List<String> names = new ArrayList<>();
        getCheckModel().getCheckedItems().forEach(value -> names.add(label.apply(value)));
        setTitle(names.isEmpty() ? noneText : String.join(", ", names));
    }
}
