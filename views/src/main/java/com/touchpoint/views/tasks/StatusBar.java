package com.touchpoint.views.tasks;

import com.touchpoint.views.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The strip at the bottom of the window: a fixed text on the left (e.g. the open project's file), and while work runs
 * the newest task's message, a progress bar and a cancel button; "+2" says how many more tasks run behind it.
 */
public final class StatusBar extends HBox {

    private final Label text = new Label();
    private final Label taskMessage = new Label();
    private final Label moreTasks = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(Feather.X));
    private final BackgroundTasks tasks;

    public StatusBar(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        getStyleClass().add("status-bar");
        text.getStyleClass().add("status-text");
        taskMessage.getStyleClass().add("status-task");
        moreTasks.getStyleClass().add("status-more");
        progress.setPrefWidth(160);
        cancel.getStyleClass().addAll("flat", "status-cancel");
        cancel.setTooltip(new Tooltip(messages.get("status.cancel")));
        cancel.setAccessibleText(messages.get("status.cancel"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        text.setMinWidth(0);
        taskMessage.setMinWidth(0);
        getChildren().addAll(text, gap, taskMessage, moreTasks, progress, cancel);
        tasks.running().addListener((ListChangeListener<Task<?>>) change -> showNewest());
        showNewest();
    }

    /** The fixed text on the left. */
    public void setText(String value) {
        text.setText(value);
    }

    /** The message of the task shown, or empty when nothing runs; for tests and accessibility. */
    public String taskMessage() {
        return taskMessage.getText();
    }

    private void showNewest() {
        var running = tasks.running();
        boolean busy = !running.isEmpty();
        for (var node : new Node[] {taskMessage, progress, cancel}) {
            node.setVisible(busy);
            node.setManaged(busy);
        }
        taskMessage.textProperty().unbind();
        progress.progressProperty().unbind();
        if (!busy) {
            taskMessage.setText("");
            moreTasks.setText("");
            cancel.setOnAction(null);
            return;
        }
        Task<?> newest = running.get(running.size() - 1);
        taskMessage.textProperty().bind(newest.messageProperty());
        progress.progressProperty().bind(newest.progressProperty());
        moreTasks.setText(running.size() > 1 ? "+" + (running.size() - 1) : "");
        cancel.setOnAction(event -> newest.cancel());
    }
}
