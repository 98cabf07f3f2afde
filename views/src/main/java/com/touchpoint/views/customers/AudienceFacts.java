package com.touchpoint.views.customers;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.CustomerProfile;
import com.touchpoint.views.audience.AudienceSession;
import com.touchpoint.views.audience.AudienceState;
import com.touchpoint.views.i18n.Messages;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A customer's tags with weights, RFM scores and group, and clusters, read from the project's audience (loaded once
 * and shared with the Segments and Audience views). Shows what was computed and saved there.
 */
final class AudienceFacts extends VBox implements AutoCloseable {

    private static final int TAGS_SHOWN = 8;

    private final AudienceSession session;
    private final long globalId;
    private final Messages messages;
    private final ChangeListener<AudienceState> onState = (property, old, now) -> show(now);

    AudienceFacts(AudienceSession session, long globalId, Messages messages) {
        super(4);
        this.session = session;
        this.globalId = globalId;
        this.messages = messages;
        getStyleClass().add("customer-audience");
        setMaxWidth(360);
        setId("customer-audience");
        session.stateProperty().addListener(onState);
        if (session.stateProperty().get() == null && !session.loadingProperty().get()) {
            session.load();
        }
        show(session.stateProperty().get());
    }

    private void show(AudienceState state) {
        Label heading = new Label(messages.get("customer.audience"));
        heading.getStyleClass().add("customer-heading");
        getChildren().setAll(heading);
        if (state == null) {
            getChildren().add(wrapping(messages.get("customer.audience.loading")));
            return;
        }
        CustomerProfile profile;
        try {
            profile = CustomerProfile.of(state.data(), globalId);
        } catch (AnalysisException e) {
            getChildren().add(wrapping(e.getMessage()));
            return;
        }
        getChildren().add(wrapping(profile.tags().isEmpty() ? messages.get("customer.tags.none")
                : messages.get("customer.tags", profile.tags().stream().limit(TAGS_SHOWN)
                .map(tag -> String.format("%s %.2f", tag.tag(), tag.weight()))
                .reduce((a, b) -> a + ", " + b).orElse(""))));
        CustomerProfile.Rfm rfm = profile.rfm();
        getChildren().add(wrapping(rfm == null ? messages.get("customer.rfm.none")
                : messages.get("customer.rfm", rfm.r(), rfm.f(), rfm.m(),
                rfm.group() == null ? "—" : rfm.group().name())));
        getChildren().add(wrapping(profile.clusters().isEmpty() ? messages.get("customer.clusters.none")
                : messages.get("customer.clusters", profile.clusters().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .reduce((a, b) -> a + ", " + b).orElse(""))));
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    @Override
    public void close() {
        session.stateProperty().removeListener(onState);
        session.release();
    }
}
