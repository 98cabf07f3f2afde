package com.touchpoint.app;

import com.touchpoint.app.cli.Cli;
import javafx.application.Application;

/**
 * The entry point of touchpoint.jar: without arguments the desktop app opens on the sample project; {@code open FILE}
 * opens it on that project; other arguments run the command line and its exit code ends the process. (A class that
 * extends Application cannot be the main class on the class path, hence this launcher.)
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(DesktopApp.class);
        } else if (args.length == 2 && args[0].equals("open")) {
            Application.launch(DesktopApp.class, args[1]);
        } else {
            System.exit(Cli.execute(args));
        }
    }
}
