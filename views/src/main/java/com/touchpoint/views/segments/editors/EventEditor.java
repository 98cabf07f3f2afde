package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.EventCondition;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.segments.ConditionKind;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Did or did not: which events (types, channels, campaigns, items), when, and how many times (at least, and at most
 * when a limit is typed).
 */
final class EventEditor extends ConditionEditor {

    private final ToggleButton did;
    private final ToggleButton didNot;
    private final EventFilterFields filter;
    private final TimeWindowFields window;
    private final Spinner<Integer> min = new Spinner<>(0, Integer.MAX_VALUE, 1);
    private final TextField max = new TextField();

    EventEditor(EventCondition condition, ConditionChoices choices, Messages messages,
                Consumer<Condition> onChange) {
        super(condition, choices, messages, onChange);
        did = new ToggleButton(messages.get("editor.did"));
        didNot = new ToggleButton(messages.get("editor.didNot"));
        ToggleGroup happened = new ToggleGroup();
        did.setToggleGroup(happened);
        didNot.setToggleGroup(happened);
        did.setId("editor-did");
        didNot.setId("editor-did-not");
        HBox happenedBar = new HBox(did, didNot);
        happenedBar.getStyleClass().add("segmented");
        happened.selectedToggleProperty().addListener((p, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                read();
            }
        });
        filter = new EventFilterFields(choices, messages, this::read);
        window = new TimeWindowFields(messages, this::read);
        min.setEditable(true);
        min.setPrefWidth(90);
        min.valueProperty().addListener((p, old, now) -> read());
        max.setPrefColumnCount(5);
        max.setPromptText(messages.get("editor.noLimit"));
        Commit.on(max, this::read);
        FlowPane counts = new FlowPane(8, 6, new Label(messages.get("editor.atLeast")), min,
                new Label(messages.get("editor.atMost")), max, new Label(messages.get("editor.times")));
        counts.getStyleClass().add("count-fields");
        min.setMinWidth(Region.USE_PREF_SIZE);
        max.setMinWidth(Region.USE_PREF_SIZE);
        filling(() -> {
            (condition.happened() ? did : didNot).setSelected(true);
            filter.setFilter(condition.filter());
            window.setWindow(condition.window());
            min.getValueFactory().setValue(condition.min());
            max.setText(condition.max() == null ? "" : condition.max().toString());
        });
        Form form = new Form().row("", happenedBar);
        filter.addTo(form);
        form.row(messages.get("editor.when"), window).row(messages.get("editor.howOften"), counts);
        layout(messages.get(ConditionKind.EVENT.key()), form);
    }

    private void read() {
        changed(() -> new EventCondition(did.isSelected(), filter.filter(), window.window(), min.getValue(),
                maxCount()));
    }

    private Integer maxCount() {
        String text = max.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new AnalysisException(messages.get("editor.notACount", text));
        }
    }
}
