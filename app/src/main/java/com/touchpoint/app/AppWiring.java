package com.touchpoint.app;

import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.shell.ShellSetup;
import com.touchpoint.views.tasks.BackgroundTasks;

import java.util.List;
import java.util.Optional;

/**
 * What the desktop app plugs into the shell: the project gateway over the store, the features that exist and the
 * import handler. The one place to wire a new feature in.
 */
final class AppWiring {

    private AppWiring() {
    }

    static ShellSetup<StoreProject> shellSetup(Messages messages, BackgroundTasks tasks) {
        return new ShellSetup<>(new StoreGateway(), List.of(), Optional.empty());
    }
}
