package com.touchpoint.views.shell;

import com.touchpoint.views.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (New, Open, Open recent, Open sample, Import, Close project, Settings, Quit) and Help (About,
 * Open log folder), with the keyboard shortcuts Ctrl+N, Ctrl+O, Ctrl+I, Ctrl+W, Ctrl+, and Ctrl+Q.
 */
final class MainMenu extends MenuBar {

    MainMenu(ShellActions<?> actions, Messages messages) {
        BooleanBinding noProject = Bindings.isNull(actions.session().projectProperty());

        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("menu-recent");
        fillRecent(recent, actions, messages);
        actions.session().recentProjects().addListener(
                (ListChangeListener<Path>) change -> fillRecent(recent, actions, messages));

        Menu file = new Menu(messages.get("menu.file"));
        file.getItems().addAll(
                item(messages.get("menu.file.new"), KeyCode.N, actions::newProject),
                item(messages.get("menu.file.open"), KeyCode.O, actions::openProject),
                recent,
                item(messages.get("menu.file.sample"), null, actions::openSample));
        if (actions.canImport()) {
            MenuItem importFiles = item(messages.get("menu.file.import"), KeyCode.I,
                    () -> actions.importFiles(List.of()));
            importFiles.disableProperty().bind(noProject);
            file.getItems().addAll(new SeparatorMenuItem(), importFiles);
        }
        MenuItem close = item(messages.get("menu.file.close"), KeyCode.W, actions::closeProject);
        close.disableProperty().bind(noProject);
        file.getItems().addAll(new SeparatorMenuItem(), close, new SeparatorMenuItem(),
                item(messages.get("menu.file.settings"), KeyCode.COMMA, actions::showSettings),
                new SeparatorMenuItem(),
                item(messages.get("menu.file.quit"), KeyCode.Q, actions::quit));

        Menu help = new Menu(messages.get("menu.help"));
        help.getItems().addAll(
                item(messages.get("menu.help.about"), null, actions::showAbout),
                item(messages.get("menu.help.logs"), null, actions::openLogFolder));

        getMenus().addAll(file, help);
    }

    private static void fillRecent(Menu recent, ShellActions<?> actions, Messages messages) {
        recent.getItems().clear();
        for (Path project : actions.session().recentProjects()) {
            MenuItem entry = new MenuItem(actions.session().nameOf(project) + "  —  " + project.getParent());
            entry.setMnemonicParsing(false);
            entry.setOnAction(event -> actions.openRecent(project));
            recent.getItems().add(entry);
        }
        if (!recent.getItems().isEmpty()) {
            recent.getItems().addAll(new SeparatorMenuItem(),
                    item(messages.get("menu.file.recent.clear"), null, actions.session()::clearRecentProjects));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem item(String text, KeyCode shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
