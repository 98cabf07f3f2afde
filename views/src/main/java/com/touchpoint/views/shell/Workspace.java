package com.touchpoint.views.shell;

import com.touchpoint.views.i18n.Messages;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window shows while a project is open: the navigation of the features that exist on the left and the
 * chosen feature's view in the content area. Each view is built on first use and kept until the project closes.
 * Without features the content area greets the project. Views that are {@link AutoCloseable} are closed with the
 * project.
 */
final class Workspace<P extends OpenedProject> extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final P project;
    private final StackPane content = new StackPane();
    private final Map<Feature<P>, Node> views = new HashMap<>();

    Workspace(P project, ShellActions<P> actions, ShellSetup<P> setup, Messages messages) {
        this.project = project;
        getStyleClass().add("workspace");
        content.getStyleClass().add("content-area");
        setCenter(content);
        if (setup.features().isEmpty()) {
            content.getChildren().setAll(projectHome(actions, messages));
            return;
        }
        VBox navigation = new VBox(2);
        navigation.getStyleClass().add("navigation");
        ToggleGroup group = new ToggleGroup();
        for (Feature<P> feature : setup.features()) {
            ToggleButton entry = new ToggleButton(messages.get(feature.titleKey()), new FontIcon(feature.icon()));
            entry.getStyleClass().add("nav-entry");
            entry.setToggleGroup(group);
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.setUserData(feature);
            entry.setOnAction(event -> {
                // A toggle clicked again would go unselected: keep the current feature chosen.
                entry.setSelected(true);
                show(feature);
            });
            navigation.getChildren().add(entry);
        }
        setLeft(navigation);
        ((ToggleButton) navigation.getChildren().get(0)).setSelected(true);
        show(setup.features().get(0));
    }

    /** Closes the feature views that can be closed (AutoCloseable ones), as the project is closing. */
    void dispose() {
        for (Node view : views.values()) {
            if (view instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("Could not close the view {}", view, e);
                }
            }
        }
        views.clear();
    }

    private void show(Feature<P> feature) {
        content.getChildren().setAll(views.computeIfAbsent(feature, chosen -> chosen.view().apply(project)));
    }

    private Node projectHome(ShellActions<P> actions, Messages messages) {
        Label name = new Label(project.name());
        name.getStyleClass().add("home-title");
        Label file = new Label(project.file().toString());
        file.getStyleClass().add("dim");
        VBox home = new VBox(8, name, file);
        if (actions.canImport()) {
            Label hint = new Label(messages.get("home.importHint"));
            hint.getStyleClass().add("home-hint");
            hint.setWrapText(true);
            home.getChildren().add(hint);
        }
        home.getStyleClass().add("project-home");
        home.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        return home;
    }
}
