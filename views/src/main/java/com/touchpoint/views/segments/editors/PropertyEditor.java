package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.segment.Comparison;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.PropertyCondition;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.segments.ConditionKind;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;

/**
 * A customer property compared with values: the property, the comparison, and the values it takes (its values to
 * pick from when the project has few enough of them).
 */
final class PropertyEditor extends ConditionEditor {

    private final ChoiceBox<String> property = new ChoiceBox<>();
    private final OperatorBox op;
    private final ValueFields values;

    PropertyEditor(PropertyCondition condition, ConditionChoices choices, Messages messages,
                   Consumer<Condition> onChange) {
        super(condition, choices, messages, onChange);
        property.getItems().setAll(choices.attributes().stream().map(ConditionChoices.Attribute::name).toList());
        if (condition.property() != null && !property.getItems().contains(condition.property())) {
            property.getItems().add(condition.property());
        }
        property.setMaxWidth(Double.MAX_VALUE);
        op = new OperatorBox(false, messages);
        values = new ValueFields(messages, this::read);
        property.valueProperty().addListener((p, old, now) -> {
            suggest(now);
            read();
        });
        op.valueProperty().addListener((p, old, now) -> {
            values.setArity(now.arity());
            read();
        });
        filling(() -> {
            property.setValue(condition.property());
            suggest(condition.property());
            op.setValue(condition.op() == null ? Comparison.EQUALS : condition.op());
            values.setArity(op.getValue().arity());
            values.setValues(condition.values());
        });
        layout(messages.get(ConditionKind.PROPERTY.key()), new Form()
                .row(messages.get("editor.property"), property)
                .row(messages.get("editor.comparison"), op)
                .row(messages.get("editor.values"), values));
    }

    private void read() {
        changed(() -> new PropertyCondition(property.getValue(), op.getValue(), values.values()));
    }

    private void suggest(String name) {
        ConditionChoices.Attribute attribute = choices.attribute(name).orElse(null);
        values.setSuggestions(attribute == null ? List.of() : attribute.values(), attribute == null ? ""
                : messages.get("editor.prompt." + attribute.kind().name().toLowerCase(Locale.ROOT)));
    }
}
