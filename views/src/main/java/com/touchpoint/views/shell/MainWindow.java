package com.touchpoint.views.shell;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.tasks.StatusBar;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.css.PseudoClass;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;

/**
 * The window's content: the menu bar, the start screen or the open project's workspace, and the status bar. Files
 * dragged onto it are offered to {@link ShellActions#drop}: a project file opens, data files go to the import handler.
 */
public final class MainWindow<P extends OpenedProject> extends BorderPane {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final ShellActions<P> actions;
    private final StringExpression title;

    public MainWindow(ShellSetup<P> setup, ShellActions<P> actions, StatusBar statusBar, Messages messages) {
        this.actions = actions;
        getStyleClass().add("main-window");
        setTop(new MainMenu(actions, messages));
        setBottom(statusBar);

        StartScreen startScreen = new StartScreen(actions, messages);
        var project = actions.session().projectProperty();
        project.addListener((property, old, opened) -> {
            if (getCenter() instanceof Workspace<?> workspace) {
                workspace.dispose();
            }
            setCenter(opened == null ? startScreen : new Workspace<>(opened, actions, setup, messages));
            statusBar.setText(opened == null ? "" : opened.file().toString());
        });
        setCenter(startScreen);
        title = Bindings.createStringBinding(() -> project.get() == null
                ? messages.get("app.name")
                : messages.get("window.title", project.get().name()), project);

        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && actions.dropKind(files(event.getDragboard())).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        setOnDragExited(event -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(event -> {
            boolean taken = event.getDragboard().hasFiles() && actions.drop(files(event.getDragboard()));
            event.setDropCompleted(taken);
            pseudoClassStateChanged(DROP_TARGET, false);
            event.consume();
        });
    }

    /** "Touchpoint", or "Project name — Touchpoint" while a project is open. */
    public StringExpression titleProperty() {
        return title;
    }

    public ShellActions<P> actions() {
        return actions;
    }

    private static List<Path> files(Dragboard dragboard) {
        return dragboard.getFiles().stream().map(File::toPath).toList();
    }
}
