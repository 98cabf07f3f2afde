package com.touchpoint.views.results;

import com.touchpoint.views.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save an export: a save dialog for one file kind that starts in the folder last chosen (for any
 * export, while the app runs; the home folder at first) and adds the extension when the analyst leaves it out.
 */
public final class ExportChooser {

    // Where the analyst saved last: one place for every export of the app, as desktop apps usually remember it.
    private static volatile Path lastFolder;

    private final Messages messages;

    public ExportChooser(Messages messages) {
        this.messages = messages;
    }

    /** The file chosen, or empty when the analyst cancelled. */
    public Optional<Path> choose(Window owner, ExportFile kind, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.title." + kind.extension()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(kind.descriptionKey()),
                "*." + kind.extension()));
        chooser.setInitialFileName(kind.fileName(suggestedName));
        // Without a folder chosen before, the home folder: the default would be wherever the app was started.
        Path folder = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path file = withExtension(chosen.toPath(), kind);
        lastFolder = file.toAbsolutePath().getParent();
        return Optional.of(file);
    }

    static Path withExtension(Path file, ExportFile kind) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + kind.extension()) ? file
                : file.resolveSibling(name + "." + kind.extension());
    }
}
