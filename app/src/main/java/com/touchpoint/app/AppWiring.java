package com.touchpoint.app;

import com.touchpoint.views.attribution.AttributionView;
import com.touchpoint.views.audience.AudienceSessions;
import com.touchpoint.views.audience.AudienceView;
import com.touchpoint.views.browser.DataBrowserView;
import com.touchpoint.views.customers.CustomerViews;
import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.ActiveWindow;
import com.touchpoint.views.imports.ImportPage;
import com.touchpoint.views.imports.ImportWizard;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.segments.SegmentsView;
import com.touchpoint.views.shell.Feature;
import com.touchpoint.views.shell.ShellSetup;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import javafx.application.Platform;
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

    private static final int VIEW_THREADS = 2;

    private AppWiring() {
    }

    static ShellSetup<StoreProject> shellSetup(Messages messages, BackgroundTasks tasks, ErrorReporter errors) {
        // Previews, counts and pages of feature views; daemons, so they never keep the app from quitting.
        ScheduledExecutorService viewThreads = Executors.newScheduledThreadPool(VIEW_THREADS,
                new DaemonThreads("touchpoint-view"));
        ImportWizard importWizard = new ImportWizard(messages, tasks, viewThreads);
        AudienceSessions audiences = new AudienceSessions(tasks, messages);
        CustomerViews customers = new CustomerViews(messages, tasks, errors, viewThreads, Platform::runLater,
                audiences);
        List<Feature<StoreProject>> features = List.of(
                new Feature<>("feature.data", Feather.DATABASE, project -> {
                    DataBrowserView browser = new DataBrowserView(project, messages, errors, viewThreads, tasks);
                    browser.setOnCustomerOpened(globalId -> customers.open(project, globalId, ActiveWindow.get()));
                    return browser;
                }),
                new Feature<>("nav.import", Feather.UPLOAD,
                        project -> new ImportPage(project, importWizard, tasks, messages)),
                new Feature<>("nav.customers", Feather.USERS, customers::searchPage),
                new Feature<>("feature.segments", Feather.FILTER, project -> {
                    SegmentsView view = new SegmentsView(project, audiences, messages, errors, tasks, viewThreads);
                    view.setOnCustomerOpened(globalId -> customers.open(project, globalId, ActiveWindow.get()));
                    return view;
                }),
                new Feature<>("feature.audience", Feather.GRID,
                        project -> new AudienceView(project, audiences, messages, tasks)),
                new Feature<>("feature.attribution", Feather.PIE_CHART,
                        project -> new AttributionView(project, messages, tasks)));
        return new ShellSetup<>(new StoreGateway(), features, Optional.of(importWizard));
    }
}
