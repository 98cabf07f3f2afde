package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.SegmentReference;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.segments.ConditionKind;

import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The customer is a member of another saved segment. */
final class SegmentReferenceEditor extends ConditionEditor {

    private final ChoiceBox<String> segment = new ChoiceBox<>();

    SegmentReferenceEditor(SegmentReference condition, ConditionChoices choices, Messages messages,
                           Consumer<Condition> onChange) {
        super(condition, choices, messages, onChange);
        segment.getItems().setAll(choices.segments());
        if (condition.segment() != null && !segment.getItems().contains(condition.segment())) {
            segment.getItems().add(condition.segment());
        }
        segment.setMaxWidth(Double.MAX_VALUE);
        segment.valueProperty().addListener((p, old, now) -> changed(() -> new SegmentReference(now)));
        filling(() -> segment.setValue(condition.segment()));
        Label hint = new Label(messages.get("editor.segmentHint"));
        hint.getStyleClass().add("editor-hint");
        hint.setWrapText(true);
        layout(messages.get(ConditionKind.SEGMENT.key()),
                new VBox(8, new Form().row(messages.get("editor.segment"), segment), hint));
    }
}
