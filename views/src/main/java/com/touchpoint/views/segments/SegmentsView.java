package com.touchpoint.views.segments;

import com.touchpoint.views.audience.AudienceSessions;
import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The Segments feature: the saved segments with their sizes on the left; on the right the segment being built, with
 * its live size, name, description, time zone and Save above, and its conditions and members in tabs. The audience
 * loads in the background when the view first shows and again after each import.
 */
public final class SegmentsView extends BorderPane implements AutoCloseable {

    private final SegmentsModel model;
    private final Messages messages;
    private final MembersView members;
    private final TabPane tabs;

    /** @param background worker threads for counts and member pages */
    public SegmentsView(StoreProject project, AudienceSessions sessions, Messages messages, ErrorReporter errors,
                        BackgroundTasks tasks, ScheduledExecutorService background) {
        this.messages = messages;
        this.model = new SegmentsModel(sessions.acquire(project), tasks, errors, messages, background,
                Platform::runLater);
        getStyleClass().add("segments-view");
        getStylesheets().add(Objects.requireNonNull(SegmentsView.class.getResource("segments.css"),
                "segments.css is missing from the build").toExternalForm());
        SegmentBuilderView builder = new SegmentBuilderView(model.builder(), messages);
        members = new MembersView(model, messages, errors, background, Platform::runLater, tasks);
        tabs = new TabPane(new Tab(messages.get("segment.tab.conditions"), builder),
                new Tab(messages.get("segment.tab.members"), members));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().get(0).setId("segment-tab-conditions");
        tabs.getTabs().get(1).setId("segment-tab-members");
        BorderPane editorSide = new BorderPane(tabs);
        editorSide.setTop(new SegmentHeader(model, messages, this::confirmReplace));
        editorSide.getStyleClass().add("segment-editor-side");
        SegmentListView list = new SegmentListView(model, messages, this::open, this::confirmDelete, this::startNew);
        SplitPane split = new SplitPane(list, editorSide);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(list, false);
        setCenter(split);
    }

    public SegmentsModel model() {
        return model;
    }

    /** What double-clicking a member does with the customer's global id (e.g. open the customer view). */
    public void setOnCustomerOpened(LongConsumer action) {
        members.setOnCustomerOpened(action);
    }

    @Override
    public void close() {
        members.close();
        model.close();
    }

    private void open(String name) {
        if (discardChanges()) {
            model.open(name);
            tabs.getSelectionModel().select(0);
        }
    }

    private void startNew() {
        if (discardChanges()) {
            model.newSegment();
            tabs.getSelectionModel().select(0);
        }
    }

    private boolean discardChanges() {
        SegmentBuilderModel builder = model.builder();
        return !builder.modifiedProperty().get() || confirm(messages.get("segments.discard",
                builder.nameProperty().get()), messages.get("segments.discard.detail"));
    }

    private boolean confirmReplace() {
        return confirm(messages.get("segments.replace", model.builder().nameProperty().get().strip()),
                messages.get("segments.replace.detail"));
    }

    private boolean confirmDelete(String name) {
        return confirm(messages.get("segments.deleteConfirm", name), messages.get("segments.deleteConfirm.detail"));
    }

    private boolean confirm(String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
