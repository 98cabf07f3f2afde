package com.touchpoint.views.shell;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.settings.AppSettings;
import com.touchpoint.views.settings.DataFolder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The commands of the menu, the start screen, the keyboard shortcuts and drag-and-drop, in one place so each does the
 * same wherever it is started from. Commands that need a file ask with a file chooser first.
 */
public final class ShellActions<P extends OpenedProject> {

    private final ShellSetup<P> setup;
    private final ProjectSession<P> session;
    private final AppSettings settings;
    private final DataFolder dataFolder;
    private final Messages messages;
    private final DesktopServices desktop;
    private final Supplier<Window> window;

    public ShellActions(ShellSetup<P> setup, ProjectSession<P> session, AppSettings settings, DataFolder dataFolder,
                        Messages messages, DesktopServices desktop, Supplier<Window> window) {
        this.setup = setup;
        this.session = session;
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.messages = messages;
        this.desktop = desktop;
        this.window = window;
    }

    public ProjectSession<P> session() {
        return session;
    }

    public void newProject() {
        FileChooser chooser = projectChooser(messages.get("action.newProject.title"));
        chooser.setInitialFileName(messages.get("action.newProject.fileName") + "." + session.fileExtension());
        File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            session.create(file.toPath());
        }
    }

    public void openProject() {
        FileChooser chooser = projectChooser(messages.get("action.openProject.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("files.all"), "*"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            session.open(file.toPath());
        }
    }

    public void openSample() {
        session.openSample();
    }

    public void openRecent(Path file) {
        session.open(file);
    }

    public void closeProject() {
        session.close();
    }

    /** True when an import handler exists, so Import is offered at all. */
    public boolean canImport() {
        return setup.importer().isPresent();
    }

    /** Hands {@code files} (none: let the analyst choose) to the import handler, if a project is open. */
    public void importFiles(List<Path> files) {
        P project = session.projectProperty().get();
        if (project != null) {
            setup.importer().ifPresent(importer -> importer.importFiles(project, files));
        }
    }

    /**
     * Handles files dropped on the window: a single project file opens; with a project open, data files go to the
     * import handler. Returns whether the drop was taken.
     */
    public boolean drop(List<Path> files) {
        Optional<DropKind> kind = dropKind(files);
        kind.ifPresent(accepted -> {
            if (accepted == DropKind.OPEN_PROJECT) {
                session.open(files.get(0));
            } else {
                importFiles(files);
            }
        });
        return kind.isPresent();
    }

    /** What dropping {@code files} would do, if anything; decides whether the window accepts the drag. */
    public Optional<DropKind> dropKind(List<Path> files) {
        if (files.size() == 1 && isProjectFile(files.get(0))) {
            return Optional.of(DropKind.OPEN_PROJECT);
        }
        if (!files.isEmpty() && canImport() && session.projectProperty().get() != null
                && files.stream().allMatch(Files::isRegularFile)) {
            return Optional.of(DropKind.IMPORT);
        }
        return Optional.empty();
    }

    public void showSettings() {
        new SettingsDialog(settings, messages, window.get()).showAndApply();
    }

    public void showAbout() {
        AboutDialog.show(window.get(), messages, dataFolder);
    }

    public void openLogFolder() {
        desktop.openFolder(dataFolder.logFolder());
    }

    public void quit() {
        desktop.quit();
    }

    private boolean isProjectFile(Path file) {
        return Files.isRegularFile(file) && session.withExtension(file).equals(file);
    }

    private FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("files.projects", session.fileExtension()), "*." + session.fileExtension()));
        session.recentProjects().stream().findFirst()
                .map(Path::getParent)
                .filter(Files::isDirectory)
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return chooser;
    }

    /** What a drop onto the window does. */
    public enum DropKind { OPEN_PROJECT, IMPORT }
}
