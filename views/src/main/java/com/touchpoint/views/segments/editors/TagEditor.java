package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.segment.Comparison;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.TagCondition;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.segments.ConditionKind;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;

/** A computed tag's weight compared with numbers; customers without the tag weigh 0. */
final class TagEditor extends ConditionEditor {

    private final ChoiceBox<String> tag = new ChoiceBox<>();
    private final OperatorBox op;
    private final ValueFields values;

    TagEditor(TagCondition condition, ConditionChoices choices, Messages messages, Consumer<Condition> onChange) {
        super(condition, choices, messages, onChange);
        tag.getItems().setAll(choices.tags());
        if (condition.tag() != null && !tag.getItems().contains(condition.tag())) {
            tag.getItems().add(condition.tag());
        }
        tag.setMaxWidth(Double.MAX_VALUE);
        tag.valueProperty().addListener((p, old, now) -> read());
        op = new OperatorBox(true, messages);
        values = new ValueFields(messages, this::read);
        values.setSuggestions(List.of(), messages.get("editor.prompt.number"));
        op.valueProperty().addListener((p, old, now) -> {
            values.setArity(now.arity());
            read();
        });
        filling(() -> {
            tag.setValue(condition.tag());
            op.setValue(condition.op() == null ? Comparison.AT_LEAST : condition.op());
            values.setArity(op.getValue().arity());
            values.setValues(Values.texts(condition.values()));
        });
        layout(messages.get(ConditionKind.TAG.key()), new Form()
                .row(messages.get("editor.tag"), tag)
                .row(messages.get("editor.comparison"), op)
                .row(messages.get("editor.values"), values));
    }

    private void read() {
        changed(() -> new TagCondition(tag.getValue(), op.getValue(), Values.numbers(values.values(), messages)));
    }
}
