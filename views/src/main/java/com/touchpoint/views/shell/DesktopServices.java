package com.touchpoint.views.shell;

import java.nio.file.Path;

/** What the shell asks of the desktop app itself: showing a folder in the file manager, and quitting. */
public interface DesktopServices {

    void openFolder(Path folder);

    /** Saves the window state, closes the project and ends the app. */
    void quit();
}
