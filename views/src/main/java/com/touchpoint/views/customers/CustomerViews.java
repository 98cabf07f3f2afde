package com.touchpoint.views.customers;

import com.touchpoint.datasources.store.CustomerProfileRepository;
import com.touchpoint.views.audience.AudienceSessions;
import com.touchpoint.views.errors.ErrorReporter;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.table.PagedTableModel;
import com.touchpoint.views.tasks.BackgroundTasks;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Builds customer views for a project: one customer in a page or in a window of its own (the data browser opens one
 * on a double-click), and the Customers page with its search.
 */
public final class CustomerViews {

    private final Messages messages;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final ScheduledExecutorService background;
    private final Executor fxThread;
    private final AudienceSessions audiences;

    /**
     * @param background worker threads for the timeline's counts and pages
     * @param fxThread   the JavaFX thread ({@code Platform::runLater})
     */
    public CustomerViews(Messages messages, BackgroundTasks tasks, ErrorReporter errors,
                         ScheduledExecutorService background, Executor fxThread, AudienceSessions audiences) {
        this.audiences = audiences;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** The view of one customer; close it when it is no longer shown. */
    public CustomerView view(StoreProject project, long globalId) {
        CustomerProfileRepository profiles = new CustomerProfileRepository(project.store());
        CustomerModel model = new CustomerModel(globalId, context -> new CustomerModel.Profile(
                profiles.identifiers(globalId), profiles.attributes(globalId)), tasks, messages);
        PagedTableModel<Long> timeline = new PagedTableModel<>(new TimelineSource(project.browse(), messages),
                globalId, background, fxThread, errors, messages);
        AudienceFacts audience = new AudienceFacts(audiences.acquire(project), globalId, messages);
        return new CustomerView(model, timeline, audience, messages);
    }

    /**
     * Shows one customer in a window over {@code owner}. The window is modal to it, so the project stays open while
     * the customer is shown.
     */
    public Stage open(StoreProject project, long globalId, Window owner) {
        CustomerView view = view(project, globalId);
        view.getStyleClass().add("customer-window");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("customer.window", Long.toString(globalId), project.name()));
        stage.setScene(new Scene(view, 1000, 700));
        stage.setOnHidden(event -> view.close());
        stage.show();
        return stage;
    }

    /** The Customers page: search by member id, phone or e-mail, and the customer found. */
    public CustomerSearchPage searchPage(StoreProject project) {
        CustomerProfileRepository profiles = new CustomerProfileRepository(project.store());
        CustomerSearchModel search = new CustomerSearchModel(profiles::find, tasks, messages);
        return new CustomerSearchPage(search, globalId -> view(project, globalId), messages);
    }
}
