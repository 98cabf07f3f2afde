package com.touchpoint.app;

import com.touchpoint.views.attribution.AttributionView;
import com.touchpoint.views.browser.DataBrowserView;
import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.shell.Feature;
import com.touchpoint.views.shell.ShellSetup;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the desktop app plugs into the shell: the project gateway over the store, the features that exist and the
 * import handler. The one place to wire a new feature in.
 */
final class AppWiring {

    /** Worker threads for table pages and counts, shared by every table of the app. */
    private static final ScheduledExecutorService TABLE_WORKERS =
            Executors.newScheduledThreadPool(2, new DaemonThreads("touchpoint-table"));

    private AppWiring() {
    }

    static ShellSetup<StoreProject> shellSetup(Messages messages, BackgroundTasks tasks, ErrorReporter errors) {
        Feature<StoreProject> data = new Feature<>("feature.data", Feather.DATABASE,
                project -> new DataBrowserView(project, messages, errors, TABLE_WORKERS, tasks));
        Feature<StoreProject> attribution = new Feature<>("feature.attribution", Feather.PIE_CHART,
                project -> new AttributionView(project, messages, tasks));
        return new ShellSetup<>(new StoreGateway(), List.of(data, attribution), Optional.empty());
    }
}
