package com.touchpoint.views.audience;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.ReferenceTime;
import com.touchpoint.views.i18n.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The reference time relative windows ("in the last 30 days") end at, shown in this computer's time zone and set by
 * typing a date or time and pressing Enter; "Latest event" goes back to the default. Saved in the project.
 */
public final class ReferenceTimeBar extends HBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AudienceSession session;
    private final Messages messages;
    private final ZoneId zone = ZoneId.systemDefault();
    private final TextField time = new TextField();
    private final Label latest = new Label();

    public ReferenceTimeBar(AudienceSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
        getStyleClass().add("reference-time");
        getStylesheets().add(Objects.requireNonNull(ReferenceTimeBar.class.getResource("reference-time.css"),
                "reference-time.css is missing from the build").toExternalForm());
        setSpacing(6);
        Label title = new Label(messages.get("reference.title"));
        title.getStyleClass().add("reference-title");
        title.setTooltip(new Tooltip(messages.get("reference.tip")));
        time.setId("reference-time");
        time.setPrefColumnCount(11);
        time.setPromptText(messages.get("reference.prompt"));
        time.setOnAction(event -> apply());
        latest.getStyleClass().add("dim");
        Button useLatest = new Button(messages.get("reference.useLatest"));
        useLatest.getStyleClass().add("flat");
        useLatest.setOnAction(event -> session.setReference(null));
        getChildren().addAll(title, time, latest, useLatest);
        session.stateProperty().addListener((property, old, now) -> show(now));
        disableProperty().bind(session.stateProperty().isNull());
        show(session.stateProperty().get());
    }

    private void show(AudienceState state) {
        time.pseudoClassStateChanged(INVALID, false);
        time.setTooltip(null);
        if (state == null) {
            time.setText("");
            latest.setText("");
            return;
        }
        time.setText(SHOWN.format(Instant.ofEpochMilli(state.referenceMillis()).atZone(zone)));
        latest.setText(state.referenceIsLatest() ? messages.get("reference.isLatest") : "");
        useLatestVisible(!state.referenceIsLatest());
    }

    private void useLatestVisible(boolean visible) {
        var button = getChildren().get(getChildren().size() - 1);
        button.setVisible(visible);
        button.setManaged(visible);
    }

    private void apply() {
        try {
            session.setReference(ReferenceTime.parse(time.getText(), zone));
        } catch (AnalysisException e) {
            time.pseudoClassStateChanged(INVALID, true);
            time.setTooltip(new Tooltip(e.getMessage()));
        }
    }
}
