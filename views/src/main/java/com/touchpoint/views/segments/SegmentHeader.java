package com.touchpoint.views.segments;

import com.touchpoint.views.audience.AudienceState;
import com.touchpoint.views.audience.ReferenceTimeBar;
import com.touchpoint.views.i18n.Messages;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Above the segment: its live size (or why it cannot be counted), name, description and time zone, Save, the
 * reference time, and why the last save was refused.
 */
final class SegmentHeader extends VBox {

    /** Zones offered; any other zone or offset can be typed. */
    private static final List<String> ZONES = List.of("UTC", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore",
            "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles");

    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final SegmentsModel model;
    private final Messages messages;
    private final NumberFormat counts;
    private final Label size = new Label();
    private final Label share = new Label();

    /** @param confirmReplace asks whether to replace another segment of the same name; true goes ahead */
    SegmentHeader(SegmentsModel model, Messages messages, BooleanSupplier confirmReplace) {
        this.model = model;
        this.messages = messages;
        this.counts = NumberFormat.getIntegerInstance(messages.locale());
        getStyleClass().add("segment-header");
        SegmentBuilderModel builder = model.builder();

        size.setId("segment-size");
        size.getStyleClass().add("segment-size");
        share.getStyleClass().add("segment-share");
        share.setWrapText(true);
        share.setMinWidth(0);
        List<Observable> inputs = List.of(builder.countProperty(), builder.countingProperty(),
                model.session().stateProperty(), model.session().loadingProperty());
        inputs.forEach(input -> input.addListener(observable -> showCount()));
        showCount();

        TextField name = new TextField();
        name.setId("segment-name");
        name.setPromptText(messages.get("segment.name.prompt"));
        name.textProperty().bindBidirectional(builder.nameProperty());
        name.setPrefColumnCount(18);
        TextField description = new TextField();
        description.setId("segment-description");
        description.setPromptText(messages.get("segment.description.prompt"));
        description.textProperty().bindBidirectional(builder.descriptionProperty());
        ComboBox<String> zone = new ComboBox<>();
        zone.setEditable(true);
        zone.getItems().setAll(ZONES);
        if (!ZONES.contains(ZoneId.systemDefault().getId())) {
            zone.getItems().add(0, ZoneId.systemDefault().getId());
        }
        zone.setValue(builder.timeZoneProperty().get());
        zone.valueProperty().addListener((property, old, now) -> {
            if (now != null) {
                builder.timeZoneProperty().set(now);
            }
        });
        builder.timeZoneProperty().addListener((property, old, now) -> zone.setValue(now));
        zone.setTooltip(new Tooltip(messages.get("segment.zone.tip")));
        zone.setPrefWidth(170);

        Button save = new Button(messages.get("segment.save"), new FontIcon(Feather.SAVE));
        save.setId("segment-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(event -> {
            if (!model.saveWouldReplace() || confirmReplace.getAsBoolean()) {
                model.save();
            }
        });
        Label state = new Label();
        state.getStyleClass().add("dim");
        state.textProperty().bind(Bindings.createStringBinding(() -> builder.savedNameProperty().get() == null
                ? messages.get("segment.state.new") : builder.modifiedProperty().get()
                ? messages.get("segment.state.modified") : messages.get("segment.state.saved"),
                builder.savedNameProperty(), builder.modifiedProperty()));

        GridPane fields = new GridPane();
        fields.getStyleClass().add("segment-fields");
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, label("segment.name", name), name, label("segment.description", description), description,
                label("segment.zone", zone), zone);
        GridPane.setHgrow(description, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("segment-save-problem");
        problem.getStyleClass().add("save-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.saveProblem());
        problem.visibleProperty().bind(model.saveProblem().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox countLine = new HBox(10, size, share, gap, state, save);
        countLine.getStyleClass().add("count-line");
        HBox.setHgrow(share, Priority.SOMETIMES);
        getChildren().addAll(countLine, fields, problem, new ReferenceTimeBar(model.session(), messages));
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void showCount() {
        SegmentBuilderModel builder = model.builder();
        AudienceState state = model.session().stateProperty().get();
        LiveCount count = builder.countProperty().get();
        boolean counting = builder.countingProperty().get();
        share.getStyleClass().remove("count-problem");
        size.pseudoClassStateChanged(STALE, false);
        if (state == null) {
            size.setText(messages.get(model.session().loadingProperty().get() ? "segment.count.loading"
                    : "segment.count.notLoaded"));
            share.setText("");
        } else if (count == null || counting && count.evaluation() == null) {
            size.setText(messages.get("segment.count.counting"));
            share.setText("");
        } else if (count.evaluation() == null) {
            size.setText(messages.get("segment.count.none"));
            share.setText(count.problem());
            share.getStyleClass().add("count-problem");
        } else {
            // While a newer count runs the last one stays, dimmed, so the number does not flicker with each edit.
            int members = count.evaluation().size();
            int universe = count.evaluation().universe();
            size.pseudoClassStateChanged(STALE, counting);
            size.setText(messages.get("segment.count.size", members));
            share.setText(messages.get("segment.count.share", universe,
                    universe == 0 ? 0.0 : members / (double) universe));
        }
    }
}
