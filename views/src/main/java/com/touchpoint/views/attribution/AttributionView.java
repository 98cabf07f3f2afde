package com.touchpoint.views.attribution;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.ModelOutcome;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.results.ExportChooser;
import com.touchpoint.views.results.ExportFile;
import com.touchpoint.views.results.ResultTableModel;
import com.touchpoint.views.results.ResultTableView;
import com.touchpoint.views.tasks.BackgroundTasks;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import tech.tablesaw.api.Table;

/**
 * The Attribution feature: the settings on the left with Run, Cancel and progress below them; the results on the
 * right: the channel × model comparison with the most frequent paths (clicking a channel narrows the paths to those
 * through it), a grouped bar chart of the credited conversions, and each model's own table with the tables behind
 * it. The run, the chart and the workbook export in the background.
 */
public final class AttributionView extends BorderPane implements AutoCloseable {

    private final StoreProject project;
    private final AttributionViewModel model;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ExportChooser chooser;
    private final ChangeListener<Number> reloadOnDataChange;
    private final StackPane chartArea = new StackPane();
    private final TabPane details = new TabPane();
    private final Label pathFilter = new Label();
    private final Label summary = new Label();

    public AttributionView(StoreProject project, Messages messages, BackgroundTasks tasks) {
        this.project = project;
        this.model = new AttributionViewModel(new ProjectAttributionData(project), tasks, messages);
        this.messages = messages;
        this.tasks = tasks;
        this.chooser = new ExportChooser(messages);
        getStyleClass().add("attribution-view");
        getStylesheets().add(Objects.requireNonNull(AttributionView.class.getResource("attribution.css"),
                "attribution.css is missing from the build").toExternalForm());
        setLeft(settings());
        setCenter(results());
        reloadOnDataChange = (property, old, now) -> model.dataChanged();
        project.dataVersion().addListener(reloadOnDataChange);
        model.loadChoices();
    }

    public AttributionViewModel model() {
        return model;
    }

    private Node settings() {
        ScrollPane scroll = new ScrollPane(new SettingsPanel(model.form(), messages, model.names()));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("attribution-settings-scroll");

        Label problem = new Label();
        problem.setId("attribution-problem");
        problem.getStyleClass().add("attribution-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.form().problemProperty());
        problem.visibleProperty().bind(model.form().problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        Button run = new Button(messages.get("attribution.run"), new FontIcon(Feather.PLAY));
        run.setId("attribution-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.canRunProperty().not());
        run.setOnAction(event -> model.run());
        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("attribution-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        cancel.setOnAction(event -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox buttons = new HBox(8, run, progress, cancel);
        buttons.getStyleClass().add("attribution-run-bar");
        VBox footer = new VBox(6, problem, buttons);
        footer.getStyleClass().add("attribution-footer");

        BorderPane side = new BorderPane(scroll);
        side.setBottom(footer);
        side.getStyleClass().add("attribution-side");
        return side;
    }

    private Node results() {
        summary.setId("attribution-summary");
        summary.getStyleClass().add("attribution-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(0);
        Button workbook = new Button(messages.get("attribution.exportWorkbook"), new FontIcon(Feather.DOWNLOAD));
        workbook.setId("attribution-export-workbook");
        workbook.setMinWidth(Region.USE_PREF_SIZE);
        workbook.disableProperty().bind(model.results().runProperty().isNull());
        workbook.setOnAction(event -> chooser.choose(getScene().getWindow(), ExportFile.EXCEL,
                model.suggestedName(messages.get("attribution.fileName"))).ifPresent(model::exportWorkbook));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label notice = new Label();
        notice.getStyleClass().add("attribution-notice");
        notice.textProperty().bind(model.noticeProperty());
        HBox top = new HBox(8, summary, gap, notice, workbook);
        top.getStyleClass().add("attribution-results-bar");

        TabPane tabs = new TabPane(
                tab("attribution.tab.channels", channelsTab()),
                tab("attribution.tab.chart", chartTab()),
                tab("attribution.tab.models", modelsTab()));
        tabs.setId("attribution-tabs");
        Label placeholder = new Label(messages.get("attribution.placeholder"));
        placeholder.getStyleClass().addAll("dim", "attribution-placeholder");
        placeholder.setWrapText(true);
        StackPane body = new StackPane(placeholder, tabs);
        tabs.visibleProperty().bind(model.results().runProperty().isNotNull());
        placeholder.visibleProperty().bind(tabs.visibleProperty().not());

        BorderPane pane = new BorderPane(body);
        pane.setTop(top);
        pane.getStyleClass().add("attribution-results");
        model.results().runProperty().addListener((property, old, run) -> showChart(run));
        return pane;
    }

    private Node channelsTab() {
        ResultTableView comparison = resultView(Bindings.createObjectBinding(
                () -> model.results().run().map(AttributionRun::comparison).orElse(null),
                model.results().runProperty()));
        comparison.setId("attribution-comparison");
        comparison.setLeading(title(messages.get("attribution.comparison.title")));
        model.results().runProperty().addListener((property, old, run) -> {
            if (run != null) {
                comparison.model().columnTitlesProperty().set(model.names().comparisonTitles(run));
            }
        });
        comparison.selectedRowProperty().addListener((property, old, row) -> {
            Table shown = comparison.model().tableProperty().get();
            if (row != null && shown != null) {
                model.results().pathChannelProperty().set(shown.stringColumn("channel").get(row));
            }
        });

        ResultTableView paths = resultView(model.results().paths());
        paths.setId("attribution-paths");
        pathFilter.getStyleClass().add("attribution-path-filter");
        pathFilter.textProperty().bind(Bindings.createStringBinding(() -> {
            String channel = model.results().pathChannelProperty().get();
            return channel == null ? messages.get("attribution.paths.all")
                    : messages.get("attribution.paths.through", channel);
        }, model.results().pathChannelProperty()));
        Button clear = new Button(messages.get("attribution.paths.clear"), new FontIcon(Feather.X));
        clear.setId("attribution-paths-clear");
        clear.getStyleClass().add("flat");
        clear.visibleProperty().bind(model.results().pathChannelProperty().isNotNull());
        clear.setOnAction(event -> {
            model.results().pathChannelProperty().set(null);
            comparison.clearSelection();
        });
        pathFilter.getStyleClass().add("dim");
        HBox leading = new HBox(8, title(messages.get("attribution.paths.title")), pathFilter, clear);
        leading.setAlignment(Pos.CENTER_LEFT);
        paths.setLeading(leading);
        paths.setPlaceholderText(messages.get("attribution.paths.none"));

        SplitPane split = new SplitPane(comparison, paths);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return split;
    }

    private Node chartTab() {
        Button png = new Button(messages.get("attribution.chart.save"), new FontIcon(Feather.IMAGE));
        png.setId("attribution-chart-png");
        png.disableProperty().bind(model.results().runProperty().isNull());
        png.setOnAction(event -> chooser.choose(getScene().getWindow(), ExportFile.PNG,
                model.suggestedName(messages.get("attribution.chart.fileName")))
                .ifPresent(out -> model.exportChart(out, chartFont())));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, gap, png);
        bar.getStyleClass().add("attribution-chart-bar");
        chartArea.getStyleClass().add("attribution-chart");
        BorderPane pane = new BorderPane(chartArea);
        pane.setTop(bar);
        return pane;
    }

    private Node modelsTab() {
        ListView<ModelOutcome> list = new ListView<>(model.results().outcomes());
        list.setId("attribution-model-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ModelOutcome item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : model.names().of(model.results().runProperty().get(), item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((property, old, now) -> {
            if (now != null) {
                model.results().selectedModelProperty().set(now);
            }
        });
        model.results().selectedModelProperty().addListener((property, old, now) -> {
            list.getSelectionModel().select(now);
            showDetails(now == null ? List.of() : now.details());
        });
        list.setPrefWidth(210);

        ResultTableView credits = resultView(model.results().modelTable());
        credits.setId("attribution-model-table");
        Label title = new Label();
        title.getStyleClass().add("attribution-table-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ModelOutcome outcome = model.results().selectedModelProperty().get();
            return outcome == null ? "" : model.names().of(model.results().runProperty().get(), outcome);
        }, model.results().selectedModelProperty()));
        credits.setLeading(title);

        details.setId("attribution-model-details");
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The tables behind the credits (Markov, Shapley) below the credits; the credits alone for the other models.
        SplitPane tables = new SplitPane(credits);
        tables.setOrientation(Orientation.VERTICAL);
        details.getTabs().addListener((ListChangeListener<Tab>) change -> {
            if (details.getTabs().isEmpty()) {
                tables.getItems().remove(details);
            } else if (!tables.getItems().contains(details)) {
                tables.getItems().add(details);
                tables.setDividerPositions(0.5);
            }
        });
        BorderPane pane = new BorderPane(tables);
        pane.setLeft(list);
        BorderPane.setMargin(list, new Insets(0, 10, 0, 0));
        return pane;
    }

    private void showDetails(List<Table> tables) {
        details.getTabs().clear();
        for (Table table : tables) {
            ResultTableView view = new ResultTableView(new ResultTableModel(tasks, messages), messages);
            view.model().tableProperty().set(table);
            details.getTabs().add(new Tab(model.names().detail(table.name()), padded(view)));
        }
    }

    private void showChart(AttributionRun run) {
        if (run == null) {
            chartArea.getChildren().clear();
            return;
        }
        ChartViewer viewer = new ChartViewer(model.chart(run, chartFont()), false);
        viewer.setId("attribution-chart");
        chartArea.getChildren().setAll(viewer);
    }

    /**
     * The interface font, when AWT also has it (so the chart's Chinese model names draw in the view and in the PNG);
     * otherwise AWT's own sans-serif.
     */
    private String chartFont() {
        String family = summary.getFont().getFamily();
        Set<String> awtFamilies = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        return awtFamilies.contains(family) ? family : java.awt.Font.SANS_SERIF;
    }

    private ResultTableView resultView(ObservableValue<Table> table) {
        ResultTableView view = new ResultTableView(new ResultTableModel(tasks, messages), messages);
        view.model().tableProperty().bind(table);
        return view;
    }

    private Tab tab(String titleKey, Node content) {
        Tab tab = new Tab(messages.get(titleKey), padded(content));
        tab.setClosable(false);
        return tab;
    }

    private static Node padded(Node content) {
        StackPane pane = new StackPane(content);
        pane.getStyleClass().add("attribution-tab-content");
        return pane;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("attribution-table-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        return title;
    }

    @Override
    public void close() {
        project.dataVersion().removeListener(reloadOnDataChange);
        model.cancel();
    }
}
