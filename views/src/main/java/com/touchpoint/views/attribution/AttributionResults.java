package com.touchpoint.views.attribution;

import com.touchpoint.attribution.journey.PathRow;
import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.ModelOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * What the attribution view shows of a run: the run, the model chosen in the per-model list with its table and the
 * tables behind it, and the path explorer narrowed to the paths through one channel. Use on the JavaFX thread.
 */
public final class AttributionResults {

    private static final Pattern PATH_STEP = Pattern.compile("\\s*" + Pattern.quote(PathRow.SEPARATOR) + "\\s*");

    private final ObjectProperty<AttributionRun> run = new SimpleObjectProperty<>(this, "run");
    private final ObservableList<ModelOutcome> outcomes = FXCollections.observableArrayList();
    private final ObjectProperty<ModelOutcome> selectedModel = new SimpleObjectProperty<>(this, "selectedModel");
    private final StringProperty pathChannel = new SimpleStringProperty(this, "pathChannel");
    private final ObjectBinding<Table> modelTable;
    private final ObjectBinding<List<Table>> modelDetails;
    private final ObjectBinding<Table> paths;

    public AttributionResults() {
        run.addListener((property, old, now) -> {
            outcomes.setAll(now == null ? List.of() : now.models());
            selectedModel.set(outcomes.isEmpty() ? null : outcomes.get(0));
            pathChannel.set(null);
        });
        modelTable = Bindings.createObjectBinding(
                () -> selectedModel.get() == null ? null : selectedModel.get().table(), selectedModel);
        modelDetails = Bindings.createObjectBinding(
                () -> selectedModel.get() == null ? List.of() : selectedModel.get().details(), selectedModel);
        paths = Bindings.createObjectBinding(this::filteredPaths, run, pathChannel);
    }

    /** The run shown; null before the first run. */
    public ObjectProperty<AttributionRun> runProperty() {
        return run;
    }

    /** The run's models, in the order run. */
    public ObservableList<ModelOutcome> outcomes() {
        return outcomes;
    }

    /** The model whose table is shown; the first model after each run. */
    public ObjectProperty<ModelOutcome> selectedModelProperty() {
        return selectedModel;
    }

    /** The chosen model's credits (with cost, CPA and ROAS when the project has spend). */
    public ObjectBinding<Table> modelTable() {
        return modelTable;
    }

    /** The tables behind the chosen model's credits (Markov removal effects and transitions, Shapley values). */
    public ObjectBinding<List<Table>> modelDetails() {
        return modelDetails;
    }

    /** The channel the path list is narrowed to; null lists every path. */
    public StringProperty pathChannelProperty() {
        return pathChannel;
    }

    /** The most frequent paths, only those through {@link #pathChannelProperty()} when one is set. */
    public ObjectBinding<Table> paths() {
        return paths;
    }

    public Optional<AttributionRun> run() {
        return Optional.ofNullable(run.get());
    }

    /** Whether {@code path} ("search > email > search") passes through {@code channel}. */
    static boolean passesThrough(String path, String channel) {
        return Arrays.asList(PATH_STEP.split(path.strip())).contains(channel);
    }

    private Table filteredPaths() {
        AttributionRun shown = run.get();
        if (shown == null) {
            return null;
        }
        Table all = shown.topPaths();
        String channel = pathChannel.get();
        return channel == null ? all
                : all.where(all.stringColumn("path").eval(path -> passesThrough(path, channel)));
    }
}
