package com.touchpoint.views.attribution;

import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.attribution.shapley.CoalitionWorth;
import com.touchpoint.attribution.shapley.UnseenCoalition;
import com.touchpoint.views.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LongStringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The attribution settings as controls, bound to an {@link AttributionForm}: journey source, conversion event,
 * touch channels and event types, lookback, models, and the models' parameters (each enabled only while its model
 * is chosen). The touch settings are disabled for path reports, whose journeys are taken as given.
 */
final class SettingsPanel extends VBox {

    private static final double FIELD_WIDTH = 260;

    private final AttributionForm form;
    private final Messages messages;
    private final ModelNames names;

    SettingsPanel(AttributionForm form, Messages messages, ModelNames names) {
        this.form = form;
        this.messages = messages;
        this.names = names;
        getStyleClass().add("attribution-settings");
        BooleanBinding fromReport = form.sourceProperty().isNotEqualTo(SourceChoice.EVENTS);

        ComboBox<SourceChoice> source = new ComboBox<>(form.sources());
        source.setId("attribution-source");
        source.valueProperty().bindBidirectional(form.sourceProperty());
        source.setConverter(converter(choice -> choice == null ? "" : choice.isEvents()
                ? messages.get("attribution.source.events")
                : messages.get("attribution.source.report", choice.pathReport())));

        ComboBox<String> conversion = new ComboBox<>(form.eventTypes());
        conversion.setId("attribution-conversion");
        conversion.valueProperty().bindBidirectional(form.conversionTypeProperty());

        CheckComboBox<String> channels = new CheckComboBox<>(form.channels());
        channels.setId("attribution-channels");
        CheckedItems.bind(channels, form.touchChannels(), checkedTitle(form.channels()));
        CheckComboBox<String> types = new CheckComboBox<>(form.touchTypeChoices());
        types.setId("attribution-touch-types");
        CheckedItems.bind(types, form.touchTypes(), checkedTitle(form.touchTypeChoices()));

        Spinner<Integer> lookback = integerSpinner(form.lookbackDaysProperty(), 1, 3650, 1);
        lookback.setId("attribution-lookback");

        for (Control field : List.of(source, conversion, channels, types)) {
            field.setPrefWidth(FIELD_WIDTH);
            field.setMaxWidth(Double.MAX_VALUE);
        }
        conversion.disableProperty().bind(fromReport);
        channels.disableProperty().bind(fromReport);
        types.disableProperty().bind(fromReport);
        lookback.disableProperty().bind(fromReport);
        Label reportNote = note(messages.get("attribution.source.reportNote"));
        reportNote.visibleProperty().bind(fromReport);
        reportNote.managedProperty().bind(fromReport);

        getChildren().addAll(
                section("attribution.section.journeys"), field("attribution.source", source), reportNote,
                field("attribution.conversion", conversion),
                field("attribution.touchChannels", channels), field("attribution.touchTypes", types),
                field("attribution.lookback", lookback),
                section("attribution.section.models"), models(),
                parameters());
    }

    private Node models() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("attribution-models");
        ModelKind[] kinds = ModelKind.values();
        for (int k = 0; k < kinds.length; k++) {
            CheckBox box = new CheckBox(names.label(kinds[k]));
            box.setId("model-" + kinds[k].id());
            box.selectedProperty().bindBidirectional(form.modelProperty(kinds[k]));
            // Down the first column, then the second: the two longest names do not share a row.
            int rows = (kinds.length + 1) / 2;
            grid.add(box, k / rows, k % rows);
        }
        return grid;
    }

    private Node parameters() {
        Spinner<Double> halfLife = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 365,
                form.halfLifeDaysProperty().get(), 0.5));
        halfLife.getValueFactory().valueProperty().bindBidirectional(form.halfLifeDaysProperty());
        editable(halfLife, "\\d{0,4}(\\.\\d{0,2})?");
        halfLife.setPrefWidth(110);

        HBox shares = new HBox(8, share("attribution.position.first", form.positionFirstProperty()),
                share("attribution.position.middle", form.positionMiddleProperty()),
                share("attribution.position.last", form.positionLastProperty()));

        Spinner<Integer> order = integerSpinner(form.markovOrderProperty(), 1, 4, 1);

        ComboBox<CoalitionWorth> worth = new ComboBox<>(FXCollections.observableArrayList(CoalitionWorth.values()));
        worth.valueProperty().bindBidirectional(form.shapleyWorthProperty());
        worth.setConverter(enumConverter("attribution.worth."));
        worth.setMaxWidth(Double.MAX_VALUE);

        ComboBox<UnseenCoalition> unseen = new ComboBox<>(
                FXCollections.observableArrayList(UnseenCoalition.values()));
        unseen.valueProperty().bindBidirectional(form.shapleyUnseenProperty());
        unseen.setConverter(enumConverter("attribution.unseen."));
        unseen.setMaxWidth(Double.MAX_VALUE);
        unseen.disableProperty().bind(form.modelProperty(ModelKind.SHAPLEY).not()
                .or(form.shapleyWorthProperty().isEqualTo(CoalitionWorth.CONVERSIONS)));

        TextField seed = new TextField();
        TextFormatter<Long> seedValue = new TextFormatter<>(new LongStringConverter(), form.seedProperty().get(),
                change -> change.getControlNewText().matches("\\d{0,18}") ? change : null);
        seedValue.valueProperty().bindBidirectional(form.seedProperty());
        keepAValue(seedValue.valueProperty());
        seed.setTextFormatter(seedValue);
        seed.setMaxWidth(160);

        VBox fields = new VBox(10,
                parameter("attribution.halfLife", halfLife, ModelKind.TIME_DECAY),
                parameter("attribution.position", shares, ModelKind.POSITION),
                parameter("attribution.markovOrder", order, ModelKind.MARKOV),
                parameter("attribution.shapleyWorth", worth, ModelKind.SHAPLEY),
                parameter("attribution.shapleyUnseen", unseen, ModelKind.SHAPLEY),
                parameter("attribution.seed", seed, ModelKind.SHAPLEY));
        TitledPane pane = new TitledPane(messages.get("attribution.section.parameters"), fields);
        pane.setId("attribution-parameters");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    /** A labelled parameter, enabled while {@code model} is chosen (unless the control has its own rule). */
    private Node parameter(String labelKey, Node control, ModelKind model) {
        if (!control.disableProperty().isBound()) {
            control.disableProperty().bind(form.modelProperty(model).not());
        }
        return field(labelKey, control);
    }

    private Node share(String labelKey, ObjectProperty<Integer> percent) {
        Spinner<Integer> spinner = integerSpinner(percent, 0, 100, 5);
        spinner.setPrefWidth(80);
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().addAll("dim", "attribution-note");
        return new VBox(2, label, spinner);
    }

    private static Spinner<Integer> integerSpinner(ObjectProperty<Integer> value, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                value.get(), step));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        editable(spinner, "\\d{0,4}");
        spinner.setPrefWidth(110);
        return spinner;
    }

    /**
     * Typing is allowed, of text that {@code allowed} matches; the typed value counts when the spinner loses focus,
     * not only on Enter, and an emptied field goes back to the value before.
     */
    private static void editable(Spinner<?> spinner, String allowed) {
        spinner.setEditable(true);
        spinner.getEditor().setTextFormatter(new TextFormatter<>(
                change -> change.getControlNewText().matches(allowed) ? change : null));
        keepAValue(spinner.getValueFactory().valueProperty());
        spinner.focusedProperty().addListener((property, was, now) -> {
            if (!now) {
                spinner.increment(0);
            }
        });
    }

    /** Puts the value back when a control sets it to nothing (an emptied number field committed). */
    private static <T> void keepAValue(ObjectProperty<T> value) {
        value.addListener((property, old, now) -> {
            if (now == null && old != null) {
                value.set(old);
            }
        });
    }

    /** "All (8)", "All but direct", "email, search" or "None": whichever is shorter to read. */
    private Function<List<String>, String> checkedTitle(ObservableList<String> choices) {
        return checked -> {
            List<String> leftOut = choices.stream().filter(choice -> !checked.contains(choice)).toList();
            if (checked.isEmpty()) {
                return messages.get("attribution.checked.none");
            }
            if (leftOut.isEmpty()) {
                return messages.get("attribution.checked.all", choices.size());
            }
            return leftOut.size() < checked.size()
                    ? messages.get("attribution.checked.allBut", String.join(", ", leftOut))
                    : String.join(", ", checked);
        };
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("attribution-section");
        return label;
    }

    private VBox field(String labelKey, Node control) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(control);
        label.getStyleClass().add("attribution-field-label");
        label.disableProperty().bind(control.disableProperty());
        return new VBox(3, label, control);
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("dim", "attribution-note");
        return label;
    }

    private <E extends Enum<E>> StringConverter<E> enumConverter(String keyPrefix) {
        return converter(value -> value == null ? "" : messages.get(keyPrefix + value.name().toLowerCase(Locale.ROOT)));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("The choice is not typed");
            }
        };
    }
}
