package com.touchpoint.views.imports;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The boxes the wizard says things in: a problem (what happened, why, what to do) and a note. */
final class Notices {

    private Notices() {
    }

    /** What went wrong as a headline, the reason (may be null) and what to do. */
    static Node problem(String headline, String reason, String todo) {
        Label title = new Label(headline);
        title.getStyleClass().add("notice-title");
        title.setWrapText(true);
        VBox text = new VBox(6, title);
        if (reason != null) {
            Label because = new Label(reason);
            because.setWrapText(true);
            because.getStyleClass().add("notice-reason");
            text.getChildren().add(because);
        }
        Label next = new Label(todo);
        next.setWrapText(true);
        text.getChildren().add(next);
        return box(Feather.ALERT_TRIANGLE, "notice-problem", text);
    }

    static Node note(Ikon icon, String style, String message) {
        Label text = new Label(message);
        text.setWrapText(true);
        return box(icon, style, text);
    }

    private static Node box(Ikon icon, String style, Node text) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("notice-icon");
        // The text takes the rest of the width, so a long message wraps instead of being cut off.
        HBox.setHgrow(text, Priority.ALWAYS);
        if (text instanceof Region region) {
            region.setMinWidth(0);
            region.setMaxWidth(Double.MAX_VALUE);
        }
        HBox box = new HBox(10, graphic, text);
        box.getStyleClass().addAll("notice", style);
        box.setMaxHeight(HBox.USE_PREF_SIZE);
        return box;
    }
}
