package com.touchpoint.views.audience.tags;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.tags.TagRule;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.segments.editors.EventFilterFields;
import com.touchpoint.views.segments.editors.Form;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Edits one tag rule: its name, which events are behaviours for the tag, and how much each event type weighs
 * ({@code purchase=3, add_to_cart=2}; types not listed weigh 1). Hands on each finished change.
 */
final class TagRuleEditor extends VBox {

    private final Messages messages;
    private final TextField name = new TextField();
    private final EventFilterFields filter;
    private final TextField weights = new TextField();
    private final Label problem = new Label();
    private final Consumer<TagRule> onChange;
    private TagRule shown;
    private boolean filling;

    TagRuleEditor(TagRule rule, ConditionChoices choices, Messages messages, Consumer<TagRule> onChange) {
        this.messages = messages;
        this.onChange = onChange;
        this.shown = rule;
        getStyleClass().add("tag-rule-editor");
        setSpacing(8);
        filter = new EventFilterFields(choices, messages, this::read);
        name.setId("tag-rule-name");
        weights.setPromptText(messages.get("tags.weights.prompt"));
        for (TextField field : new TextField[] {name, weights}) {
            field.setOnAction(event -> read());
            field.focusedProperty().addListener((property, was, now) -> {
                if (!now) {
                    read();
                }
            });
        }
        problem.getStyleClass().add("audience-problem");
        problem.setWrapText(true);
        filling = true;
        name.setText(rule.name());
        filter.setFilter(rule.filter());
        weights.setText(BehaviourWeights.text(rule.behaviourWeights()));
        filling = false;
        Form form = new Form().row(messages.get("tags.rule.name"), name);
        filter.addTo(form);
        form.row(messages.get("tags.rule.weights"), weights);
        getChildren().addAll(form, problem);
    }

    /** The rule as shown: as given, or as last handed on. */
    TagRule shown() {
        return shown;
    }

    private void read() {
        if (filling) {
            return;
        }
        try {
            TagRule rule = new TagRule(name.getText().strip(), filter.filter(),
                    BehaviourWeights.parse(weights.getText(), messages));
            problem.setText("");
            if (!rule.equals(shown)) {
                shown = rule;
                onChange.accept(rule);
            }
        } catch (AnalysisException e) {
            problem.setText(e.getMessage());
        }
    }
}
