package com.touchpoint.views.shell;

import com.touchpoint.views.i18n.Language;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.settings.AppSettings;
import java.io.IOException;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The settings dialog: the interface language, which takes effect the next time Touchpoint starts. */
final class SettingsDialog {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsDialog.class);

    private final AppSettings settings;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<Language> language = new ComboBox<>();

    SettingsDialog(AppSettings settings, Messages messages, Window owner) {
        this.settings = settings;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(null);
        language.getItems().setAll(Language.values());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return value == null ? "" : messages.get("settings.language." + value.name().toLowerCase());
            }

            @Override
            public Language fromString(String text) {
                throw new UnsupportedOperationException("The language list is not editable");
            }
        });
        language.setValue(settings.language());
        Label languageLabel = new Label(messages.get("settings.language"));
        languageLabel.setLabelFor(language);
        Label note = new Label(messages.get("settings.language.note"));
        note.getStyleClass().add("dim");
        note.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, languageLabel, language);
        grid.add(note, 1, 1);
        grid.setPrefWidth(440);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    }

    /** Shows the dialog without blocking; on OK keeps the choices in the settings file. */
    void showAndApply() {
        dialog.setOnHidden(event -> {
            if (ButtonType.OK.equals(dialog.getResult())) {
                settings.setLanguage(language.getValue());
                try {
                    settings.save();
                } catch (IOException e) {
                    LOG.warn("Could not save settings", e);
                }
            }
        });
        dialog.show();
    }
}
