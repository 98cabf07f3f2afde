package com.touchpoint.views.browser;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.table.PagedTableModel;
import com.touchpoint.views.table.PagedTableView;
import com.touchpoint.views.table.Query;
import com.touchpoint.views.tasks.BackgroundTasks;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongConsumer;

/**
 * The data browser: events, customers, spend, path reports, quarantined rows and imports as paged tables that stay
 * fast with millions of rows, with filters by channel, event type, dates and text, and sorting by any column.
 * Double-clicking a row that belongs to a customer opens that customer, when a customer view is given.
 */
public final class DataBrowserView extends BorderPane implements AutoCloseable {

    private final StoreProject project;
    private final Messages messages;
    private final ErrorReporter errors;
    private final ScheduledExecutorService background;
    private final BackgroundTasks tasks;
    private final DataBrowserModel model = new DataBrowserModel();
    private final Map<BrowseTable, PagedTableView<BrowseQuery>> views = new EnumMap<>(BrowseTable.class);
    private final Map<BrowseTable, PagedTableModel<BrowseQuery>> models = new EnumMap<>(BrowseTable.class);
    private final Set<BrowseTable> stale = EnumSet.noneOf(BrowseTable.class);
    private final ChangeListener<Number> reloadOnDataChange = (property, old, now) -> dataChanged();
    private LongConsumer openCustomer = globalId -> { };

    public DataBrowserView(StoreProject project, Messages messages, ErrorReporter errors,
                           ScheduledExecutorService background, BackgroundTasks tasks) {
        this.project = project;
        this.messages = messages;
        this.errors = errors;
        this.background = background;
        this.tasks = tasks;
        getStyleClass().add("data-browser");
        setTop(tableChooser());
        model.tableProperty().addListener((property, old, now) -> show(now));
        model.query().addListener((property, old, now) -> models.get(model.tableProperty().get()).filterProperty()
                .set(now));
        project.dataVersion().addListener(reloadOnDataChange);
        show(BrowseTable.EVENTS);
        loadChoices();
    }

    public DataBrowserModel model() {
        return model;
    }

    /** What double-clicking a row of a customer does with its global id. */
    public void setOnCustomerOpened(LongConsumer action) {
        openCustomer = action;
    }

    private Node tableChooser() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(4);
        bar.getStyleClass().add("segmented");
        for (BrowseTable table : BrowseTable.values()) {
            ToggleButton button = new ToggleButton(messages.get("browser.table." + table.name().toLowerCase()));
            button.setId("browser-" + table.name().toLowerCase());
            button.setToggleGroup(group);
            button.setSelected(table == BrowseTable.EVENTS);
            button.setOnAction(event -> {
                button.setSelected(true);
                model.tableProperty().set(table);
            });
            bar.getChildren().add(button);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.getChildren().addAll(gap, new BrowserExport(project, tasks, messages, this::shownQuery).button());
        bar.setPadding(new Insets(8, 8, 4, 8));
        return bar;
    }

    /** The table shown with its filters and the sort chosen by header clicks. */
    private BrowseQuery shownQuery() {
        PagedTableModel<BrowseQuery> shown = models.get(model.tableProperty().get());
        return BrowsePageSource.sorted(new Query<>(shown.filterProperty().get(), shown.sortProperty().get()));
    }

    private void show(BrowseTable table) {
        PagedTableView<BrowseQuery> view = views.computeIfAbsent(table, this::createView);
        models.get(table).filterProperty().set(model.query().get());
        if (stale.remove(table)) {
            models.get(table).reload();
        }
        setCenter(view);
    }

    private PagedTableView<BrowseQuery> createView(BrowseTable table) {
        PagedTableModel<BrowseQuery> tableModel = new PagedTableModel<>(
                new BrowsePageSource(project.browse(), table, messages), model.query().get(), background,
                Platform::runLater, errors, messages);
        models.put(table, tableModel);
        PagedTableView<BrowseQuery> view = new PagedTableView<>(tableModel, messages);
        view.setFilterControls(filters(table));
        int globalIdColumn = table.columnNames().indexOf("global_id");
        if (globalIdColumn >= 0) {
            view.setOnRowOpened(row -> {
                Object id = row.get(globalIdColumn);
                if (id instanceof Number number) {
                    openCustomer.accept(number.longValue());
                }
            });
        }
        return view;
    }

    private Node filters(BrowseTable table) {
        HBox controls = new HBox(6);
        controls.getStyleClass().add("browser-filters");
        if (table == BrowseTable.EVENTS || table == BrowseTable.SPEND) {
            controls.getChildren().add(choice(model.channels(), model.channelProperty(), "browser.filter.channel"));
        }
        if (table == BrowseTable.EVENTS) {
            controls.getChildren().add(choice(model.eventTypes(), model.eventTypeProperty(), "browser.filter.type"));
        }
        if (table == BrowseTable.EVENTS || table == BrowseTable.SPEND) {
            DatePicker from = new DatePicker();
            from.setPromptText(messages.get("browser.filter.from"));
            from.valueProperty().bindBidirectional(model.fromProperty());
            DatePicker to = new DatePicker();
            to.setPromptText(messages.get("browser.filter.to"));
            to.valueProperty().bindBidirectional(model.toProperty());
            from.setPrefWidth(160);
            to.setPrefWidth(160);
            controls.getChildren().addAll(from, to);
        }
        TextField search = new TextField();
        search.setPromptText(messages.get("browser.filter.text"));
        search.textProperty().bindBidirectional(model.textProperty());
        Button clear = new Button(messages.get("browser.filter.clear"));
        clear.setOnAction(event -> model.clearFilters());
        controls.getChildren().addAll(search, clear);
        return controls;
    }

    private ComboBox<String> choice(ObservableList<String> values, StringProperty selected, String promptKey) {
        ComboBox<String> box = new ComboBox<>(values);
        box.setPromptText(messages.get(promptKey));
        box.valueProperty().bindBidirectional(selected);
        box.setPrefWidth(150);
        return box;
    }

    /** Reloads the table on screen now; the others when they are shown again, so an import costs one count. */
    private void dataChanged() {
        BrowseTable shown = model.tableProperty().get();
        stale.addAll(models.keySet());
        stale.remove(shown);
        models.get(shown).reload();
        loadChoices();
    }

    private void loadChoices() {
        tasks.run(messages.get("browser.loadingChoices"), context -> List.of(
                project.browse().distinctEventValues("channel"), project.browse().distinctEventValues("event_type")),
                choices -> model.setChoices(choices.get(0), choices.get(1)));
    }

    @Override
    public void close() {
        project.dataVersion().removeListener(reloadOnDataChange);
        views.values().forEach(PagedTableView::close);
    }
}
