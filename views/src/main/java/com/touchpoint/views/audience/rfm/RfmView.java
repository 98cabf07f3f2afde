package com.touchpoint.views.audience.rfm;

import com.touchpoint.views.audience.AudienceLabels;
import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.rfm.RfmTables;
import com.touchpoint.views.audience.AudienceColumnTitles;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.results.ResultTableModel;
import com.touchpoint.views.results.ResultTableView;
import com.touchpoint.views.tasks.BackgroundTasks;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import tech.tablesaw.api.Table;

/**
 * The RFM tab: window and cuts (quintiles or thresholds), Compute and Save, the R × F heat map, the group names
 * (editable) and the groups' customers and revenue.
 */
public final class RfmView extends BorderPane implements AutoCloseable {

    private final RfmModel model;
    private final Messages messages;

    public RfmView(RfmModel model, BackgroundTasks tasks, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("rfm-view");

        TextField window = new TextField();
        window.setId("rfm-window");
        window.setPrefColumnCount(5);
        window.textProperty().bindBidirectional(model.windowProperty());
        window.setTooltip(new Tooltip(messages.get("rfm.window.tip")));
        ToggleGroup cutsBy = new ToggleGroup();
        RadioButton quintiles = new RadioButton(messages.get("rfm.quintiles"));
        RadioButton thresholds = new RadioButton(messages.get("rfm.thresholds"));
        quintiles.setToggleGroup(cutsBy);
        thresholds.setToggleGroup(cutsBy);
        thresholds.selectedProperty().bindBidirectional(model.useThresholdsProperty());
        quintiles.setSelected(!model.useThresholdsProperty().get());
        model.useThresholdsProperty().addListener((p, old, now) -> quintiles.setSelected(!now));
        HBox cuts = new HBox(6, cutField("rfm.cuts.r", model.recencyCutsProperty(), "rfm.cuts.r.tip"),
                cutField("rfm.cuts.f", model.frequencyCutsProperty(), "rfm.cuts.f.tip"),
                cutField("rfm.cuts.m", model.monetaryCutsProperty(), "rfm.cuts.m.tip"));
        cuts.getStyleClass().add("rfm-cuts");
        cuts.visibleProperty().bind(model.useThresholdsProperty());
        cuts.managedProperty().bind(cuts.visibleProperty());
        Button compute = new Button(messages.get("rfm.compute"), new FontIcon(Feather.PLAY));
        compute.setId("rfm-compute");
        compute.getStyleClass().add("accent");
        compute.setOnAction(event -> model.compute());
        compute.disableProperty().bind(model.computingProperty());
        Button save = new Button(messages.get("rfm.save"), new FontIcon(Feather.SAVE));
        save.setId("rfm-save");
        save.setOnAction(event -> model.save());
        save.disableProperty().bind(model.savedProperty().or(model.scoresProperty().isNull()));
        Label state = new Label();
        state.getStyleClass().add("dim");
        state.textProperty().bind(Bindings.createStringBinding(() -> model.scoresProperty().get() == null
                ? messages.get("rfm.state.none") : model.savedProperty().get() ? messages.get("rfm.state.saved")
                : messages.get("rfm.state.unsaved"), model.scoresProperty(), model.savedProperty()));
        FlowPane settings = new FlowPane(10, 8, new Label(messages.get("rfm.window")), window, quintiles, thresholds,
                cuts, compute, save, state);
        settings.getStyleClass().add("audience-settings");
        Label problem = AudienceLabels.problem(model.problemProperty());
        setTop(new VBox(6, settings, problem));

        HeatMapGrid heatMap = new HeatMapGrid(messages);
        Label heatTitle = AudienceLabels.title(messages, "rfm.heat.title");
        Label heatNote = new Label(messages.get("rfm.heat.note"));
        heatNote.getStyleClass().add("dim");
        heatNote.setWrapText(true);
        VBox heatBox = new VBox(8, heatTitle, heatMap, heatNote);
        heatBox.getStyleClass().add("audience-panel");
        VBox.setVgrow(heatMap, Priority.ALWAYS);

        ResultTableModel groupResults = new ResultTableModel(tasks, messages);
        groupResults.columnTitlesProperty().set(AudienceColumnTitles.of(messages));
        ResultTableView groupTable = new ResultTableView(groupResults, messages);
        groupTable.setPlaceholderText(messages.get("rfm.none"));
        model.scoresProperty().addListener((p, old, now) -> {
            heatMap.show(now);
            groupResults.tableProperty().set(groupTable(now));
        });
        heatMap.show(model.scoresProperty().get());
        groupResults.tableProperty().set(groupTable(model.scoresProperty().get()));

        VBox groupsBox = new VBox(8, AudienceLabels.title(messages, "rfm.results.title"), groupTable,
                AudienceLabels.title(messages, "rfm.groups.title"), namesTable());
        groupsBox.getStyleClass().add("audience-panel");
        VBox.setVgrow(groupTable, Priority.ALWAYS);
        SplitPane split = new SplitPane(heatBox, groupsBox);
        split.setDividerPositions(0.52);
        setCenter(split);
    }

    /** The groups' customers, revenue and share; the keys are in the names table beneath. */
    private static Table groupTable(RfmScores scores) {
        return scores == null ? null : RfmTables.groupTable(scores).removeColumns("key");
    }

    private TableView<RfmGroup> namesTable() {
        TableView<RfmGroup> table = new TableView<>(model.groups());
        table.setId("rfm-group-names");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(260);
        table.setMinHeight(160);
        TableColumn<RfmGroup, String> name = new TableColumn<>(messages.get("rfm.groups.name"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(event -> model.rename(event.getTablePosition().getRow(), event.getNewValue()));
        name.setEditable(true);
        TableColumn<RfmGroup, String> key = new TableColumn<>(messages.get("rfm.groups.key"));
        key.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().key()));
        key.setEditable(false);
        TableColumn<RfmGroup, String> cells = new TableColumn<>(messages.get("rfm.groups.cells"));
        cells.setCellValueFactory(cell -> new ReadOnlyStringWrapper(messages.get("rfm.groups.range",
                range(cell.getValue().rMin(), cell.getValue().rMax()),
                range(cell.getValue().fMin(), cell.getValue().fMax()))));
        cells.setEditable(false);
        table.getColumns().add(name);
        table.getColumns().add(key);
        table.getColumns().add(cells);
        table.setTooltip(new Tooltip(messages.get("rfm.groups.tip")));
        return table;
    }

    private HBox cutField(String labelKey, javafx.beans.property.StringProperty property, String tipKey) {
        TextField field = new TextField();
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(property);
        field.setPromptText(messages.get(tipKey));
        field.setTooltip(new Tooltip(messages.get(tipKey)));
        HBox box = new HBox(4, new Label(messages.get(labelKey)), field);
        box.getStyleClass().add("rfm-cut");
        return box;
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }

    @Override
    public void close() {
        model.close();
    }
}
