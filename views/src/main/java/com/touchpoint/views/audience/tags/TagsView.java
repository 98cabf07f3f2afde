package com.touchpoint.views.audience.tags;

import com.touchpoint.views.audience.AudienceLabels;
import com.touchpoint.analysis.tags.TagRule;
import com.touchpoint.views.audience.AudienceColumnTitles;
import com.touchpoint.views.audience.AudienceSession;
import com.touchpoint.views.audience.AudienceState;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.results.ResultTableModel;
import com.touchpoint.views.results.ResultTableView;
import com.touchpoint.views.segments.ConditionChoices;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DoubleStringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Tags tab: the half-life, Recompute and Restore defaults above; the rules with the selected one's form on the
 * left; the computed tags, most widespread first, and the channel weights on the right.
 */
public final class TagsView extends BorderPane implements AutoCloseable {

    private final TagsModel model;
    private final AudienceSession session;
    private final Messages messages;
    private final ListView<TagRule> rules;
    private final ScrollPane editorPane = new ScrollPane();
    private TagRuleEditor editor;
    private int editorIndex = -1;

    public TagsView(TagsModel model, AudienceSession session, BackgroundTasks tasks, Messages messages) {
        this.model = model;
        this.session = session;
        this.messages = messages;
        getStyleClass().add("tags-view");

        TextField halfLife = new TextField();
        halfLife.setId("tags-half-life");
        halfLife.setPrefColumnCount(4);
        halfLife.textProperty().bindBidirectional(model.halfLifeProperty());
        halfLife.setTooltip(new Tooltip(messages.get("tags.halfLife.tip")));
        Button recompute = new Button(messages.get("tags.recompute"), new FontIcon(Feather.REFRESH_CW));
        recompute.setId("tags-recompute");
        recompute.getStyleClass().add("accent");
        recompute.setOnAction(event -> model.recompute());
        recompute.disableProperty().bind(model.computingProperty().or(session.stateProperty().isNull()));
        Button defaults = new Button(messages.get("tags.defaults"));
        defaults.setOnAction(event -> model.restoreDefaults());
        Label note = new Label(messages.get("tags.note"));
        note.getStyleClass().add("dim");
        FlowPane settings = new FlowPane(10, 8, new Label(messages.get("tags.halfLife")), halfLife,
                new Label(messages.get("tags.days")), recompute, defaults, note);
        settings.getStyleClass().add("audience-settings");
        Label problem = AudienceLabels.problem(model.problemProperty());
        setTop(new VBox(6, settings, problem));

        rules = new ListView<>(model.rules());
        rules.setId("tags-rules");
        rules.setPrefHeight(220);
        rules.setCellFactory(view -> new RuleCell());
        rules.getSelectionModel().selectedIndexProperty().addListener((p, old, now) -> showEditor());
        model.rules().addListener((ListChangeListener<TagRule>) change -> {
            if (rules.getSelectionModel().isEmpty() && !model.rules().isEmpty()) {
                rules.getSelectionModel().select(0);
            }
        });
        Button add = new Button(messages.get("tags.addRule"), new FontIcon(Feather.PLUS));
        add.setOnAction(event -> rules.getSelectionModel().select(model.addRule()));
        Button remove = new Button(messages.get("tags.removeRule"), new FontIcon(Feather.TRASH_2));
        remove.disableProperty().bind(rules.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.removeRule(rules.getSelectionModel().getSelectedIndex()));
        editorPane.setFitToWidth(true);
        editorPane.getStyleClass().add("edge-to-edge");
        VBox left = new VBox(8, AudienceLabels.title(messages, "tags.rules"), rules, new HBox(6, add, remove),
                editorPane);
        left.getStyleClass().add("audience-panel");
        VBox.setVgrow(editorPane, Priority.ALWAYS);

        ResultTableModel summary = new ResultTableModel(tasks, messages);
        summary.columnTitlesProperty().set(AudienceColumnTitles.of(messages));
        summary.tableProperty().bind(model.summaryProperty());
        ResultTableView summaryTable = new ResultTableView(summary, messages);
        summaryTable.setPlaceholderText(messages.get("tags.none"));
        VBox right = new VBox(8, AudienceLabels.title(messages, "tags.top"), summaryTable,
                AudienceLabels.title(messages, "tags.channelWeights"), channelWeights());
        right.getStyleClass().add("audience-panel");
        VBox.setVgrow(summaryTable, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5);
        setCenter(split);
    }

    private void showEditor() {
        int index = rules.getSelectionModel().getSelectedIndex();
        AudienceState state = session.stateProperty().get();
        if (index < 0 || state == null) {
            editor = null;
            editorIndex = -1;
            editorPane.setContent(null);
            return;
        }
        if (editor != null && index == editorIndex && editor.shown().equals(model.rules().get(index))) {
            return;
        }
        editor = new TagRuleEditor(model.rules().get(index), ConditionChoices.of(state.data(), List.of()), messages,
                rule -> {
                    model.replaceRule(index, rule);
                    rules.getSelectionModel().select(index);
                });
        editorIndex = index;
        editorPane.setContent(editor);
    }

    private TableView<TagsModel.ChannelWeight> channelWeights() {
        TableView<TagsModel.ChannelWeight> table = new TableView<>(model.channelWeights());
        table.setEditable(true);
        table.setPrefHeight(180);
        table.setMinHeight(120);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<TagsModel.ChannelWeight, String> channel = new TableColumn<>(messages.get("tags.channel"));
        channel.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().channel()));
        channel.setEditable(false);
        TableColumn<TagsModel.ChannelWeight, Double> weight = new TableColumn<>(messages.get("tags.weight"));
        weight.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().weight()));
        weight.setCellFactory(TextFieldTableCell.forTableColumn(new DoubleStringConverter() {
            @Override
            public Double fromString(String text) {
                try {
                    return super.fromString(text);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }));
        weight.setOnEditCommit(event -> model.setChannelWeight(event.getTablePosition().getRow(),
                event.getNewValue() == null ? Double.NaN : event.getNewValue()));
        weight.getStyleClass().add("numeric");
        table.getColumns().add(channel);
        table.getColumns().add(weight);
        table.setTooltip(new Tooltip(messages.get("tags.channelWeights.tip")));
        return table;
    }

    @Override
    public void close() {
        model.close();
    }

    /** A rule's name, and which events it counts in a dim second line. */
    private final class RuleCell extends ListCell<TagRule> {
        @Override
        protected void updateItem(TagRule rule, boolean empty) {
            super.updateItem(rule, empty);
            if (empty || rule == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(rule.name());
            name.getStyleClass().add("tag-rule-name");
            Label what = new Label(describe(rule));
            what.getStyleClass().add("dim");
            setText(null);
            setGraphic(new VBox(1, name, what));
        }

        private String describe(TagRule rule) {
            List<String> parts = new ArrayList<>();
            parts.add(rule.filter().types().isEmpty() ? messages.get("editor.anyEvent")
                    : String.join(", ", rule.filter().types()));
            rule.filter().channels().forEach(c -> parts.add(messages.get("tags.in", c)));
            rule.filter().categories().forEach(c -> parts.add(messages.get("tags.category", c)));
            rule.behaviourWeights().forEach((type, w) -> parts.add(type + " ×"
                    + BigDecimal.valueOf(w).stripTrailingZeros().toPlainString()));
            return String.join(" · ", parts);
        }
    }
}
