package com.touchpoint.views.audience.rfm;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.rfm.RfmCalculator;
import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.rfm.RfmSettings;
import com.touchpoint.analysis.rfm.RfmThresholds;
import com.touchpoint.views.audience.AudienceSession;
import com.touchpoint.views.audience.AudienceState;
import com.touchpoint.views.audience.AudienceComputation;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * RFM for the project: the window, quintiles or the analyst's thresholds, the group names (editable; segments keep
 * using the groups' keys), the scores computed in the background, and saving scores and settings in the project so
 * segments can use them. Opens on the scores and settings saved before. Use on the JavaFX thread.
 */
public final class RfmModel implements AutoCloseable {

    private final AudienceSession session;
    private final BackgroundTasks tasks;
    private final AudienceComputation computation;
    private final Messages messages;
    private final StringProperty window = new SimpleStringProperty(this, "window", RfmSettings.DEFAULT.window());
    private final BooleanProperty useThresholds = new SimpleBooleanProperty(this, "useThresholds");
    private final StringProperty recencyCuts = new SimpleStringProperty(this, "recencyCuts", "");
    private final StringProperty frequencyCuts = new SimpleStringProperty(this, "frequencyCuts", "");
    private final StringProperty monetaryCuts = new SimpleStringProperty(this, "monetaryCuts", "");
    private final ObservableList<RfmGroup> groups = FXCollections.observableArrayList(RfmSettings.DEFAULT_GROUPS);
    private final ReadOnlyObjectWrapper<RfmScores> scores = new ReadOnlyObjectWrapper<>(this, "scores");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved", true);
    private final ChangeListener<AudienceState> audienceChanged = (property, old, now) -> showStored(now);

    public RfmModel(AudienceSession session, BackgroundTasks tasks, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.computation = new AudienceComputation(tasks);
        this.messages = messages;
        session.stateProperty().addListener(audienceChanged);
        tasks.run(messages.get("rfm.loadingSettings"), context -> session.results().rfmSettings(), this::showSettings);
        showStored(session.stateProperty().get());
    }

    /** Orders in this span before the reference time count, e.g. 365d or 26w. */
    public StringProperty windowProperty() {
        return window;
    }

    /** False: scores cut at quintiles; true: at the analyst's four thresholds per measure. */
    public BooleanProperty useThresholdsProperty() {
        return useThresholds;
    }

    /** Four ascending days since the last order, separated by commas; at or below the first scores R 5. */
    public StringProperty recencyCutsProperty() {
        return recencyCuts;
    }

    public StringProperty frequencyCutsProperty() {
        return frequencyCuts;
    }

    public StringProperty monetaryCutsProperty() {
        return monetaryCuts;
    }

    /** The groups, in the order they are tried; rename them with {@link #rename}. */
    public ObservableList<RfmGroup> groups() {
        return groups;
    }

    /** The scores shown: saved ones, or computed and not saved yet; null before any. */
    public ReadOnlyObjectProperty<RfmScores> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    /** Whether the scores and group names shown are the ones saved in the project. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computation.computingProperty();
    }

    /** Why the settings do not make RFM settings (a bad window or threshold), or why computing failed. */
    public ReadOnlyStringProperty problemProperty() {
        return computation.problemProperty();
    }

    /**
     * The settings as typed.
     *
     * @throws AnalysisException saying what to change
     */
    public RfmSettings settings() {
        RfmThresholds thresholds = useThresholds.get() ? new RfmThresholds(cuts(recencyCuts.get()),
                cuts(frequencyCuts.get()), cuts(monetaryCuts.get())) : null;
        return new RfmSettings(window.get().strip(), thresholds, List.copyOf(groups));
    }

    /** Gives group {@code index} a new name; the scores shown take it at once. */
    public void rename(int index, String name) {
        RfmGroup group = groups.get(index);
        String newName = name == null || name.isBlank() ? group.key() : name.strip();
        if (newName.equals(group.name())) {
            return;
        }
        groups.set(index, group.renamed(newName));
        RfmScores current = scores.get();
        if (current != null) {
            RfmSettings renamed = current.settings();
            scores.set(current.withSettings(new RfmSettings(renamed.window(), renamed.thresholds(),
                    List.copyOf(groups))));
        }
        saved.set(false);
    }

    /** Scores every customer in the background with the settings as typed. */
    public void compute() {
        AudienceState state = session.stateProperty().get();
        RfmSettings settings;
        try {
            settings = settings();
        } catch (AnalysisException e) {
            computation.problem(e.getMessage());
            return;
        }
        if (state == null) {
            return;
        }
        computation.run(messages.get("rfm.computing"), (context, token) ->
                RfmCalculator.compute(state.data(), settings, state.referenceMillis(), token), computed -> {
                    scores.set(computed);
                    saved.set(false);
                });
    }

    /** Saves the scores shown and the settings in the project, so segments can use the RFM groups. */
    public void save() {
        RfmScores shown = scores.get();
        AudienceState state = session.stateProperty().get();
        if (shown == null || state == null) {
            return;
        }
        tasks.run(messages.get("rfm.saving"), context -> {
            session.results().saveRfmSettings(shown.settings());
            session.results().saveRfm(state.data(), shown);
            return shown;
        }, stored -> {
            session.update(data -> data.withRfm(stored));
            saved.set(true);
        });
    }

    @Override
    public void close() {
        session.stateProperty().removeListener(audienceChanged);
    }

    private void showSettings(RfmSettings settings) {
        window.set(settings.window());
        groups.setAll(settings.groups());
        RfmThresholds thresholds = settings.thresholds();
        useThresholds.set(thresholds != null);
        if (thresholds != null) {
            recencyCuts.set(text(thresholds.recency()));
            frequencyCuts.set(text(thresholds.frequency()));
            monetaryCuts.set(text(thresholds.monetary()));
        }
    }

    private void showStored(AudienceState state) {
        RfmScores stored = state == null ? null : state.data().rfm().orElse(null);
        if (stored != scores.get()) {
            scores.set(stored);
            saved.set(true);
            if (stored != null) {
                groups.setAll(stored.settings().groups());
            }
        }
    }

    private List<Double> cuts(String text) {
        try {
            return Arrays.stream(text.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Double::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new AnalysisException(messages.get("rfm.cutsNotNumbers", text));
        }
    }

    private static String text(List<Double> values) {
        return String.join(", ", values.stream()
                .map(v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()).toList());
    }
}
