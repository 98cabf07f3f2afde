package com.touchpoint.views.audience.tags;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.analysis.tags.DefaultTagRules;
import com.touchpoint.analysis.tags.TagCalculator;
import com.touchpoint.analysis.tags.TagRule;
import com.touchpoint.analysis.tags.TagSettings;
import com.touchpoint.analysis.tags.TagWeights;
import com.touchpoint.views.audience.AudienceSession;
import com.touchpoint.views.audience.AudienceState;
import com.touchpoint.views.audience.AudienceComputation;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import tech.tablesaw.api.Table;

/**
 * Tag rules and their weights: the analyst's rules (or the project's defaults: interest per item category, affinity
 * per channel), the half-life and the channel weights; recomputing runs in the background and stores the settings
 * and every customer's weights in the project, where segments find them. Use on the JavaFX thread.
 */
public final class TagsModel implements AutoCloseable {

    /** A channel's weight: how much its behaviours count (1 for channels not listed). */
    public record ChannelWeight(String channel, double weight) {
    }

    private final AudienceSession session;
    private final BackgroundTasks tasks;
    private final AudienceComputation computation;
    private final Messages messages;
    private final StringProperty halfLife = new SimpleStringProperty(this, "halfLife",
            number(TagSettings.DEFAULT_HALF_LIFE_DAYS));
    private final ObservableList<TagRule> rules = FXCollections.observableArrayList();
    private final ObservableList<ChannelWeight> channelWeights = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Table> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ChangeListener<AudienceState> audienceChanged = (property, old, now) -> audienceChanged(now);
    private Optional<TagSettings> saved;

    public TagsModel(AudienceSession session, BackgroundTasks tasks, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.computation = new AudienceComputation(tasks);
        this.messages = messages;
        session.stateProperty().addListener(audienceChanged);
        tasks.run(messages.get("tags.loadingSettings"), context -> session.results().tagSettings(), settings -> {
            saved = settings;
            audienceChanged(session.stateProperty().get());
        });
    }

    /** Days after which a behaviour counts half. */
    public StringProperty halfLifeProperty() {
        return halfLife;
    }

    public ObservableList<TagRule> rules() {
        return rules;
    }

    /** Every channel of the project with its weight. */
    public ObservableList<ChannelWeight> channelWeights() {
        return channelWeights;
    }

    /** The computed tags, most widespread first; null before tags were computed. */
    public ReadOnlyObjectProperty<Table> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computation.computingProperty();
    }

    /** Why the rules cannot be used as they stand, or why computing failed; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return computation.problemProperty();
    }

    /**
     * The settings as edited.
     *
     * @throws AnalysisException saying what to change
     */
    public TagSettings settings() {
        double days;
        try {
            days = Double.parseDouble(halfLife.get().strip());
        } catch (NumberFormatException e) {
            throw new AnalysisException(messages.get("tags.halfLife.notANumber", halfLife.get()));
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        channelWeights.stream().filter(w -> w.weight() != 1.0).forEach(w -> weights.put(w.channel(), w.weight()));
        return new TagSettings(days, weights, List.copyOf(rules));
    }

    /** Adds a rule for any event under an unused name, and returns its place. */
    public int addRule() {
        String name = messages.get("tags.newRule");
        for (int n = 2; names().contains(name); n++) {
            name = messages.get("tags.newRule") + " " + n;
        }
        rules.add(new TagRule(name, EventFilter.ANY, Map.of()));
        return rules.size() - 1;
    }

    public void replaceRule(int index, TagRule rule) {
        rules.set(index, rule);
    }

    public void removeRule(int index) {
        rules.remove(index);
    }

    /** Sets a channel's weight; a weight below 0 is refused with a message. */
    public void setChannelWeight(int index, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            computation.problem(messages.get("tags.channelWeight.invalid", channelWeights.get(index).channel()));
            return;
        }
        computation.problem(null);
        channelWeights.set(index, new ChannelWeight(channelWeights.get(index).channel(), weight));
    }

    /** Puts the project's default rules back (interest per item category, affinity per channel). */
    public void restoreDefaults() {
        AudienceState state = session.stateProperty().get();
        if (state != null) {
            rules.setAll(DefaultTagRules.of(state.data()).rules());
        }
    }

    /** Computes every customer's weights in the background, then stores the settings and the weights. */
    public void recompute() {
        AudienceState state = session.stateProperty().get();
        TagSettings settings;
        try {
            settings = settings();
        } catch (AnalysisException e) {
            computation.problem(e.getMessage());
            return;
        }
        if (state == null) {
            return;
        }
        computation.run(messages.get("tags.computing"), (context, token) -> {
            TagWeights weights = TagCalculator.compute(state.data(), settings, state.referenceMillis(), token);
            context.message(messages.get("tags.saving"));
            session.results().saveTagSettings(settings);
            session.results().saveTags(state.data(), weights);
            return weights;
        }, weights -> {
            saved = Optional.of(settings);
            session.update(data -> data.withTags(weights));
        });
    }

    @Override
    public void close() {
        session.stateProperty().removeListener(audienceChanged);
    }

    private List<String> names() {
        return rules.stream().map(TagRule::name).toList();
    }

    /** Rules and weights from the saved settings (or the defaults) once both they and the audience are here. */
    private void audienceChanged(AudienceState state) {
        if (state == null || saved == null) {
            return;
        }
        summary.set(state.data().tags().map(TagSummary::of).orElse(null));
        if (!rules.isEmpty()) {
            return;
        }
        TagSettings settings = saved.orElseGet(() -> DefaultTagRules.of(state.data()));
        halfLife.set(number(settings.halfLifeDays()));
        rules.setAll(settings.rules());
        channelWeights.setAll(state.data().events().channelDictionary().values().stream().sorted()
                .map(channel -> new ChannelWeight(channel, settings.channelWeight(channel))).toList());
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
