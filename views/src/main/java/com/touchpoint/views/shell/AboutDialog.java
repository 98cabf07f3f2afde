package com.touchpoint.views.shell;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.settings.DataFolder;
import java.util.Objects;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help › About: the version of Touchpoint, Java and JavaFX, and where Touchpoint keeps its files. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, Messages messages, DataFolder dataFolder) {
        String version = Objects.requireNonNullElse(AboutDialog.class.getPackage().getImplementationVersion(),
                messages.get("about.devBuild"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("about.header", version));
        alert.setContentText(messages.get("about.body", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version"), dataFolder.root().toString()));
        alert.show();
    }
}
