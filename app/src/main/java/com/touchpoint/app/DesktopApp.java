package com.touchpoint.app;

import com.touchpoint.views.errors.ErrorDialog;
import com.touchpoint.views.errors.UncaughtErrors;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.settings.AppSettings;
import com.touchpoint.views.settings.DataFolder;
import com.touchpoint.views.shell.DesktopServices;
import com.touchpoint.views.shell.MainWindow;
import com.touchpoint.views.shell.OpenedProject;
import com.touchpoint.views.shell.ProjectSession;
import com.touchpoint.views.shell.ShellActions;
import com.touchpoint.views.shell.ShellSetup;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.tasks.StatusBar;
import com.touchpoint.views.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app: one window that opens the project given on the command line, or else the sample project, and
 * shows the start screen whenever no project is open. Remembers the window's place,
 * the recent projects and the language (a language change applies at the next start).
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static final int TASK_THREADS = 2;

    private final DataFolder dataFolder = DataFolder.current();
    private AppSettings settings;
    private BackgroundTasks tasks;
    private ProjectSession<?> session;
    private WindowPlacement placement;

    @Override
    public void start(Stage stage) {
        LOG.info("Touchpoint starting; data folder {}", dataFolder.root());
        settings = AppSettings.load(dataFolder.settingsFile());
        Locale locale = settings.language().resolve(Locale.getDefault());
        // JavaFX's own texts (OK, Cancel, Show Details) follow the default locale, so they match the chosen language.
        Locale.setDefault(locale);
        Messages messages = Messages.forLocale(locale);
        Theme.install(locale);

        ErrorDialog errors = new ErrorDialog(messages, dataFolder.logFile(), () -> stage);
        UncaughtErrors.install(errors, messages);
        tasks = new BackgroundTasks(Executors.newFixedThreadPool(TASK_THREADS, new DaemonThreads("touchpoint-task")),
                errors, messages);
        show(stage, AppWiring.shellSetup(messages, tasks, errors), messages, errors);
    }

    private <P extends OpenedProject> void show(Stage stage, ShellSetup<P> setup, Messages messages,
                                                ErrorDialog errors) {
        ProjectSession<P> projects = new ProjectSession<>(setup.gateway(), settings, dataFolder, tasks, errors,
                messages);
        session = projects;
        ShellActions<P> actions = new ShellActions<>(setup, projects, settings, dataFolder, messages,
                desktopServices(stage), () -> stage);
        MainWindow<P> window = new MainWindow<>(setup, actions, new StatusBar(tasks, messages), messages);
        stage.setScene(new Scene(window));
        stage.titleProperty().bind(window.titleProperty());
        placement = WindowPlacement.restore(stage, settings);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setOnHiding(event -> placement.rememberIn(settings));
        stage.show();
        List<String> arguments = getParameters().getRaw();
        if (arguments.isEmpty()) {
            projects.openSample();
        } else {
            projects.open(Path.of(arguments.get(0)).toAbsolutePath());
        }
    }

    private DesktopServices desktopServices(Stage stage) {
        return new DesktopServices() {
            @Override
            public void openFolder(Path folder) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    LOG.warn("Could not create {}", folder, e);
                }
                getHostServices().showDocument(folder.toUri().toString());
            }

            @Override
            public void quit() {
                stage.hide();
                Platform.exit();
            }
        };
    }

    /** Closes the project and saves the settings; the window is gone by now, so nothing waits on the UI. */
    @Override
    public void stop() {
        if (session != null) {
            session.closeNow();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (settings != null) {
            try {
                settings.save();
            } catch (IOException e) {
                LOG.warn("Could not save settings", e);
            }
        }
        LOG.info("Touchpoint stopped");
    }
}
