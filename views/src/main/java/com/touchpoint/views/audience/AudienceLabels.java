package com.touchpoint.views.audience;

import com.touchpoint.views.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;

/** Labels the audience views share: section titles and the line saying what is wrong. */
public final class AudienceLabels {

    private AudienceLabels() {
    }

    public static Label title(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("audience-title");
        return label;
    }

    /** Shows the problem text, and takes no room while there is none. */
    public static Label problem(ReadOnlyStringProperty problem) {
        Label label = new Label();
        label.getStyleClass().add("audience-problem");
        label.setWrapText(true);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(problem.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
