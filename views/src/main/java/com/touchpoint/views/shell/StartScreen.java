package com.touchpoint.views.shell;

import com.touchpoint.views.i18n.Messages;
import java.nio.file.Path;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the window shows while no project is open: New project, Open project, Open sample project, and the recent
 * projects (a click opens one).
 */
public final class StartScreen extends StackPane {

    public StartScreen(ShellActions<?> actions, Messages messages) {
        getStyleClass().add("start-screen");

        Label title = new Label(messages.get("app.name"));
        title.getStyleClass().add("start-title");
        Label tagline = new Label(messages.get("start.tagline"));
        tagline.getStyleClass().add("start-tagline");
        tagline.setWrapText(true);

        Label startHeading = heading(messages.get("start.begin"));
        VBox buttons = new VBox(10,
                actionButton("start-new", Feather.FILE_PLUS, messages.get("start.new"),
                        messages.get("start.new.hint"), actions::newProject),
                actionButton("start-open", Feather.FOLDER, messages.get("start.open"),
                        messages.get("start.open.hint"), actions::openProject),
                actionButton("start-sample", Feather.BOOK_OPEN, messages.get("start.sample"),
                        messages.get("start.sample.hint"), actions::openSample));
        VBox begin = new VBox(12, startHeading, buttons);
        begin.getStyleClass().add("start-column");
        begin.setMinWidth(USE_PREF_SIZE);

        VBox recent = new VBox(12, heading(messages.get("start.recent")), recentList(actions, messages));
        recent.getStyleClass().add("start-column");
        HBox.setHgrow(recent, Priority.ALWAYS);

        HBox columns = new HBox(40, begin, recent);
        VBox page = new VBox(8, title, tagline, columns);
        VBox.setMargin(columns, new Insets(28, 0, 0, 0));
        page.getStyleClass().add("start-page");
        page.setMaxWidth(960);
        page.setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(page, Pos.TOP_CENTER);
        getChildren().add(page);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("start-heading");
        return heading;
    }

    private static Button actionButton(String id, Ikon icon, String text, String hint, Runnable action) {
        Label name = new Label(text);
        name.getStyleClass().add("start-action-name");
        Label detail = new Label(hint);
        detail.getStyleClass().add("start-action-hint");
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("start-action-icon");
        HBox content = new HBox(14, glyph, new VBox(2, name, detail));
        content.setAlignment(Pos.CENTER_LEFT);
        Button button = new Button(null, content);
        button.setId(id);
        button.getStyleClass().add("start-action");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setAccessibleText(text);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static ListView<Path> recentList(ShellActions<?> actions, Messages messages) {
        ListView<Path> list = new ListView<>(actions.session().recentProjects());
        list.setId("recent-projects");
        list.getStyleClass().add("recent-projects");
        Label empty = new Label(messages.get("start.recent.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("dim");
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new RecentCell(actions, messages));
        list.setOnKeyPressed(event -> {
            Path selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                actions.openRecent(selected);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setPrefHeight(380);
        return list;
    }

    /** A recent project: its name above its folder; a click opens it, the context menu removes it from the list. */
    private static final class RecentCell extends ListCell<Path> {
        private final Label name = new Label();
        private final Label folder = new Label();
        private final VBox box = new VBox(2, name, folder);
        private final ProjectSession<?> session;

        RecentCell(ShellActions<?> actions, Messages messages) {
            session = actions.session();
            name.getStyleClass().add("recent-name");
            folder.getStyleClass().add("recent-folder");
            MenuItem forget = new MenuItem(messages.get("start.recent.forget"));
            forget.setOnAction(event -> actions.session().forget(getItem()));
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && !isEmpty()) {
                    actions.openRecent(getItem());
                }
            });
            emptyProperty().addListener((property, was, isEmpty) ->
                    setContextMenu(isEmpty ? null : new ContextMenu(forget)));
        }

        @Override
        protected void updateItem(Path file, boolean empty) {
            super.updateItem(file, empty);
            if (empty || file == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(session.nameOf(file));
            folder.setText(Objects.toString(file.getParent(), ""));
            setGraphic(box);
            setAccessibleText(file.toString());
        }
    }
}
