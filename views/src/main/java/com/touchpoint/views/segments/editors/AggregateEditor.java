package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.segment.AggregateCondition;
import com.touchpoint.analysis.segment.Comparison;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.segments.ConditionKind;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;

/** A number over the customer's events (revenue, orders, events, distinct channels…) compared with values. */
final class AggregateEditor extends ConditionEditor {

    private final ChoiceBox<AggregateCondition.Measure> measure = new ChoiceBox<>();
    private final EventFilterFields filter;
    private final TimeWindowFields window;
    private final OperatorBox op;
    private final ValueFields values;

    AggregateEditor(AggregateCondition condition, ConditionChoices choices, Messages messages,
                    Consumer<Condition> onChange) {
        super(condition, choices, messages, onChange);
        measure.getItems().setAll(AggregateCondition.Measure.values());
        measure.setConverter(TimeWindowFields.labels(m -> messages.get("editor.measure."
                + m.name().toLowerCase(Locale.ROOT))));
        measure.valueProperty().addListener((p, old, now) -> read());
        filter = new EventFilterFields(choices, messages, this::read);
        window = new TimeWindowFields(messages, this::read);
        op = new OperatorBox(true, messages);
        values = new ValueFields(messages, this::read);
        values.setSuggestions(List.of(), messages.get("editor.prompt.number"));
        op.valueProperty().addListener((p, old, now) -> {
            values.setArity(now.arity());
            read();
        });
        filling(() -> {
            measure.setValue(condition.measure() == null ? AggregateCondition.Measure.REVENUE : condition.measure());
            filter.setFilter(condition.filter());
            window.setWindow(condition.window());
            op.setValue(condition.op() == null ? Comparison.AT_LEAST : condition.op());
            values.setArity(op.getValue().arity());
            values.setValues(Values.texts(condition.values()));
        });
        Form form = new Form().row(messages.get("editor.measure"), measure);
        filter.addTo(form);
        form.row(messages.get("editor.when"), window)
                .row(messages.get("editor.comparison"), op)
                .row(messages.get("editor.values"), values);
        layout(messages.get(ConditionKind.AGGREGATE.key()), form);
    }

    private void read() {
        changed(() -> new AggregateCondition(measure.getValue(), filter.filter(), window.window(), op.getValue(),
                Values.numbers(values.values(), messages)));
    }
}
