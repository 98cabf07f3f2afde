package com.touchpoint.views.audience.clusters;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.cluster.ClusterAnalysis;
import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.analysis.cluster.FeatureMatrix;
import com.touchpoint.analysis.segment.Segment;
import com.touchpoint.views.audience.AudienceSession;
import com.touchpoint.views.audience.AudienceState;
import com.touchpoint.views.audience.AudienceComputation;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import tech.tablesaw.api.Table;

/**
 * k-means over the features the analyst picks: help choosing k (within-cluster error and silhouette for a range of
 * k), a run for the chosen k that is saved in the project under its name, its profile (size and feature means per
 * cluster), and saving one cluster as a segment. Use on the JavaFX thread.
 */
public final class ClustersModel implements AutoCloseable {

    /** A feature that can be picked: recency, frequency, monetary, events, revenue, channel:NAME, tag:NAME. */
    public static final class Feature {
        private final String name;
        private final BooleanProperty chosen;

        Feature(String name, boolean chosen) {
            this.name = name;
            this.chosen = new SimpleBooleanProperty(this, "chosen", chosen);
        }

        public String name() {
            return name;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private static final List<String> RFM_FEATURES = List.of("recency", "frequency", "monetary");
    private static final List<String> EVENT_FEATURES = List.of("events", "revenue");

    private final AudienceSession session;
    private final BackgroundTasks tasks;
    private final AudienceComputation computation;
    private final Messages messages;
    private final ObservableList<Feature> features = FXCollections.observableArrayList();
    private final IntegerProperty fromK = new SimpleIntegerProperty(this, "fromK", 2);
    private final IntegerProperty toK = new SimpleIntegerProperty(this, "toK", 8);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 4);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final StringProperty name = new SimpleStringProperty(this, "name", "clusters");
    private final ReadOnlyObjectWrapper<Table> choosing = new ReadOnlyObjectWrapper<>(this, "choosing");
    private final ReadOnlyObjectWrapper<Clustering> clustering = new ReadOnlyObjectWrapper<>(this, "clustering");
    private final ReadOnlyObjectWrapper<Table> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ChangeListener<AudienceState> audienceChanged = (property, old, now) -> listFeatures(now);

    public ClustersModel(AudienceSession session, BackgroundTasks tasks, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.computation = new AudienceComputation(tasks);
        this.messages = messages;
        session.stateProperty().addListener(audienceChanged);
        listFeatures(session.stateProperty().get());
    }

    /** The features this project offers, with the ones picked. */
    public ObservableList<Feature> features() {
        return features;
    }

    public IntegerProperty fromKProperty() {
        return fromK;
    }

    public IntegerProperty toKProperty() {
        return toK;
    }

    /** The number of clusters to run. */
    public IntegerProperty kProperty() {
        return k;
    }

    /** The random seed; the same seed gives the same clusters. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** The name the clustering is saved under; segments refer to it. */
    public StringProperty nameProperty() {
        return name;
    }

    /** k, within-cluster sum of squares and silhouette per k tried; null before. */
    public ReadOnlyObjectProperty<Table> choosingProperty() {
        return choosing.getReadOnlyProperty();
    }

    /** The last clustering run (and saved); null before. */
    public ReadOnlyObjectProperty<Clustering> clusteringProperty() {
        return clustering.getReadOnlyProperty();
    }

    /** Size and feature means per cluster of the last run; null before. */
    public ReadOnlyObjectProperty<Table> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computation.computingProperty();
    }

    /** Why the last request could not run (no feature picked, RFM not computed…); null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return computation.problemProperty();
    }

    /** What the last action did ("Saved segment …"), empty before. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The features picked, in list order. */
    public List<String> chosen() {
        return features.stream().filter(f -> f.chosenProperty().get()).map(Feature::name).toList();
    }

    /** Runs k-means for every k in the range and gives the error and silhouette of each. */
    public void chooseK() {
        int from = fromK.get();
        int to = toK.get();
        if (from < 2 || to < from) {
            computation.problem(messages.get("clusters.range.invalid", from, to));
            return;
        }
        long chosenSeed = seed.get();
        List<String> picked = chosen();
        compute(messages.get("clusters.choosing", from, to), (state, token) -> ClusterAnalysis.chooseK(
                matrix(state, picked), from, to, chosenSeed, token), choosing::set);
    }

    /** Runs k-means for k clusters, saves the clustering in the project, and gives its profile. */
    public void run() {
        String clusteringName = name.get().strip();
        if (clusteringName.isEmpty()) {
            computation.problem(messages.get("clusters.name.missing"));
            return;
        }
        int clusters = k.get();
        long chosenSeed = seed.get();
        List<String> picked = chosen();
        compute(messages.get("clusters.running", clusters), (state, token) -> {
            FeatureMatrix matrix = matrix(state, picked);
            Clustering result = ClusterAnalysis.run(clusteringName, matrix, clusters, chosenSeed, token);
            session.results().saveClustering(state.data(), result);
            return new Ran(result, ClusterAnalysis.profile(matrix, result));
        }, ran -> {
            clustering.set(ran.clustering());
            profile.set(ran.profile());
            session.update(data -> data.withClustering(ran.clustering()));
            notice.set(messages.get("clusters.saved", ran.clustering().name()));
        });
    }

    /** Saves the customers of cluster {@code cluster} of the last run as the segment {@code segmentName}. */
    public void saveAsSegment(int cluster, String segmentName) {
        Clustering current = clustering.get();
        if (current == null) {
            return;
        }
        Segment segment;
        try {
            segment = ClusterAnalysis.asSegment(current, cluster, segmentName.strip());
        } catch (AnalysisException e) {
            computation.problem(e.getMessage());
            return;
        }
        computation.problem(null);
        tasks.run(messages.get("clusters.savingSegment", segment.name()), context -> {
            session.library().save(segment);
            return segment;
        }, saved -> {
            session.segmentsChanged();
            notice.set(messages.get("clusters.segmentSaved", saved.name()));
        });
    }

    @Override
    public void close() {
        session.stateProperty().removeListener(audienceChanged);
    }

    private record Ran(Clustering clustering, Table profile) {
    }

    /** Work over the audience that ends early when its token is cancelled. */
    @FunctionalInterface
    private interface Computation<T> {
        T run(AudienceState state, CancellationToken token);
    }

    private <T> void compute(String title, Computation<T> work, Consumer<T> onResult) {
        AudienceState state = session.stateProperty().get();
        if (state == null) {
            return;
        }
        notice.set("");
        computation.run(title, (context, token) -> work.run(state, token), onResult);
    }

    private static FeatureMatrix matrix(AudienceState state, List<String> picked) {
        return FeatureMatrix.build(state.data(), picked, state.referenceMillis());
    }

    private void listFeatures(AudienceState state) {
        if (state == null) {
            return;
        }
        AudienceData data = state.data();
        Map<String, Boolean> before = features.stream()
                .collect(Collectors.toMap(Feature::name, f -> f.chosenProperty().get()));
        List<String> names = new ArrayList<>();
        if (data.rfm().isPresent()) {
            names.addAll(RFM_FEATURES);
        }
        names.addAll(EVENT_FEATURES);
        data.events().channelDictionary().values().stream().sorted().forEach(c -> names.add("channel:" + c));
        data.tags().ifPresent(tags -> tags.weights().keySet().forEach(t -> names.add("tag:" + t)));
        List<String> defaults = data.rfm().isPresent() ? RFM_FEATURES : EVENT_FEATURES;
        features.setAll(names.stream().map(n -> new Feature(n, before.getOrDefault(n,
                before.isEmpty() && defaults.contains(n)))).toList());
    }
}
