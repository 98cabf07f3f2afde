package com.touchpoint.views.audience.clusters;

import com.touchpoint.views.audience.AudienceLabels;
import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.views.audience.AudienceColumnTitles;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.results.ResultTableModel;
import com.touchpoint.views.results.ResultTableView;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Clusters tab: the features to cluster on, help choosing k (error and silhouette per k, as a chart), a k-means
 * run saved under a name, its profile table, and saving a cluster as a segment.
 */
public final class ClustersView extends BorderPane implements AutoCloseable {

    private final ClustersModel model;
    private final Messages messages;
    private final FlowPane featureBoxes = new FlowPane(12, 6);
    private final StackPane chartArea = new StackPane();

    public ClustersView(ClustersModel model, BackgroundTasks tasks, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("clusters-view");

        featureBoxes.getStyleClass().add("cluster-features");
        model.features().addListener((ListChangeListener<ClustersModel.Feature>) change -> showFeatures());
        showFeatures();

        Spinner<Integer> fromK = spinner(2, 30, model.fromKProperty().get());
        fromK.valueProperty().addListener((p, old, now) -> model.fromKProperty().set(now));
        Spinner<Integer> toK = spinner(2, 30, model.toKProperty().get());
        toK.valueProperty().addListener((p, old, now) -> model.toKProperty().set(now));
        Button choose = new Button(messages.get("clusters.choose"), new FontIcon(Feather.TRENDING_DOWN));
        choose.setId("clusters-choose");
        choose.setOnAction(event -> model.chooseK());
        choose.disableProperty().bind(model.computingProperty());
        FlowPane choosing = new FlowPane(8, 6, new Label(messages.get("clusters.tryFrom")), fromK,
                new Label(messages.get("clusters.tryTo")), toK, choose);

        Spinner<Integer> k = spinner(2, 30, model.kProperty().get());
        k.setId("clusters-k");
        k.valueProperty().addListener((p, old, now) -> model.kProperty().set(now));
        Spinner<Integer> seed = spinner(0, Integer.MAX_VALUE, (int) model.seedProperty().get());
        seed.valueProperty().addListener((p, old, now) -> model.seedProperty().set(now));
        seed.setTooltip(new Tooltip(messages.get("clusters.seed.tip")));
        TextField name = new TextField();
        name.setPrefColumnCount(10);
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setTooltip(new Tooltip(messages.get("clusters.name.tip")));
        Button run = new Button(messages.get("clusters.run"), new FontIcon(Feather.PLAY));
        run.setId("clusters-run");
        run.getStyleClass().add("accent");
        run.setOnAction(event -> model.run());
        run.disableProperty().bind(model.computingProperty());
        FlowPane running = new FlowPane(8, 6, new Label(messages.get("clusters.k")), k,
                new Label(messages.get("clusters.seed")), seed, new Label(messages.get("clusters.name")), name, run);

        Label problem = AudienceLabels.problem(model.problemProperty());
        Label notice = new Label();
        notice.getStyleClass().add("audience-notice");
        notice.textProperty().bind(model.noticeProperty());
        VBox top = new VBox(8, AudienceLabels.title(messages, "clusters.features"), featureBoxes, choosing, running,
                problem, notice);
        top.getStyleClass().add("audience-settings");
        setTop(top);

        model.choosingProperty().addListener((p, old, now) -> showChart());
        showChart();
        VBox chartBox = new VBox(8, AudienceLabels.title(messages, "clusters.chart"), chartArea);
        chartBox.getStyleClass().add("audience-panel");
        VBox.setVgrow(chartArea, Priority.ALWAYS);

        ResultTableModel profile = new ResultTableModel(tasks, messages);
        profile.columnTitlesProperty().set(AudienceColumnTitles.of(messages));
        profile.tableProperty().bind(model.profileProperty());
        ResultTableView profileTable = new ResultTableView(profile, messages);
        profileTable.setPlaceholderText(messages.get("clusters.none"));
        VBox profileBox = new VBox(8, AudienceLabels.title(messages, "clusters.profile"), profileTable,
                segmentControls());
        profileBox.getStyleClass().add("audience-panel");
        VBox.setVgrow(profileTable, Priority.ALWAYS);
        SplitPane split = new SplitPane(chartBox, profileBox);
        split.setDividerPositions(0.45);
        setCenter(split);
    }

    private Node segmentControls() {
        ChoiceBox<Integer> cluster = new ChoiceBox<>();
        cluster.setId("clusters-segment-cluster");
        TextField segmentName = new TextField();
        segmentName.setId("clusters-segment-name");
        segmentName.setPrefColumnCount(14);
        model.clusteringProperty().addListener((p, old, now) -> {
            cluster.getItems().setAll(now == null ? List.of()
                    : IntStream.rangeClosed(1, now.k()).boxed().toList());
            cluster.setValue(now == null ? null : 1);
        });
        cluster.valueProperty().addListener((p, old, now) -> {
            Clustering clustering = model.clusteringProperty().get();
            if (now != null && clustering != null) {
                segmentName.setText(messages.get("clusters.segmentName", clustering.name(), now));
            }
        });
        Button save = new Button(messages.get("clusters.saveSegment"), new FontIcon(Feather.FILTER));
        save.setId("clusters-save-segment");
        save.disableProperty().bind(cluster.valueProperty().isNull());
        save.setOnAction(event -> model.saveAsSegment(cluster.getValue(), segmentName.getText()));
        HBox.setHgrow(segmentName, Priority.ALWAYS);
        HBox controls = new HBox(6, new Label(messages.get("clusters.cluster")), cluster, segmentName, save);
        controls.getStyleClass().add("cluster-segment");
        return controls;
    }

    private void showFeatures() {
        featureBoxes.getChildren().setAll(model.features().stream().map(feature -> {
            CheckBox box = new CheckBox(feature.name());
            box.selectedProperty().bindBidirectional(feature.chosenProperty());
            return box;
        }).toList());
    }

    private void showChart() {
        var table = model.choosingProperty().get();
        if (table == null) {
            Label hint = new Label(messages.get("clusters.chart.hint"));
            hint.getStyleClass().add("dim");
            hint.setWrapText(true);
            chartArea.getChildren().setAll(hint);
            return;
        }
        ChartViewer viewer = new ChartViewer(ChooseKChart.of(table, messages.get("clusters.axis.k"),
                messages.get("audience.column.within-cluster_sum_of_squares"),
                messages.get("audience.column.silhouette")));
        viewer.setId("clusters-chart");
        chartArea.getChildren().setAll(viewer);
    }

    private static Spinner<Integer> spinner(int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    @Override
    public void close() {
        model.close();
    }
}
