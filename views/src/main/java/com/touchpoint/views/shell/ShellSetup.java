package com.touchpoint.views.shell;

import java.util.List;
import java.util.Optional;

/**
 * What the app plugs into the shell: the project gateway, the features that exist (the navigation shows only
 * these), and the import handler if there is one (without it there is no Import menu entry and drops of data files
 * are refused).
 */
public record ShellSetup<P extends OpenedProject>(ProjectGateway<P> gateway, List<Feature<P>> features,
                                                   Optional<FileImportHandler<P>> importer) {

    public ShellSetup {
        features = List.copyOf(features);
    }
}
