package com.touchpoint.views.shell;

import java.nio.file.Path;
import java.util.List;

/**
 * Where import requests go (the import wizard): files dropped on the window, or File › Import (Ctrl+I), which passes
 * no files so the wizard lets the analyst choose. Called on the JavaFX thread while a project is open.
 */
@FunctionalInterface
public interface FileImportHandler<P extends OpenedProject> {

    void importFiles(P project, List<Path> files);
}
