package com.touchpoint.views.attribution;

import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.ModelKind;
import com.touchpoint.attribution.service.ModelSettings;
import com.touchpoint.attribution.service.PositionShares;
import com.touchpoint.attribution.service.TouchDefinition;
import com.touchpoint.attribution.shapley.CoalitionWorth;
import com.touchpoint.attribution.shapley.SamplingPlan;
import com.touchpoint.attribution.shapley.UnseenCoalition;
import com.touchpoint.views.i18n.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The attribution settings as the analyst sets them: where the journeys come from, the conversion event, the touch
 * channels and event types (checked ones; the unchecked ones are remembered as left out, so channels imported later
 * count), the lookback, the models and their parameters. {@link #settings()} turns them into
 * {@link AttributionSettings}; {@link #problemProperty()} says what stops a run. Use on the JavaFX thread.
 */
public final class AttributionForm {

    public static final int DEFAULT_LOOKBACK_DAYS = 30;

    private final Messages messages;
    private final ObservableList<SourceChoice> sources = FXCollections.observableArrayList(SourceChoice.EVENTS);
    private final ObjectProperty<SourceChoice> source = new SimpleObjectProperty<>(this, "source", SourceChoice.EVENTS);
    private final ObservableList<String> eventTypes = FXCollections.observableArrayList();
    private final StringProperty conversionType = new SimpleStringProperty(this, "conversionType",
            AttributionSettings.DEFAULT_CONVERSION);
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObservableList<String> touchChannels = FXCollections.observableArrayList();
    private final ObservableList<String> touchTypeChoices = FXCollections.observableArrayList();
    private final ObservableList<String> touchTypes = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> lookbackDays = new SimpleObjectProperty<>(this, "lookbackDays",
            DEFAULT_LOOKBACK_DAYS);
    private final Map<ModelKind, BooleanProperty> models = new EnumMap<>(ModelKind.class);
    private final ObjectProperty<Double> halfLifeDays;
    private final ObjectProperty<Integer> positionFirst;
    private final ObjectProperty<Integer> positionMiddle;
    private final ObjectProperty<Integer> positionLast;
    private final ObjectProperty<Integer> markovOrder;
    private final ObjectProperty<CoalitionWorth> shapleyWorth;
    private final ObjectProperty<UnseenCoalition> shapleyUnseen;
    private final ObjectProperty<Long> seed;
    private final StringBinding problem;
    private Set<String> excludedChannels = Set.of(ModelSettings.DEFAULT_DIRECT_CHANNEL);
    private Set<String> excludedTouchTypes = Set.of();
    private boolean syncing;

    public AttributionForm(Messages messages) {
        this.messages = messages;
        ModelSettings defaults = ModelSettings.defaults();
        for (ModelKind kind : ModelKind.values()) {
            models.put(kind, new SimpleBooleanProperty(this, kind.id(), true));
        }
        halfLifeDays = new SimpleObjectProperty<>(this, "halfLifeDays", defaults.halfLife().toHours() / 24.0);
        positionFirst = new SimpleObjectProperty<>(this, "positionFirst", percent(defaults.position().first()));
        positionMiddle = new SimpleObjectProperty<>(this, "positionMiddle", percent(defaults.position().middle()));
        positionLast = new SimpleObjectProperty<>(this, "positionLast", percent(defaults.position().last()));
        markovOrder = new SimpleObjectProperty<>(this, "markovOrder", defaults.markovOrder());
        shapleyWorth = new SimpleObjectProperty<>(this, "shapleyWorth", defaults.shapleyWorth());
        shapleyUnseen = new SimpleObjectProperty<>(this, "shapleyUnseen", defaults.shapleyUnseen());
        seed = new SimpleObjectProperty<>(this, "seed", defaults.sampling().seed());

        touchChannels.addListener((ListChangeListener<String>) change -> {
            if (!syncing) {
                excludedChannels = leftOut(channels, touchChannels);
            }
        });
        touchTypes.addListener((ListChangeListener<String>) change -> {
            if (!syncing) {
                excludedTouchTypes = leftOut(touchTypeChoices, touchTypes);
            }
        });
        conversionType.addListener((property, old, now) -> syncTouchTypes());

        List<Observable> inputs = new ArrayList<>(List.of(source, conversionType, touchChannels, channels,
                touchTypes, touchTypeChoices, lookbackDays, halfLifeDays, positionFirst, positionMiddle, positionLast,
                markovOrder, shapleyWorth, shapleyUnseen, seed));
        inputs.addAll(models.values());
        problem = Bindings.createStringBinding(this::findProblem, inputs.toArray(Observable[]::new));
    }

    /** The journey sources: the project's events, then each imported path report. */
    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    public ObjectProperty<SourceChoice> sourceProperty() {
        return source;
    }

    /** The project's event types, for the conversion choice. */
    public ObservableList<String> eventTypes() {
        return eventTypes;
    }

    public StringProperty conversionTypeProperty() {
        return conversionType;
    }

    /** The project's channels, for the touch channel choice. */
    public ObservableList<String> channels() {
        return channels;
    }

    /** The channels checked as touches. */
    public ObservableList<String> touchChannels() {
        return touchChannels;
    }

    /** The event types that can be touches: every type but the conversion. */
    public ObservableList<String> touchTypeChoices() {
        return touchTypeChoices;
    }

    /** The event types checked as touches. */
    public ObservableList<String> touchTypes() {
        return touchTypes;
    }

    public ObjectProperty<Integer> lookbackDaysProperty() {
        return lookbackDays;
    }

    /** Whether {@code kind} is run; every model is by default. */
    public BooleanProperty modelProperty(ModelKind kind) {
        return models.get(kind);
    }

    public ObjectProperty<Double> halfLifeDaysProperty() {
        return halfLifeDays;
    }

    /** Position-based share of the first touch, in percent. */
    public ObjectProperty<Integer> positionFirstProperty() {
        return positionFirst;
    }

    public ObjectProperty<Integer> positionMiddleProperty() {
        return positionMiddle;
    }

    public ObjectProperty<Integer> positionLastProperty() {
        return positionLast;
    }

    /** 1 to 4. */
    public ObjectProperty<Integer> markovOrderProperty() {
        return markovOrder;
    }

    public ObjectProperty<CoalitionWorth> shapleyWorthProperty() {
        return shapleyWorth;
    }

    public ObjectProperty<UnseenCoalition> shapleyUnseenProperty() {
        return shapleyUnseen;
    }

    /** The random seed of Shapley sampling (used when there are too many channels for exact values). */
    public ObjectProperty<Long> seedProperty() {
        return seed;
    }

    /** What stops a run, in the analyst's words; null when the settings can run. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The models checked, in {@link ModelKind} order. */
    public List<ModelKind> chosenModels() {
        return Arrays.stream(ModelKind.values()).filter(kind -> models.get(kind).get()).toList();
    }

    /**
     * Puts in the project's event types, channels and path reports. Channels and types left out before stay left
     * out, the rest are checked; a chosen path report that no longer exists falls back to the events.
     */
    public void setChoices(List<String> eventTypeValues, List<String> channelValues, List<String> pathReports) {
        eventTypes.setAll(eventTypeValues);
        syncing = true;
        try {
            channels.setAll(channelValues);
            touchChannels.setAll(kept(channels, excludedChannels));
        } finally {
            syncing = false;
        }
        syncTouchTypes();
        // Changed in place, not replaced: a combo box showing the list would lose its choice, even one still there.
        SourceChoice chosen = source.get();
        List<SourceChoice> reports = pathReports.stream().map(SourceChoice::pathReport).toList();
        sources.removeIf(choice -> !choice.isEvents() && !reports.contains(choice));
        reports.stream().filter(report -> !sources.contains(report)).forEach(sources::add);
        source.set(sources.contains(chosen) ? chosen : SourceChoice.EVENTS);
    }

    /**
     * The settings to run.
     *
     * @throws IllegalArgumentException what stops a run (the same text as {@link #problemProperty()})
     */
    public AttributionSettings settings() {
        if (Stream.of(source, lookbackDays, halfLifeDays, positionFirst, positionMiddle, positionLast, markovOrder,
                shapleyWorth, shapleyUnseen, seed).anyMatch(value -> value.get() == null)) {
            throw new IllegalArgumentException(messages.get("attribution.problem.missingValue"));
        }
        List<ModelKind> chosen = chosenModels();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(messages.get("attribution.problem.noModel"));
        }
        int shareSum = positionFirst.get() + positionMiddle.get() + positionLast.get();
        if (shareSum != 100) {
            throw new IllegalArgumentException(messages.get("attribution.problem.positionSum", shareSum));
        }
        ModelSettings modelSettings = ModelSettings.defaults()
                .withHalfLife(Duration.ofMinutes(Math.round(halfLifeDays.get() * 24 * 60)))
                .withPosition(new PositionShares(positionFirst.get() / 100.0, positionMiddle.get() / 100.0,
                        positionLast.get() / 100.0))
                .withMarkovOrder(markovOrder.get());
        SamplingPlan defaultPlan = modelSettings.sampling();
        modelSettings = modelSettings.withShapley(shapleyWorth.get(), shapleyUnseen.get(),
                modelSettings.shapleyMethod(), new SamplingPlan(seed.get(), defaultPlan.relativePrecision(),
                        defaultPlan.maxPermutations()));
        AttributionSettings settings = AttributionSettings.defaults().withModels(chosen)
                .withModelSettings(modelSettings);
        if (!source.get().isEvents()) {
            return settings; // a path report's journeys are taken as given: touches and lookback do not apply
        }
        if (conversionType.get() == null || conversionType.get().isBlank()) {
            throw new IllegalArgumentException(messages.get("attribution.problem.noConversion"));
        }
        if (!channels.isEmpty() && touchChannels.isEmpty()) {
            throw new IllegalArgumentException(messages.get("attribution.problem.noTouchChannel"));
        }
        if (!touchTypeChoices.isEmpty() && touchTypes.isEmpty()) {
            throw new IllegalArgumentException(messages.get("attribution.problem.noTouchType"));
        }
        // Every type but the conversion unless some are left out; channels as "all but the ones left out".
        Set<String> types = touchTypes.containsAll(touchTypeChoices) ? Set.of() : Set.copyOf(touchTypes);
        return settings.withConversionType(conversionType.get())
                .withTouches(new TouchDefinition(Set.of(), excludedChannels, types))
                .withLookback(Duration.ofDays(lookbackDays.get()));
    }

    /** The state to save in the project. */
    public SavedSettings saved() {
        return new SavedSettings(source.get().pathReport(), conversionType.get(), sorted(excludedChannels),
                sorted(excludedTouchTypes), lookbackDays.get(), chosenModels().stream().map(ModelKind::id).toList(),
                halfLifeDays.get(), positionFirst.get(), positionMiddle.get(), positionLast.get(), markovOrder.get(),
                shapleyWorth.get().name(), shapleyUnseen.get().name(), seed.get());
    }

    /**
     * Sets the form to saved state; call {@link #setChoices} after it, which falls back to the events when the saved
     * path report is gone. Names no longer known are skipped: a model id, or a worth or unseen rule, that this
     * version does not have keeps its current setting.
     */
    public void apply(SavedSettings saved) {
        excludedChannels = Set.copyOf(saved.excludedChannels());
        excludedTouchTypes = Set.copyOf(saved.excludedTouchTypes());
        source.set(saved.pathReport() == null ? SourceChoice.EVENTS : SourceChoice.pathReport(saved.pathReport()));
        conversionType.set(saved.conversionType());
        syncing = true;
        try {
            touchChannels.setAll(kept(channels, excludedChannels));
        } finally {
            syncing = false;
        }
        syncTouchTypes();
        lookbackDays.set(saved.lookbackDays());
        Set<String> modelIds = Set.copyOf(saved.models());
        models.forEach((kind, checked) -> checked.set(modelIds.contains(kind.id())));
        halfLifeDays.set(saved.halfLifeDays());
        positionFirst.set(saved.positionFirst());
        positionMiddle.set(saved.positionMiddle());
        positionLast.set(saved.positionLast());
        markovOrder.set(saved.markovOrder());
        enumValue(CoalitionWorth.class, saved.shapleyWorth()).ifPresent(shapleyWorth::set);
        enumValue(UnseenCoalition.class, saved.shapleyUnseen()).ifPresent(shapleyUnseen::set);
        seed.set(saved.seed());
    }

    private void syncTouchTypes() {
        syncing = true;
        try {
            touchTypeChoices.setAll(eventTypes.stream().filter(type -> !type.equals(conversionType.get())).toList());
            touchTypes.setAll(kept(touchTypeChoices, excludedTouchTypes));
        } finally {
            syncing = false;
        }
    }

    private String findProblem() {
        try {
            settings();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The values of {@code all} that are not checked. */
    private static Set<String> leftOut(List<String> all, List<String> checked) {
        Set<String> left = new LinkedHashSet<>(all);
        checked.forEach(left::remove);
        return Set.copyOf(left);
    }

    /** The values of {@code all} that are not left out. */
    private static List<String> kept(List<String> all, Set<String> leftOut) {
        return all.stream().filter(value -> !leftOut.contains(value)).toList();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst();
    }
}
