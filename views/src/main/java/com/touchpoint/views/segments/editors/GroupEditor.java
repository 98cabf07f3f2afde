package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.segments.ConditionKind;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Whether a group keeps customers who match all of its conditions, or any of them. */
final class GroupEditor extends ConditionEditor {

    private final RadioButton all;
    private final RadioButton any;

    GroupEditor(Group condition, ConditionChoices choices, Messages messages, Consumer<Condition> onChange) {
        super(condition, choices, messages, onChange);
        all = new RadioButton(messages.get("editor.group.all"));
        any = new RadioButton(messages.get("editor.group.any"));
        all.setId("editor-group-all");
        any.setId("editor-group-any");
        ToggleGroup logic = new ToggleGroup();
        all.setToggleGroup(logic);
        any.setToggleGroup(logic);
        filling(() -> (condition.logic() == Group.Logic.AND ? all : any).setSelected(true));
        logic.selectedToggleProperty().addListener((p, old, now) -> changed(() -> new Group(
                all.isSelected() ? Group.Logic.AND : Group.Logic.OR, ((Group) shown()).conditions())));
        Label hint = new Label(messages.get("editor.group.hint"));
        hint.getStyleClass().add("editor-hint");
        hint.setWrapText(true);
        layout(messages.get(ConditionKind.GROUP.key()), new VBox(8, all, any, hint));
    }
}
