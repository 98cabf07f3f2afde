package com.touchpoint.app;

import com.touchpoint.app.cli.Cli;
import javafx.application.Application;

/**
 * The entry point of touchpoint.jar: without arguments the desktop app opens; with arguments the command line runs
 * and its exit code ends the process. (A class that extends Application cannot be the main class on the class path,
 * hence this launcher.)
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(DesktopApp.class);
        } else {
            System.exit(Cli.execute(args));
        }
    }
}
