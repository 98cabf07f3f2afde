package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.segment.TimeWindow;
import com.touchpoint.views.i18n.Messages;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/**
 * When events count: at any time (up to the reference time), in the last N minutes, hours, days or weeks, or between
 * two dates (either end may stay open; a date alone is that whole day in the segment's time zone, a time may follow
 * it).
 */
final class TimeWindowFields extends FlowPane {

    private enum Mode { ANY, LAST, BETWEEN }

    private static final List<String> UNITS = List.of("d", "w", "h", "m");

    private final ChoiceBox<Mode> mode = new ChoiceBox<>();
    private final TextField amount = new TextField();
    private final ChoiceBox<String> unit = new ChoiceBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Label and;

    TimeWindowFields(Messages messages, Runnable onChange) {
        setHgap(8);
        setVgap(6);
        getStyleClass().add("window-fields");
        mode.getItems().setAll(Mode.values());
        mode.setConverter(labels(value -> messages.get("editor.window." + value.name().toLowerCase(Locale.ROOT))));
        unit.getItems().setAll(UNITS);
        unit.setConverter(labels(value -> messages.get("editor.unit." + value)));
        amount.setPrefColumnCount(3);
        amount.setMinWidth(USE_PREF_SIZE);
        from.setPromptText(messages.get("editor.datePrompt"));
        to.setPromptText(messages.get("editor.datePrompt"));
        from.setPrefColumnCount(10);
        to.setPrefColumnCount(10);
        and = new Label(messages.get("editor.and"));
        mode.valueProperty().addListener((property, old, now) -> {
            showFields();
            onChange.run();
        });
        unit.valueProperty().addListener((property, old, now) -> onChange.run());
        for (TextField field : List.of(amount, from, to)) {
            Commit.on(field, onChange);
        }
    }

    /** @throws AnalysisException when a span or date does not read */
    TimeWindow window() {
        return switch (mode.getValue()) {
            case ANY -> TimeWindow.ALL;
            case LAST -> TimeWindow.last(amount.getText().strip() + unit.getValue());
            case BETWEEN -> new TimeWindow(null, blankToNull(from.getText()), blankToNull(to.getText()));
        };
    }

    void setWindow(TimeWindow window) {
        if (window.last() != null) {
            String span = window.last().strip().toLowerCase(Locale.ROOT);
            amount.setText(span.substring(0, span.length() - 1).strip());
            unit.setValue(span.substring(span.length() - 1));
            mode.setValue(Mode.LAST);
        } else {
            amount.setText("30");
            unit.setValue("d");
            from.setText(window.from() == null ? "" : window.from());
            to.setText(window.to() == null ? "" : window.to());
            mode.setValue(window.isAll() ? Mode.ANY : Mode.BETWEEN);
        }
        showFields();
    }

    private void showFields() {
        switch (mode.getValue()) {
            case ANY -> getChildren().setAll(mode);
            case LAST -> getChildren().setAll(mode, amount, unit);
            case BETWEEN -> getChildren().setAll(mode, from, and, to);
        }
    }

    private static String blankToNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }

    static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
