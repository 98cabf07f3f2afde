package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.segment.Comparison;
import com.touchpoint.views.i18n.Messages;

import java.util.Arrays;
import javafx.scene.control.ChoiceBox;

/** Picks a comparison, named in words ("is", "is at least", "is one of"); numbers get only the numeric ones. */
final class OperatorBox extends ChoiceBox<Comparison> {

    OperatorBox(boolean numeric, Messages messages) {
        getItems().setAll(Arrays.stream(Comparison.values()).filter(op -> !numeric || op.isNumeric()).toList());
        setConverter(TimeWindowFields.labels(op -> messages.get("editor.op." + op.name())));
    }
}
