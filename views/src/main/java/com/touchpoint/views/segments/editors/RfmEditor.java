package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.RfmCondition;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.segments.ConditionKind;

import java.util.function.Consumer;

/** The customer's RFM group is one of those picked (shown by their names, kept by their keys). */
final class RfmEditor extends ConditionEditor {

    private final MultiChoice groups;

    RfmEditor(RfmCondition condition, ConditionChoices choices, Messages messages, Consumer<Condition> onChange) {
        super(condition, choices, messages, onChange);
        groups = new MultiChoice(choices.rfmGroups().stream().map(RfmGroup::key).toList(),
                messages.get("editor.none"), choices::rfmName, this::read);
        filling(() -> groups.setChecked(condition.groups()));
        layout(messages.get(ConditionKind.RFM.key()), new Form().row(messages.get("editor.rfmGroups"), groups));
    }

    private void read() {
        changed(() -> new RfmCondition(groups.checked()));
    }
}
