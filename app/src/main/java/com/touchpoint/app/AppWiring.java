package com.touchpoint.app;

import com.touchpoint.views.shell.OpenedProject;
import com.touchpoint.views.shell.ShellSetup;
import java.util.List;
import java.util.Optional;

/**
 * What the desktop app plugs into the shell: the project gateway over the store, the features that exist and the
 * import handler. The one place to wire a new feature in.
 */
final class AppWiring {

    private AppWiring() {
    }

    static ShellSetup<OpenedProject> shellSetup() {
        return new ShellSetup<>(new MissingStoreGateway(), List.of(), Optional.empty());
    }
}
